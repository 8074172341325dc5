// CNFinDatasets: see the files of this module.
