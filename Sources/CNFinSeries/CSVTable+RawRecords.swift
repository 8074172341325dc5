extension CSVTable {
    /// One record with its text as written, for a writer that rewrites the records it did not
    /// change byte for byte (the dataset files that `cnfin ingest` merges into).
    public struct RawRecord: Sendable, Hashable {
        /// The fields, unquoted and untrimmed.
        public var fields: [String]
        /// The record as written, quotes included, without its line break.
        public var raw: String
        /// The line on which the record starts.
        public var line: Int
    }

    /// Every record of `text`, the header first, read by the dialect's tokenizer (``CSVScanner``)
    /// with no header or field-count checks; errors name `fileName`, line and column.
    public static func rawRecords(text: String, fileName: String) throws(CSVError) -> [RawRecord] {
        let scanner = try CSVScanner(text: text, file: fileName)
        return scanner.rows.map { row in
            RawRecord(fields: scanner.spans[row.first..<row.first + row.count].map { scanner.text($0) },
                      raw: String(decoding: scanner.bytes[row.start..<row.end], as: UTF8.self), line: row.line)
        }
    }
}
