import CNFinSeries
import CNFinSupport

/// What a ``BreakPolicy`` did with the definitional breaks inside a series' span, as data: the
/// policy, the breaks (id and first month), the span examined and, under
/// ``BreakPolicy/currentDefinition``, the first month of the current definition.
///
/// English names the break ids (as `cnfin data breaks` lists them); Chinese names the months only.
public struct BreakRuleNote: LocalizedNote, Hashable {
    /// The rule applied.
    public var policy: BreakPolicy
    /// The series id.
    public var seriesID: String
    /// The breaks inside the span, in order: registry id and first month of the new definition.
    public var breaks: [Break]
    /// The span examined.
    public var spanStart: Month
    public var spanEnd: Month
    /// The first month of the span modelled (differs from `spanStart` under `currentDefinition`).
    public var from: Month

    /// One break: its registry id and its first month.
    public struct Break: Sendable, Hashable {
        public var id: String
        public var month: Month
        public init(id: String, month: Month) {
            self.id = id
            self.month = month
        }
    }

    public init(policy: BreakPolicy, seriesID: String, breaks: [Break], spanStart: Month, spanEnd: Month, from: Month) {
        self.policy = policy
        self.seriesID = seriesID
        self.breaks = breaks
        self.spanStart = spanStart
        self.spanEnd = spanEnd
        self.from = from
    }

    public func text(in language: DisplayLanguage) -> String {
        if language == .zh {
            let months = breaks.map { "\($0.month.year)年\($0.month.month)月" }.joined(separator: "、")
            switch policy {
            case .currentDefinition:
                return "该序列在\(spanStart)…\(spanEnd)内有统计口径变更（\(months)）：仅用现行口径的区间\(from)…\(spanEnd)"
                    + "（也可在每处变更估计水平移位，或视同无变更跨越）"
            case .levelShifts:
                return "该序列有统计口径变更（\(months)）：在每处变更估计一个水平移位"
            case .ignore:
                return "该序列有统计口径变更（\(months)）：视同无变更，跨越变更处理"
            }
        }
        let listed = breaks.map { "\($0.id) (\($0.month))" }.joined(separator: ", ")
        switch policy {
        case .currentDefinition:
            return "\(seriesID) has definitional break(s) \(listed) in \(spanStart)…\(spanEnd): modelled on the span of the current "
                + "definition, \(from)…\(spanEnd) (or a level shift at each break, or across as if none)"
        case .levelShifts:
            return "\(seriesID) has definitional break(s) \(listed): a level shift is estimated at each"
        case .ignore:
            return "\(seriesID) has definitional break(s) \(listed): modelled across them as if there were none"
        }
    }
}
