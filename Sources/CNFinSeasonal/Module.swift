// CNFinSeasonal: see the files of this module.
