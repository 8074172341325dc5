/// An entry of the break registry: a point where a series' definition,
/// comparison basis or data changed, so that levels on either side should not
/// be compared naively.
///
/// `from` is the first month on the new basis; `to` is the last month the
/// entry covers (the same as `from` for a one-month event). A year-on-year
/// comparison of month t with t − 12 *straddles* the break when
/// t − 12 < from ≤ t (see ``straddles(_:_:)``).
public struct DefinitionalBreak: Sendable, Hashable, Identifiable {
    /// What kind of discontinuity an entry records.
    public enum Kind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// The statistical definition changed (levels before and after do not mix).
        case definition
        /// The published growth rates use a comparable (restated) base.
        case comparableBasis = "comparable_basis"
        /// A later vintage revised the figures.
        case vintage
        /// A known error in a source.
        case dataError = "data_error"

        public var description: String { rawValue }

        /// The kind for a reader: 口径变化 / definition, …
        public func name(chinese: Bool) -> String {
            switch self {
            case .definition: return chinese ? "口径变化" : "definition"
            case .comparableBasis: return chinese ? "可比口径" : "comparable basis"
            case .vintage: return chinese ? "数据修订" : "revision"
            case .dataError: return chinese ? "数据问题" : "data problem"
            }
        }
    }

    /// A short identifier, e.g. `2015-01-loans-nondepository`.
    public var id: String
    /// The ids of the series affected.
    public var seriesIDs: [String]
    /// The first month on the new basis.
    public var from: Month
    /// The last month covered by the entry (≥ `from`).
    public var to: Month
    /// The kind of break.
    public var kind: Kind
    /// What changed, with its provenance (sources, files): for `--sources` output and the dataset's own
    /// documentation.
    public var description: String
    /// What changed, for a reader, in Chinese (no source names); empty when the registry gives none.
    public var descriptionZh: String = ""
    /// What changed, for a reader, in English (no source names); empty when the registry gives none.
    public var descriptionEn: String = ""
    /// Where this is documented.
    public var source: String
    /// Whether the break is confirmed by an official source.
    public var confirmed: Bool

    /// Creates a break entry; `to` defaults to `from`.
    public init(id: String, seriesIDs: [String], from: Month, to: Month? = nil, kind: Kind,
                description: String, source: String = "", confirmed: Bool = true) {
        self.id = id
        self.seriesIDs = seriesIDs
        self.from = from
        self.to = max(to ?? from, from)
        self.kind = kind
        self.description = description
        self.source = source
        self.confirmed = confirmed
    }

    /// What changed, for a reader of a table or note in the given language: the `description_zh` /
    /// `description_en` text of the registry, else ``description``.
    public func readerDescription(chinese: Bool) -> String {
        let text = chinese ? descriptionZh : descriptionEn
        return text.isEmpty ? description : text
    }

    /// Whether the entry lists `seriesID`.
    public func affects(_ seriesID: String) -> Bool {
        seriesIDs.contains(seriesID)
    }

    /// Whether comparing month `later` with the earlier month `earlier` mixes
    /// levels from both sides of the break: earlier < from ≤ later.
    public func straddles(_ earlier: Month, _ later: Month) -> Bool {
        earlier < from && from <= later
    }

    /// Whether `month` lies within from…to.
    public func covers(_ month: Month) -> Bool {
        from <= month && month <= to
    }
}
