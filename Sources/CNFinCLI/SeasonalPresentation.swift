import CNFin
import Foundation

/// Tables and JSON for a ``SeasonalAdjustmentResult``.
struct SeasonalPresentation {
    let name: String
    let span: String
    let settings: String
    let result: SeasonalAdjustmentResult
    let notes: [String]
    /// First months of definitional breaks inside the span: no growth rate there.
    var breakMonths: Set<Month> = []

    static let componentNames = ["observed", "trend", "seasonal", "holiday", "irregular", "adjusted"]

    var components: [[Double]] {
        [result.observed, result.trend, result.seasonal, result.holiday, result.irregular, result.adjusted]
    }

    /// Month-on-month and annualised growth of the adjusted series (stocks only), missing at a break month.
    var growth: (mom: [Double], annualized: [Double])? {
        guard var mom = result.monthOnMonthGrowth, var ann = result.annualizedGrowth else { return nil }
        for (i, m) in result.months.enumerated() where breakMonths.contains(m) {
            mom[i] = .nan
            ann[i] = .nan
        }
        return (mom, ann)
    }

    static func cell(_ value: Double, _ digits: Int?) -> TableCell {
        guard value.isFinite else { return .missing }
        return .number(value, formatted: digits.map { NumberText.fixed(value, digits: $0) } ?? JSONValue.numberText(value))
    }

    /// `month,observed,trend,seasonal,holiday,irregular,adjusted` (+ growth columns for a stock
    /// unless `exact`); `exact` writes every number exactly (shortest round-trip text).
    func seriesTable(exact: Bool) -> Table {
        var headers = ["month"] + Self.componentNames
        let growth = exact ? nil : self.growth
        if growth != nil { headers += ["mom %", "ann. %"] }
        let columns = headers.enumerated().map { TableColumn($1, alignment: $0 == 0 ? .left : .right) }
        let factorDigits = result.multiplicative ? 4 : 1
        let digits: [Int?] = exact ? [nil, nil, nil, nil, nil, nil]
            : [1, 1, factorDigits, factorDigits, factorDigits, 1]
        let rows: [[TableCell]] = result.months.indices.map { i in
            var row: [TableCell] = [.text(result.months[i].description)]
            row += components.enumerated().map { j, c in Self.cell(c[i], digits[j]) }
            if let (mom, ann) = growth { row += [Self.cell(mom[i], 2), Self.cell(ann[i], 1)] }
            return row
        }
        return Table(title: exact ? nil : "Seasonal adjustment of \(name) (\(span), \(settings))",
                     columns: columns, rows: rows, notes: exact ? [] : notes)
    }

    /// CNY coefficients, festival effects by year, diagnostics, then the series.
    var tables: [Table] {
        var out: [Table] = []
        if !result.holidayCoefficients.isEmpty {
            out.append(Table(
                title: "CNY regression effects (\(result.multiplicative ? "log points" : "units of the series"))",
                columns: ["coefficient", "estimate", "std. error", "t"].enumerated().map { TableColumn($1, alignment: $0 == 0 ? .left : .right) },
                rows: result.holidayCoefficients.map { c in
                    [.text(c.name), Self.cell(c.estimate, 4), Self.cell(c.standardError, 4), Self.cell(c.t, 2)]
                }))
            let unit = result.multiplicative ? "%" : "units of the series"
            out.append(Table(
                title: "Festival effect by year (\(unit), ± std. error)",
                columns: ["year", "festival", "January", "February", "March"].enumerated().map {
                    TableColumn($1, alignment: $0 < 2 ? .left : .right)
                },
                rows: result.festivalEffects.map { f in
                    var row: [TableCell] = [.text("\(f.year)"), .text(f.festivalDate.description)]
                    for m in 1...3 {
                        if let e = f.months.first(where: { $0.month.month == m }) {
                            row.append(.text("\(NumberText.fixed(e.effect, digits: 1)) ± \(NumberText.fixed(e.standardError, digits: 1))"))
                        } else {
                            row.append(.missing)
                        }
                    }
                    return row
                }))
        }
        let d = result.diagnostics
        let changeUnit = result.multiplicative ? "%" : "units"
        out.append(Table(
            title: "Residual seasonality in the adjusted series (first differences, n = \(d.observations)): "
                + (d.passes ? "none found (both p > 0.1)" : "RESIDUAL SEASONALITY (a p-value ≤ 0.1)"),
            columns: ["diagnostic", "statistic", "df", "p-value"].enumerated().map { TableColumn($1, alignment: $0 == 0 ? .left : .right) },
            rows: [
                [.text("F-test on \(d.fDegreesOfFreedom.0) month dummies"), Self.cell(d.fStatistic, 3),
                 .text("\(d.fDegreesOfFreedom.0), \(d.fDegreesOfFreedom.1)"), Self.cell(d.fPValue, 4)],
                [.text("QS (lags 12, 24)"), Self.cell(d.qsStatistic, 3), .text("2"), Self.cell(d.qsPValue, 4)],
            ]))
        // The dispersion is in the series' units, not a test statistic: its own table and column.
        out.append(Table(
            title: "Dispersion of the adjusted month-on-month change",
            columns: [TableColumn("months"), TableColumn("s.d. (\(changeUnit))", alignment: .right)],
            rows: [
                [.text("January"), Self.cell(result.adjustedChangeDeviation(calendarMonth: 1), 2)],
                [.text("February"), Self.cell(result.adjustedChangeDeviation(calendarMonth: 2), 2)],
                [.text("all months"), Self.cell(result.adjustedChangeDeviation(calendarMonth: nil), 2)],
            ]))
        out.append(seriesTable(exact: false))
        return out
    }

