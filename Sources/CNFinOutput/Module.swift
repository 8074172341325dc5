// CNFinOutput: see the files of this module.
