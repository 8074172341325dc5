import CNFin

/// The header of an output computed from the dataset: the library's ``DataStatus/headerLine(currency:latestMonth:language:)``
/// (the data currency and, when the command chose its month, the one rule for "the latest month") as the
/// first line of text (then a blank line), an italic Markdown line, or a LaTeX comment; CSV and JSON stay
/// pure data (no header line).
func datasetHeader(_ line: String, format: OutputFormat) -> String {
    switch format {
    case .text: return line + "\n\n"
    case .markdown: return "_" + line + "_\n\n"
    case .latex: return "% " + line + "\n"
    default: return ""
    }
}

/// ``datasetHeader(_:format:)`` for `dataset` in `language`.
func datasetHeader(_ dataset: Dataset, latestMonth: Month? = nil, language: DisplayLanguage, format: OutputFormat) -> String {
    datasetHeader(DataStatus.headerLine(currency: DataStatus(dataset: dataset).currency, latestMonth: latestMonth, language: language),
                  format: format)
}
