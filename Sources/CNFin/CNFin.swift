// The umbrella module: `import CNFin` brings in every library module of cnfin.
@_exported import CNFinLinearAlgebra
@_exported import CNFinSeries
@_exported import CNFinStatistics
@_exported import CNFinCalendar
@_exported import CNFinSeasonal
@_exported import CNFinARIMA
@_exported import CNFinDecomposition
@_exported import CNFinDatasets
@_exported import CNFinRelease
@_exported import CNFinIngest
@_exported import CNFinOutput
@_exported import CNFinCharts
@_exported import CNFinReport
@_exported import CNFinX11
@_exported import CNFinSpreadsheet
@_exported import CNFinImport
@_exported import CNFinSupport
