import CNFinSupport
/// A note under a table (or in a JSON `notes` array, or on standard error) that is kept as data and
/// written in the reader's language only when it is rendered.
///
/// Library results carry their notes as values of conforming types (a break rule, a gap-free span,
/// a model choice — each with the months, ids and numbers it is about); ``text(in:)`` writes the
/// sentence. Chinese text names no catalog id and uses full-width punctuation; English keeps ids.
public protocol LocalizedNote: Sendable {
    /// The note as a sentence in `language`.
    func text(in language: DisplayLanguage) -> String
}

/// A note whose two renderings are given directly (for notes assembled by a caller, e.g. a command
/// line tool's hint).
public struct BilingualNote: LocalizedNote, Hashable {
    /// The Chinese sentence.
    public var zh: String
    /// The English sentence.
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(in language: DisplayLanguage) -> String { language == .zh ? zh : en }
}

/// The span chosen for a series with gaps: its longest gap-free run, with the first missing months.
public struct GapFreeSpanNote: LocalizedNote, Hashable {
    /// The series (id or CSV column).
    public var series: String
    /// The missing months of the series (the first six are named).
    public var missing: [Month]
    /// The span used.
    public var span: ClosedRange<Month>

    public init(series: String, missing: [Month], span: ClosedRange<Month>) {
        self.series = series
        self.missing = missing
        self.span = span
    }

    public func text(in language: DisplayLanguage) -> String {
        let more = missing.count > 6
        if language == .zh {
            let shown = missing.prefix(6).map(\.description).joined(separator: "、") + (more ? "等" : "")
            return "该序列缺少\(shown)的数据；使用其最长的无缺口区间\(span.lowerBound)…\(span.upperBound)（可指定起止月份另选区间）"
        }
        let shown = missing.prefix(6).map(\.description).joined(separator: ", ") + (more ? ", …" : "")
        return "\(series) has no data for \(shown); using its longest gap-free span \(span.lowerBound)…\(span.upperBound) "
            + "(another span can be chosen by its first and last months)"
    }
}

/// How a series is named in a title or a sentence: by its id (English, and a CSV column in both
/// languages) or by its catalog name (Chinese).
public struct SeriesLabel: Sendable, Hashable, CustomStringConvertible {
    /// The dataset id or CSV column name (also the JSON `series` value).
    public var id: String
    /// The catalog's Chinese name, when the series is a dataset id.
    public var nameZh: String?
    /// The unit of the series' values, when known: it chooses the decimals of a table column of values in
    /// that unit (亿元 amounts 2, rates 1 — ``CNFinOutput/NumberFormat/forUnit(_:)``).
    public var unit: SeriesUnit?

    public init(id: String, nameZh: String? = nil, unit: SeriesUnit? = nil) {
        self.id = id
        self.nameZh = nameZh
        self.unit = unit
    }

    /// The name in `language`: the Chinese catalog name in Chinese when known, else the id.
    public func text(in language: DisplayLanguage) -> String {
        language == .zh ? (nameZh ?? id) : id
    }

    public var description: String { id }
}
