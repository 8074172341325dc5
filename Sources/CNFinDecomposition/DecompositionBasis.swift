/// What is compared in a decomposition of month t.
///
/// Stocks (balances X): ``yoy`` compares X_t with X_{t−12}, ``mom`` with X_{t−1}.
/// Flows (monthly increments f): ``yoy`` compares f_t with f_{t−12} (同比多增/少增),
/// ``mom`` with f_{t−1} (比上月多/少), ``ytd`` the year-to-date sum Σ_{Jan…t} f
/// with the same months a year earlier, and ``sum12`` the 12-month sum
/// Σ_{k=0}^{11} f_{t−k} with the 12 months before (Σ_{k=12}^{23} f_{t−k}).
public enum DecompositionBasis: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Versus the same month a year earlier.
    case yoy
    /// Versus the previous month.
    case mom
    /// Year-to-date sums of a flow versus a year earlier.
    case ytd
    /// 12-month rolling sums of a flow versus a year earlier.
    case sum12

    /// The horizon h in months between the compared dates.
    public var horizon: Int { self == .mom ? 1 : 12 }

    /// Whether the basis applies to a measure (YTD and 12-month sums are for flows only).
    public func applies(to measure: HierarchyMeasureKind) -> Bool {
        switch self {
        case .yoy, .mom: return true
        case .ytd, .sum12: return measure == .flow
        }
    }

    public var description: String { rawValue }
}
