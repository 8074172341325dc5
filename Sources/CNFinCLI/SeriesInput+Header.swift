import CNFin

extension SeriesSpan {
    /// The header of an output computed from this span: the data currency line of the dataset it was read
    /// from (``DataStatus/header(latestMonth:language:format:)``); empty for a column of a CSV file, which has
    /// no data currency, and for CSV and JSON output. Uses the status read with the series: no second load.
    func header(language: DisplayLanguage, format: OutputFormat) -> String {
        status?.header(language: language, format: format) ?? ""
    }

    /// The data currency a workbook's title rows name (``workbookHeading(currency:month:chinese:)``): that of the
    /// dataset the series was read from; `nil` (no heading) for a column of a CSV file.
    var workbookCurrency: Month?? { status.map(\.currency) }
}
