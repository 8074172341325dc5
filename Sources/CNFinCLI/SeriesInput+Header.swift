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

extension SeriesInput {
    /// The data currency a workbook's title rows name (``workbookHeading(currency:month:chinese:)``): that of the
    /// dataset a series was read from; `nil` (no heading) for a column of a CSV file.
    func workbookCurrency() throws -> Month?? {
        guard case let .dataset(_, directory) = provenance else { return nil }
        return .some(DataStatus(dataset: try loadDataset(directory: directory)).currency)
    }
}
