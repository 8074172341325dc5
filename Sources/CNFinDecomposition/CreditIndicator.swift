import CNFinSeries

/// Monthly indicators analysts watch, computed from a ``SeriesPanel``.
/// All are in % or percentage points; a month lacking an input gives `nil`.
public enum CreditIndicator: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// M1–M2 gap (剪刀差), pp: `m1_yoy − m2_yoy` (published rates), at the rates' printed precision
    /// (``PrintedPrecision/difference(_:_:)``).
    case m1M2Gap = "m1_m2_gap"
    /// TSF stock growth minus RMB loan growth, pp: `tsf_stock_yoy − loans_yoy` (published rates).
    case tsfMinusLoanGrowth = "tsf_minus_loan_growth"
    /// Credit impulse, % of the TSF stock a year earlier:
    /// 100 · (S_t − S_{t−12}) / TSF_{t−12}, where S_t = Σ_{k=0}^{11} `tsf_increase`_{t−k}
    /// is the 12-month sum of new TSF and TSF_{t−12} is `tsf_stock` 12 months before.
    /// (The variant relative to GDP needs GDP, which the datasets do not hold.)
    case creditImpulse = "credit_impulse"
    /// Household medium/long-term loans as a share of new RMB loans, %:
    /// 100 · `household_mlt_loans_increase` / `loans_increase` (monthly; `nil` when new loans ≤ 0).
    case householdMLTShareOfNewLoans = "household_mlt_share_of_new_loans"
    /// The same share over 12-month sums: 100 · Σ12 `household_mlt_loans_increase` / Σ12 `loans_increase`.
    case householdMLTShareOfNewLoans12M = "household_mlt_share_of_new_loans_12m"
    /// Bill financing as a share of corporate loans, %:
    /// 100 · `bill_financing_balance` / `corporate_loans_balance` (month-end balances).
    case billFinancingShareOfCorporateLoans = "bill_financing_share_of_corporate_loans"

    /// The Chinese name.
    public var nameZh: String {
        switch self {
        case .m1M2Gap: return "M1−M2剪刀差(百分点)"
        case .tsfMinusLoanGrowth: return "社融存量增速−贷款增速(百分点)"
        case .creditImpulse: return "信贷脉冲(%，占一年前社融存量)"
        case .householdMLTShareOfNewLoans: return "住户中长期贷款占新增贷款(%)"
        case .householdMLTShareOfNewLoans12M: return "住户中长期贷款占新增贷款(12个月,%)"
        case .billFinancingShareOfCorporateLoans: return "票据融资占企业贷款(%)"
        }
    }

    /// The English name.
    public var nameEn: String {
        switch self {
        case .m1M2Gap: return "M1–M2 gap (pp)"
        case .tsfMinusLoanGrowth: return "TSF stock growth − loan growth (pp)"
        case .creditImpulse: return "Credit impulse (% of TSF stock a year earlier)"
        case .householdMLTShareOfNewLoans: return "Household MLT share of new loans (%)"
        case .householdMLTShareOfNewLoans12M: return "Household MLT share of new loans, 12m (%)"
        case .billFinancingShareOfCorporateLoans: return "Bill financing share of corporate loans (%)"
        }
    }

    /// How the indicator is computed, in Chinese (a table footnote).
    public var definitionZh: String {
        switch self {
        case .m1M2Gap: return "M1−M2剪刀差 = M1同比增速 − M2同比增速（公布值，个百分点）"
        case .tsfMinusLoanGrowth: return "社融存量增速−贷款增速 = 社会融资规模存量同比增速 − 人民币贷款余额同比增速（个百分点）"
        case .creditImpulse:
            return "信贷脉冲 = 近12个月社会融资规模增量之和的同比变化 ÷ 一年前社会融资规模存量 × 100"
        case .householdMLTShareOfNewLoans: return "住户中长期贷款占新增贷款 = 住户中长期贷款增加 ÷ 人民币贷款增加 × 100（新增贷款≤0时空缺）"
        case .householdMLTShareOfNewLoans12M: return "12个月口径：分子、分母均为近12个月之和"
        case .billFinancingShareOfCorporateLoans: return "票据融资占企业贷款 = 票据融资余额 ÷ 企（事）业单位贷款余额 × 100"
        }
    }

    /// How the indicator is computed, in English (a table footnote).
    public var definitionEn: String {
        switch self {
        case .m1M2Gap: return "M1–M2 gap = M1 YoY growth − M2 YoY growth (published rates, pp)"
        case .tsfMinusLoanGrowth: return "TSF stock growth − loan growth = TSF stock YoY − RMB loan balance YoY (pp)"
        case .creditImpulse:
            return "Credit impulse = change over a year of the 12-month sum of new TSF ÷ TSF stock a year earlier × 100"
        case .householdMLTShareOfNewLoans:
            return "Household MLT share = new household MLT loans ÷ new RMB loans × 100 (empty when new loans ≤ 0)"
        case .householdMLTShareOfNewLoans12M: return "12m variant: numerator and denominator are 12-month sums"
        case .billFinancingShareOfCorporateLoans:
            return "Bill financing share = bill financing balance ÷ balance of loans to enterprises and public institutions × 100"
        }
    }

    /// The unit of the indicator.
    public var unit: SeriesUnit {
        switch self {
        case .m1M2Gap, .tsfMinusLoanGrowth: return .percentagePoints
        default: return .percent
        }
    }

    /// The series ids the indicator reads.
    public var inputs: [String] {
        switch self {
        case .m1M2Gap: return ["m1_yoy", "m2_yoy"]
        case .tsfMinusLoanGrowth: return ["tsf_stock_yoy", "loans_yoy"]
        case .creditImpulse: return ["tsf_increase", "tsf_stock"]
        case .householdMLTShareOfNewLoans, .householdMLTShareOfNewLoans12M: return ["household_mlt_loans_increase", "loans_increase"]
        case .billFinancingShareOfCorporateLoans: return ["bill_financing_balance", "corporate_loans_balance"]
        }
    }

    public var description: String { rawValue }

    /// The indicator's value at `month`, or `nil` if an input is missing or the ratio is undefined.
    public func value(at month: Month, in panel: SeriesPanel) -> Double? {
        func v(_ id: String, _ m: Month) -> Double? { panel.value(id, at: m) }
        func sum12(_ id: String, _ end: Month) -> Double? {
            var total = 0.0
            for k in 0..<12 {
                guard let x = v(id, end.advanced(by: -k)) else { return nil }
                total += x
            }
            return total
        }
        switch self {
        case .m1M2Gap:
            guard let a = v("m1_yoy", month), let b = v("m2_yoy", month) else { return nil }
            return PrintedPrecision.difference(a, b, atLeast: 1)
        case .tsfMinusLoanGrowth:
            guard let a = v("tsf_stock_yoy", month), let b = v("loans_yoy", month) else { return nil }
            return PrintedPrecision.difference(a, b, atLeast: 1)
        case .creditImpulse:
            let before = month.advanced(by: -12)
            guard let s1 = sum12("tsf_increase", month), let s0 = sum12("tsf_increase", before),
                  let stock = v("tsf_stock", before), stock > 0 else { return nil }
            return 100 * (s1 - s0) / stock
        case .householdMLTShareOfNewLoans:
            guard let a = v("household_mlt_loans_increase", month), let b = v("loans_increase", month), b > 0 else { return nil }
            return 100 * a / b
        case .householdMLTShareOfNewLoans12M:
            guard let a = sum12("household_mlt_loans_increase", month), let b = sum12("loans_increase", month), b > 0 else { return nil }
            return 100 * a / b
        case .billFinancingShareOfCorporateLoans:
            guard let a = v("bill_financing_balance", month), let b = v("corporate_loans_balance", month), b > 0 else { return nil }
            return 100 * a / b
        }
    }

    /// The indicator as a monthly series over `months` (a `nil` where undefined).
    public func series(over months: ClosedRange<Month>, in panel: SeriesPanel) -> MonthlySeries {
        var values: [Double?] = []
        var m = months.lowerBound
        while m <= months.upperBound {
            values.append(value(at: m, in: panel))
            m = m.advanced(by: 1)
        }
        return MonthlySeries(id: rawValue, start: months.lowerBound, values: values, unit: unit, kind: .rate)
    }

    /// The range of months over which any input of any indicator has data, or `nil` if none.
    public static func coveredMonths(in panel: SeriesPanel) -> ClosedRange<Month>? {
        let ids = Set(allCases.flatMap(\.inputs))
        let months = ids.flatMap { panel.months(of: $0) }
        guard let lo = months.min(), let hi = months.max() else { return nil }
        return lo...hi
    }
}
