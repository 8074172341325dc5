// The Chinese New Year calendar and regressors moved down to CNFinCalendar (so that
// CNFinARIMA can use them without depending on CNFinSeasonal); re-exported here so that
// `import CNFinSeasonal` keeps bringing them in.
@_exported import CNFinCalendar
