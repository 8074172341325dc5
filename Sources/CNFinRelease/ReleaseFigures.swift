/// The figures of one month's release: the plain input of the wording
/// generator (``ReleaseParagraph``) and of the summary table.
public struct ReleaseFigures: Sendable, Hashable {
    /// Calendar year of the release month.
    public var year: Int
    /// Calendar month, 1…12.
    public var month: Int
    /// The figures by series id.
    public var figures: [String: ReleaseFigure]

    /// Figures for `year`-`month`.
    public init(year: Int, month: Int, figures: [ReleaseFigure] = []) {
        self.year = year
        self.month = month
        self.figures = Dictionary(figures.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The figure with the id, if any.
    public subscript(id: String) -> ReleaseFigure? {
        get { figures[id] }
        set { figures[id] = newValue }
    }

    /// The month as `YYYY-MM`.
    public var monthText: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(m)"
    }
}

/// The series ids the release paragraph speaks about, in the order it does.
public enum ReleaseFigureID {
    public static let loansIncrease = "loans_increase"
    public static let loansBalance = "loans_balance"
    public static let householdLoansIncrease = "household_loans_increase"
    public static let householdMLTLoansIncrease = "household_mlt_loans_increase"
    public static let corporateLoansIncrease = "corporate_loans_increase"
    public static let corporateMLTLoansIncrease = "corporate_mlt_loans_increase"
    public static let m2 = "m2"
    public static let m1 = "m1"
    public static let depositsIncrease = "deposits_increase"
    public static let householdDepositsIncrease = "household_deposits_increase"
    public static let tsfStock = "tsf_stock"
    public static let tsfIncrease = "tsf_increase"

    /// The series that define the default month: the latest month in which
    /// all of them have a value.
    public static let headline = [loansIncrease, loansBalance, m2, tsfIncrease]
}
