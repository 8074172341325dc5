/// What a ``MonthlySeries`` measures.
public enum SeriesKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// A month-end balance (月末余额): comparable across months as a level.
    case stock
    /// A monthly increment (月度增量): a sum over the month.
    case flow
    /// A rate, e.g. a growth rate in %.
    case rate

    public var description: String { rawValue }
}
