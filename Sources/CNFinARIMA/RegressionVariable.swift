import CNFinSeries

/// A regression variable of a regARIMA model: it builds its design column for any span of
/// months (past or future), so that the same type serves estimation and forecasting.
///
/// A one-column ``MonthlyRegressor`` (CNFinSeries) throwing ``ARIMAError``: the default
/// ``columnNames`` is `[name]` and ``columns(start:count:)`` is `[values(start:count:)]`, so the
/// regARIMA variables and the deterministic terms of the other estimators share one protocol.
public protocol RegressionVariable: MonthlyRegressor where Failure == ARIMAError {
    /// The name printed in tables and JSON (`cny_pre`, `AO2015-07`, `LS2020-03`, a user name…).
    var name: String { get }
    /// The values for `count` consecutive months from `start`.
    func values(start: Month, count: Int) throws(ARIMAError) -> [Double]
    /// Whether the variable is a holiday (Chinese New Year) effect — for the holiday group test.
    var isHoliday: Bool { get }
}

extension RegressionVariable {
    public var isHoliday: Bool { false }

    /// `[name]`.
    public var columnNames: [String] { [name] }

    /// The one column, ``values(start:count:)``.
    public func columns(start: Month, count: Int) throws(ARIMAError) -> [[Double]] {
        [try values(start: start, count: count)]
    }
}

/// A constant column of ones. Any differencing removes it, so under `d + D ≥ 1` it is
/// rejected as collinear with the differencing; it is meaningful only for `d = D = 0`.
public struct ConstantRegressor: RegressionVariable {
    public init() {}
    public var name: String { "const" }
    public func values(start: Month, count: Int) throws(ARIMAError) -> [Double] {
        [Double](repeating: 1, count: count)
    }
}

/// A user-supplied regressor: values by month (it must cover the span, and the forecast
/// months when forecasting).
public struct UserRegressor: RegressionVariable {
    public let name: String
    public let valuesByMonth: [Month: Double]
    public let isHoliday: Bool

    public init(name: String, values: [Month: Double], isHoliday: Bool = false) {
        self.name = name
        self.valuesByMonth = values
        self.isHoliday = isHoliday
    }

    /// A regressor with `values[k]` for month `start + k`.
    public init(name: String, start: Month, values: [Double], isHoliday: Bool = false) {
        var d: [Month: Double] = [:]
        for (k, v) in values.enumerated() { d[start.advanced(by: k)] = v }
        self.init(name: name, values: d, isHoliday: isHoliday)
    }

    public func values(start: Month, count: Int) throws(ARIMAError) -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(count)
        for k in 0..<count {
            let m = start.advanced(by: k)
            guard let v = valuesByMonth[m], v.isFinite else { throw .missingFutureRegressor(name: name, month: m.description) }
            out.append(v)
        }
        return out
    }
}
