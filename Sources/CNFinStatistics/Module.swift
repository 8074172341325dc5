// CNFinStatistics: see the files of this module.
