import CNFin

extension SeriesSourceOptions {
    /// The header of an output computed from a dataset series (a dataset `id`): the data currency line
    /// (``datasetHeader(_:latestMonth:language:format:)``); empty for a column of a CSV file, which has no
    /// data currency.
    func header(id: String?, language: DisplayLanguage, format: OutputFormat) throws -> String {
        guard id != nil, format != .csv, format != .json else { return "" }
        return datasetHeader(try loadDataset(directory: data), language: language, format: format)
    }
}
