import CNFinOutput
import CNFinSeries
import CNFinSupport

/// What `cnfin filter` prints for a ``FilterResult``: one table month, observed, trend, cycle, titled
/// with the filter and its parameters — title, headers and notes in the reader's language.
///
/// Output rule (as ``SeasonalAdjustmentSummary``): the CSV keeps the machine keys
/// `month,observed,trend,cycle` in every language; the JSON keys never change, only `notes` follow the
/// language (`filter` stays the English description).
public struct TrendFilterSummary: Sendable {
    /// Which filter, with its parameters.
    public enum Filter: Sendable, Hashable {
        /// Hodrick–Prescott with smoothing `lambda`, two-sided or one-sided (real time).
        case hodrickPrescott(lambda: Double, oneSided: Bool)
        /// Hamilton (2018) with horizon `h` and `p` lags.
        case hamilton(horizon: Int, lags: Int)

        /// The filter's description in `language`, e.g. `Two-sided HP filter, λ = 129600`.
        public func description(_ language: DisplayLanguage) -> String {
            let zh = language == .zh
            switch self {
            case let .hodrickPrescott(lambda, oneSided):
                let l = JSONValue.numberText(lambda)
                if zh { return "\(oneSided ? "单边" : "双边") HP 滤波，λ = \(l)" }
                return "\(oneSided ? "One-sided" : "Two-sided") HP filter, λ = \(l)"
            case let .hamilton(h, p):
                return zh ? "Hamilton 滤波，h = \(h)，p = \(p)" : "Hamilton filter, h = \(h), p = \(p)"
            }
        }
    }

    public var series: SeriesLabel
    public var start: Month
    public var filter: Filter
    public var result: FilterResult
    /// Notes on the span and the break rule, rendered in a language.
    public var notes: [any LocalizedNote]

    public init(series: SeriesLabel, start: Month, filter: Filter, result: FilterResult, notes: [any LocalizedNote]) {
        self.series = series
        self.start = start
        self.filter = filter
        self.result = result
        self.notes = notes
    }

    /// The machine keys of the columns (CSV headers and JSON keys).
    public static let keys = ["observed", "trend", "cycle"]

    var months: [Month] { (0..<result.observed.count).map { start.advanced(by: $0) } }

    /// `YYYY-MM…YYYY-MM`.
    public var span: String { "\(start)…\(start.advanced(by: result.observed.count - 1))" }

    /// The table; `exact` (CSV): machine-key headers, shortest round-trip numbers, no title or notes.
    public func table(exact: Bool, language: DisplayLanguage = .en) -> Table {
        let zh = language == .zh && !exact
        let columns = [result.observed, result.trend, result.cycle]
        let digits = exact ? nil : SeasonalCell.decimals(unit: series.unit)
        let rows: [[TableCell]] = months.enumerated().map { i, m in
            [.text(m.description)] + columns.map { SeasonalCell.cell($0[i], digits) }
        }
        let headers = zh ? ["月份", "原始值", "趋势", "周期"] : ["month"] + Self.keys
        let name = series.text(in: language)
        let title = zh ? "\(name)的\(filter.description(language))（\(span)）" : "\(filter.description(language)) of \(name) (\(span))"
        return Table(title: exact ? nil : title, columns: SeasonalCell.columns(headers), rows: rows,
                     notes: exact ? [] : notes.map { $0.text(in: language) })
    }

    /// The JSON: series, span, filter (English), months, observed, trend, cycle, notes (in `language`).
    public func json(language: DisplayLanguage) -> JSONValue {
        var object: [(key: String, value: JSONValue)] = [
            (key: "series", value: .string(series.id)),
            (key: "span", value: .string(span)),
            (key: "filter", value: .string(filter.description(.en))),
            (key: "months", value: .array(months.map { .string($0.description) })),
        ]
        for (name, values) in zip(Self.keys, [result.observed, result.trend, result.cycle]) {
            object.append((key: name, value: .array(values.map { $0.isFinite ? .number($0) : .null })))
        }
        object.append((key: "notes", value: .array(notes.map { .string($0.text(in: language)) })))
        return .object(object)
    }
}
