// Umbrella header for the system BLAS/LAPACK used by cnfin:
// OpenBLAS (CBLAS interface) and LAPACKE from Debian's
// libopenblas-dev, liblapack-dev and liblapacke-dev, located with pkg-config.
#ifndef CNFIN_CLAPACK_SHIM_H
#define CNFIN_CLAPACK_SHIM_H
#include <cblas.h>
#include <lapacke.h>

#endif