    var json: JSONValue {
        let d = result.diagnostics
        var object: [(key: String, value: JSONValue)] = [
            (key: "series", value: .string(name)),
            (key: "span", value: .string(span)),
            (key: "settings", value: .string(settings)),
            (key: "kind", value: result.kind.map { .string($0.rawValue) } ?? .null),
            (key: "multiplicative", value: .bool(result.multiplicative)),
            (key: "months", value: .array(result.months.map { .string($0.description) })),
        ]
        var columns = Array(zip(Self.componentNames, components))
        if let (mom, ann) = growth {
            columns += [("mom_growth_pct", mom), ("annualized_growth_pct", ann)]
        }
        for (key, values) in columns {
            object.append((key: key, value: .array(values.map { $0.isFinite ? .number($0) : .null })))
        }
        object.append((key: "coefficients", value: .array(result.coefficients.map { c in
            .object([(key: "name", value: .string(c.name)), (key: "estimate", value: .number(c.estimate)),
                     (key: "std_error", value: .number(c.standardError)), (key: "t", value: .number(c.t))])
        })))
        object.append((key: "festival_effects", value: .array(result.festivalEffects.map { f in
            .object([
                (key: "year", value: .number(Double(f.year))),
                (key: "date", value: .string(f.festivalDate.description)),
                (key: "months", value: .array(f.months.map { e in
                    .object([(key: "month", value: .string(e.month.description)), (key: "effect", value: .number(e.effect)),
                             (key: "std_error", value: .number(e.standardError))])
                })),
            ])
        })))
        object.append((key: "diagnostics", value: .object([
            (key: "observations", value: .number(Double(d.observations))),
            (key: "f_statistic", value: .number(d.fStatistic)),
            (key: "f_df", value: .array([.number(Double(d.fDegreesOfFreedom.0)), .number(Double(d.fDegreesOfFreedom.1))])),
            (key: "f_p_value", value: .number(d.fPValue)),
            (key: "qs_statistic", value: .number(d.qsStatistic)),
            (key: "qs_p_value", value: .number(d.qsPValue)),
            (key: "passes", value: .bool(d.passes)),
            (key: "adjusted_change_sd_january", value: .optionalNumber(finite(result.adjustedChangeDeviation(calendarMonth: 1)))),
            (key: "adjusted_change_sd_february", value: .optionalNumber(finite(result.adjustedChangeDeviation(calendarMonth: 2)))),
            (key: "adjusted_change_sd_all", value: .optionalNumber(finite(result.adjustedChangeDeviation(calendarMonth: nil)))),
        ])))
        object.append((key: "notes", value: .array(notes.map { .string($0) })))
        return .object(object)
    }

    func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }
}
