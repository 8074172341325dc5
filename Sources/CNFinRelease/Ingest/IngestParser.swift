import CNFinSeries
import Foundation

/// The figures read from one release text.
public struct IngestParseResult: Sendable, Hashable {
    /// Figures, in the order of the text (a figure stated twice with the same value is kept once).
    public var figures: [IngestedFigure]
    /// Clauses with a figure that could not be attributed, with the reason.
    public var unparsed: [IngestUnparsed]
    /// The encoding the text was read in.
    public var encoding: IngestTextDecoder.Encoding

    public init(figures: [IngestedFigure], unparsed: [IngestUnparsed], encoding: IngestTextDecoder.Encoding = .utf8) {
        self.figures = figures
        self.unparsed = unparsed
        self.encoding = encoding
    }
}

/// Reads PBoC monthly release texts (Chinese or English) into figures.
///
/// Month and year of each figure come from the text (5月末, 2023年5月, in May
/// 2023, at end-March 2025, 前4个月 …); a text without a year (a news report
/// such as 新华社北京6月13日电 …) takes it from `month`, and a text without a
/// month from the dateline (release in June → data for May) or from `month`.
/// When `month` is given, every figure must be for that month.
public enum IngestParser {
    /// Parses raw bytes (UTF-8, or GB18030 which is detected and decoded).
    public static func parse(data: Data, source: String, month: Month? = nil) throws(IngestError) -> IngestParseResult {
        let (text, encoding) = try IngestTextDecoder.decode(data, source: source)
        var result = try parse(text: text, source: source, month: month)
        result.encoding = encoding
        return result
    }

    /// Parses decoded text. `month` is the data month the figures are for
    /// (the CLI's `--month`), needed when the text does not give the year.
    public static func parse(text: String, source: String, month given: Month? = nil) throws(IngestError) -> IngestParseResult {
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .emptyInput(source: source) }
        let raw: IngestRawResult
        if isChinese(text) {
            var parser = IngestChineseParser(text: text)
            raw = parser.parse()
        } else {
            var parser = IngestEnglishParser(text: text)
            raw = parser.parse()
        }
        if raw.figureCount == 0 { throw .noFigures(source: source) }
        var figures: [IngestedFigure] = []
        var seen: [String: IngestedFigure] = [:]
        for r in raw.figures {
            guard let m = r.month ?? given?.month, let y = r.year ?? given?.year, let month = Month(year: y, month: m) else {
                throw .missingMonth(source: source, clause: r.span.text)
            }
            if let given, given != month {
                throw .monthConflict(source: source, text: month.description, given: given.description, clause: r.span.text)
            }
            let figure = IngestedFigure(month: month, id: r.id, value: r.value, unit: r.unit, measure: r.measure,
                                        span: r.span, resolution: r.resolution, source: source)
            let key = "\(figure.id)|\(figure.monthText)|\(figure.measure.rawValue)"
            if let earlier = seen[key] {
                if earlier.value == figure.value && earlier.resolution == figure.resolution { continue }
                throw .conflictingFigures(id: figure.id, month: figure.monthText, measure: figure.measure.rawValue,
                                          first: earlier.span.text, second: figure.span.text)
            }
            seen[key] = figure
            figures.append(figure)
        }
        let unparsed = raw.unparsed.map { IngestUnparsed(span: $0.span, reason: $0.reason, source: source) }
        return IngestParseResult(figures: figures, unparsed: unparsed)
    }

    /// A text is read as Chinese when at least 5% of its letters are Han characters.
    static func isChinese(_ text: String) -> Bool {
        var han = 0
        var latin = 0
        for c in text.unicodeScalars {
            if (0x4E00...0x9FFF).contains(c.value) { han += 1 } else if c.properties.isAlphabetic { latin += 1 }
        }
        return han > 0 && han * 20 >= han + latin
    }
}
