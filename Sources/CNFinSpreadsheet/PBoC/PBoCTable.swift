import CNFinSeries

/// The kinds of PBoC monthly statistical tables cnfin recognises.
public enum PBoCTableKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// 货币供应量 (Money Supply): M2, M1, M0 month-end balances.
    case moneySupply = "money_supply"
    /// 金融机构人民币信贷收支表 (Sources and Uses of Credit Funds, RMB).
    case creditFundsRMB = "credit_funds_rmb"
    /// 金融机构本外币信贷收支表 (…, RMB and foreign currencies): recognised, but
    /// the catalog holds RMB series only, so no row maps to a catalog id.
    case creditFundsAllCurrencies = "credit_funds_all_currencies"
    /// 社会融资规模增量统计表 (AFRE, flow).
    case tsfFlow = "tsf_flow"
    /// 社会融资规模存量统计表 (AFRE, stock).
    case tsfStock = "tsf_stock"
    /// A table cnfin wrote (`data show … --format xlsx`): a `month` column of
    /// `YYYY-MM` labels and one column per catalog id, in the catalog's units.
    case cnfinExport = "cnfin_export"

    public var description: String {
        switch self {
        case .moneySupply: return "货币供应量"
        case .creditFundsRMB: return "金融机构人民币信贷收支表"
        case .creditFundsAllCurrencies: return "金融机构本外币信贷收支表"
        case .tsfFlow: return "社会融资规模增量统计表"
        case .tsfStock: return "社会融资规模存量统计表"
        case .cnfinExport: return "cnfin table (month × series ids)"
        }
    }
}

/// The unit a PBoC table states (单位：亿元 / 万亿元 / %).
public enum PBoCUnit: String, Sendable, Hashable {
    case yi = "亿元"
    case wanYi = "万亿元"
    case percent = "%"

    /// The factor from this unit to the catalog's 亿元 (1 for 亿元 and %).
    public var toYi: Int { self == .wanYi ? 10_000 : 1 }
}

/// One figure of a recognised table, in the catalog unit of its series.
public struct PBoCObservation: Sendable, Hashable {
    /// Catalog series id (`m2`, `loans_balance`, `tsf_rmb_loans` …); for a
    /// `yoyPct` figure of a PBoC table, the stock whose growth
    /// it is (the catalog's `rate_id` of that stock names the rate series).
    public var id: String
    public var year: Int
    public var month: Int
    /// The value in the catalog unit (亿元, or % for rates), rounded half away
    /// from zero to ``decimals`` as the PBoC prints it.
    public var value: Double
    /// Decimals of the value in the catalog unit (negative when a 万亿元
    /// figure is coarser than 1亿元: two decimals of 万亿 are −2).
    public var decimals: Int
    /// The catalog unit: `亿元` or `%` (empty for a ``PBoCTableKind/cnfinExport`` table,
    /// whose units are the catalog's).
    public var unit: String
    /// What the figure is: `level` (a balance or stock), `increase` (a monthly
    /// flow) or `yoyPct` (a YoY rate, in %). A table cnfin wrote
    /// (``PBoCTableKind/cnfinExport``) states no measure: its figures are
    /// `level`, and the catalog kind of each column decides.
    public var measure: FigureMeasure
    /// Where the figure is.
    public var cell: CellReference
    /// The row (or column) label it was mapped from.
    public var label: String
    /// `derived:sum` when the value is the sum of two printed parts (the
    /// household short/MLT total of tables that print only the consumer and
    /// business loans), `nil` for a printed figure.
    public var derivation: String?

    /// The step of the last digit: 10^(−decimals).
    public var resolution: Double {
        var r = 1.0
        if decimals > 0 { for _ in 0..<decimals { r /= 10 } } else { for _ in 0..<(-decimals) { r *= 10 } }
        return r
    }
}

/// A recognised table of one sheet.
public struct PBoCTable: Sendable, Hashable {
    public var kind: PBoCTableKind
    public var file: String
    public var sheet: String
    /// The unit the table states.
    public var unit: PBoCUnit
    /// Whether months run along a row (one column per month) or down a column.
    public var monthsInColumns: Bool
    /// The months of the table, in order, as (year, month).
    public var months: [YearMonth]
    /// The figures mapped to catalog series.
    public var observations: [PBoCObservation]
    /// Labels of rows/columns with figures that map to no catalog series.
    public var unmapped: [String]
}

/// A calendar month as a table header states it (year, month).
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public var index: Int { year * 12 + month - 1 }
    public static func < (a: YearMonth, b: YearMonth) -> Bool { a.index < b.index }
    public var description: String { month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)" }
}
