// CNFinDecomposition: see the files of this module.
