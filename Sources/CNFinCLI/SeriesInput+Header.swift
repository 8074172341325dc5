import CNFin

extension SeriesInput {
    /// The header of an output computed from a dataset series: the data currency line
    /// (``datasetHeader(_:latestMonth:language:format:)``); empty for a column of a CSV file, which has no
    /// data currency, and for CSV and JSON output.
    func header(language: DisplayLanguage, format: OutputFormat) throws -> String {
        guard case let .dataset(_, directory) = provenance, format != .csv, format != .json else { return "" }
        return datasetHeader(try loadDataset(directory: directory), language: language, format: format)
    }
}
