// CNFinSeries: see the files of this module.
