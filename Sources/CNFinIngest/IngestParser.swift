import CNFinSeries
import Foundation

/// The figures read from one release text.
public struct IngestParseResult: Sendable, Hashable {
    /// Figures, in the order of the text (a figure stated twice with the same value is kept once).
    public var figures: [IngestedFigure]
    /// Clauses with a figure that could not be attributed, with the reason
    /// (also figures of another month than `--month`, figures without a
    /// month, and comparisons with a year other than the previous one).
    public var unparsed: [IngestUnparsed]
    /// Figures stated twice with values the text does not reconcile; neither value is in `figures`.
    public var conflicts: [IngestConflict]
    /// The encoding the text was read in.
    public var encoding: IngestTextDecoder.Encoding

    public init(figures: [IngestedFigure], unparsed: [IngestUnparsed], conflicts: [IngestConflict] = [],
                encoding: IngestTextDecoder.Encoding = .utf8) {
        self.figures = figures
        self.unparsed = unparsed
        self.conflicts = conflicts
        self.encoding = encoding
    }
}

/// Reads PBoC monthly release texts (Chinese or English) into figures.
///
/// Month and year of each figure come from the text (5月末, 2023年5月, in May
/// 2023, at end-March 2025, 前4个月 …); a text without a year (a news report
/// such as 新华社北京6月13日电 …) takes it from `month`, and a text without a
/// month from the dateline (release in June → data for May) or from `month`.
///
/// One clause never costs the rest of the text: a figure without a month, a
/// figure of another month than `month`, and a comparison with another year
/// than the previous one (比2028年同期多增 in a 2030 text) are reported as
/// unparsed; the same figure stated twice with irreconcilable values is a
/// ``IngestConflict`` and neither value is kept. With `strict`, the first
/// month problem or conflict throws instead (all or nothing). When no figure
/// at all is left because of the month, the month problem is thrown either
/// way: it is what the user has to fix.
///
/// Both parsers run in time linear in the length of the text.
public enum IngestParser {
    /// Parses raw bytes (UTF-8, or GB18030 which is detected and decoded).
    public static func parse(data: Data, source: String, month: Month? = nil,
                             strict: Bool = false) throws(IngestError) -> IngestParseResult {
        let (text, encoding) = try IngestTextDecoder.decode(data, source: source)
        var result = try parse(text: text, source: source, month: month, strict: strict)
        result.encoding = encoding
        return result
    }

    /// Parses decoded text. `month` is the data month the figures are for
    /// (the CLI's `--month`), needed when the text does not give the year.
    public static func parse(text: String, source: String, month given: Month? = nil,
                             strict: Bool = false) throws(IngestError) -> IngestParseResult {
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .emptyInput(source: source) }
        let raw: IngestRawResult
        if isChinese(text) {
            var parser = IngestChineseParser(text: text, given: given)
            raw = parser.parse()
        } else {
            var parser = IngestEnglishParser(text: text, given: given)
            raw = parser.parse()
        }
        if raw.figureCount == 0 { throw .noFigures(source: source) }
        var dated: [IngestedFigure] = []
        var unparsed: [(order: Int, item: IngestUnparsed)] = raw.unparsed.enumerated().map { k, u in
            (k, IngestUnparsed(span: u.span, cause: u.reason, source: source))
        }
        var monthProblem: IngestError?
        for r in raw.figures {
            switch r.dating(given: given) {
            case .noMonth:
                let problem = IngestError.missingMonth(source: source, clause: r.span.text)
                if strict { throw problem }
                monthProblem = monthProblem ?? problem
                unparsed.append((Int.max, IngestUnparsed(span: r.span, cause: .noMonth,
                                                         source: source)))
            case .otherMonth(let month, let given):
                let problem = IngestError.monthConflict(source: source, text: month.description, given: given.description,
                                                        clause: r.span.text)
                if strict { throw problem }
                monthProblem = monthProblem ?? problem
                unparsed.append((Int.max, IngestUnparsed(
                    span: r.span, cause: .otherMonth(dated: month, given: given),
                    source: source)))
            case .otherBaseYear(let base, let y):
                unparsed.append((Int.max, IngestUnparsed(
                    span: r.span, cause: .otherBaseYear(base: base, year: y),
                    source: source)))
            case .month(let month):
                dated.append(IngestedFigure(month: month, id: r.id, value: r.value, unit: r.unit, measure: r.measure,
                                            span: r.span, resolution: r.resolution, source: source))
            }
        }
        let (figures, conflicts) = reconcile(dated)
        if strict, let c = conflicts.first {
            throw .conflictingFigures(id: c.id, month: c.monthText, measure: c.measure.rawValue, first: c.first.text,
                                      second: c.second.text)
        }
        if figures.isEmpty, conflicts.isEmpty, let monthProblem { throw monthProblem }
        let ordered = unparsed.sorted { ($0.item.span.start, $0.order) < ($1.item.span.start, $1.order) }.map(\.item)
        return IngestParseResult(figures: figures, unparsed: ordered, conflicts: conflicts)
    }

    /// Keeps one figure per (series, month, measure): statements that agree
    /// (same value, or a finer one that rounds to every coarser one) become the
    /// finest of them, in the place of the first; statements that disagree
    /// become a conflict and none of them is kept.
    static func reconcile(_ figures: [IngestedFigure]) -> (figures: [IngestedFigure], conflicts: [IngestConflict]) {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (k, f) in figures.enumerated() {
            let key = "\(f.id)|\(f.monthText)|\(f.measure.rawValue)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(k)
        }
        var kept: [(position: Int, figure: IngestedFigure)] = []
        var conflicts: [IngestConflict] = []
        for key in order {
            guard let members = groups[key], let firstIndex = members.first else { continue }
            let group = members.map { figures[$0] }
            var finest = group[0]
            for f in group where f.resolution < finest.resolution { finest = f }
            if let bad = group.first(where: { !$0.matches(finest.value) }) {
                // The first statement that disagrees with another one.
                let other = group.first { !bad.matches($0.value) || !$0.matches(bad.value) } ?? finest
                let (a, b) = other.span.start <= bad.span.start ? (other, bad) : (bad, other)
                conflicts.append(IngestConflict(month: a.month, id: a.id, measure: a.measure, first: a.span, firstValue: a.value,
                                                second: b.span, secondValue: b.value, source: a.source))
                continue
            }
            kept.append((firstIndex, finest))
        }
        return (kept.sorted { $0.position < $1.position }.map(\.figure), conflicts)
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
