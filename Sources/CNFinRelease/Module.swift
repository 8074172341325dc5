// CNFinRelease: see the files of this module.
