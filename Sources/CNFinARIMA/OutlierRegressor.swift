import CNFinSeries
import Foundation

/// The outlier and intervention regressors of X-13ARIMA-SEATS (Reference Manual, §7.13,
/// "regression"), for an event at month `t₀`:
///
/// - additive outlier `AO`: `1` at `t₀`, `0` elsewhere;
/// - level shift `LS`: `−1` before `t₀`, `0` from `t₀` on (X-13's form; the coefficient is the
///   size of the shift);
/// - temporary change `TC`: `0` before `t₀`, `δ^{t−t₀}` from `t₀` on, `δ = 0.7` for monthly data;
/// - ramp `RP t₀–t₁`: `−(t₁−t₀)` up to `t₀`, `t − t₁` between, `0` from `t₁` on (in months,
///   so the coefficient is the change per month of the ramp).
public struct OutlierRegressor: RegressionVariable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case additive = "AO", levelShift = "LS", temporaryChange = "TC", ramp = "RP"
    }

    public let kind: Kind
    public let month: Month
    /// End of a ramp (ignored for the other kinds).
    public let end: Month?
    /// Decay rate of a temporary change.
    public let delta: Double

    public init(_ kind: Kind, at month: Month, end: Month? = nil, delta: Double = 0.7) {
        self.kind = kind
        self.month = month
        self.end = end
        self.delta = delta
    }

    /// Parses `AO2015-07`, `LS2020-03`, `TC2008-11` or `RP2008-01-2008-06` (case-insensitive).
    public init(parsing text: String) throws(ARIMAError) {
        let upper = text.uppercased()
        let code = String(upper.prefix(2))
        guard let kind = Kind(rawValue: code) else {
            throw .invalidParameter(name: "outlier", value: text, requirement: "write AO, LS, TC or RP followed by the month, e.g. LS2020-03")
        }
        let rest = String(upper.dropFirst(2))
        if kind == .ramp {
            let parts = rest.split(separator: "-")
            guard parts.count == 4, let a = Month("\(parts[0])-\(parts[1])"), let b = Month("\(parts[2])-\(parts[3])"), a < b else {
                throw .invalidParameter(name: "outlier", value: text, requirement: "a ramp is written RP2008-01-2008-06 (start before end)")
            }
            self.init(.ramp, at: a, end: b)
        } else {
            guard let m = Month(rest) else {
                throw .invalidParameter(name: "outlier", value: text, requirement: "the month is written YYYY-MM, e.g. \(code)2020-03")
            }
            self.init(kind, at: m)
        }
    }

    public var name: String {
        switch kind {
        case .ramp: return "RP\(month)-\(end ?? month)"
        default: return "\(kind.rawValue)\(month)"
        }
    }

    public func values(start: Month, count: Int) throws(ARIMAError) -> [Double] {
        (0..<count).map { k in
            let t = start.advanced(by: k)
            let lag = month.distance(to: t)
            switch kind {
            case .additive: return lag == 0 ? 1 : 0
            case .levelShift: return lag < 0 ? -1 : 0
            case .temporaryChange: return lag < 0 ? 0 : pow(delta, Double(lag))
            case .ramp:
                let e = end ?? month
                if lag <= 0 { return Double(month.distance(to: e)) * -1 }
                if t >= e { return 0 }
                return Double(e.distance(to: t))
            }
        }
    }
}
