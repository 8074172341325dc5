// CNFinLinearAlgebra: see the files of this module.
