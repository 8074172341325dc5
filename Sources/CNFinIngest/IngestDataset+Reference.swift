import CNFinDatasets
import CNFinSeries

/// The bundled (or any loaded) ``Dataset`` as a reference for checking parsed figures.
extension Dataset: IngestReference {
    public func value(id: String, month: Month) -> Double? {
        guard let series = try? series(id) else { return nil }
        return series[month]
    }

    public func published(id: String, month: Month, measure: String) -> Double? {
        guard let m = FigureMeasure(rawValue: measure) else { return nil }
        return published(id: id, month: month, measure: m)?.value
    }

    public func stockID(ofRate id: String) -> String? {
        (try? entry(id))?.relations.stockID
    }
}
