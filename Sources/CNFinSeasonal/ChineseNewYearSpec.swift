import CNFinARIMA

/// Which Chinese New Year regressors the regARIMA pre-adjustment carries.
///
/// Windows are in days relative to the festival (day 0): a split window is `cny_pre`
/// `[−B, −1]` and `cny_post` `[0, +A]`; a single window `cny` is `[−B, +A]`. The regressors are
/// genhol-style shares of the window in each month, centred on the calendar-month means
/// (``ChineseNewYearRegressor``), in flow or stock form.
public enum ChineseNewYearSpec: Sendable, Hashable {
    /// No holiday regressor.
    case none
    /// One window `[−before, +after]`.
    case window(before: Int, after: Int)
    /// Split windows `[−before, −1]` and `[0, +after]`.
    case split(before: Int, after: Int)
    /// The candidate with the lowest AICc (each fitted with the same transform, fixed
    /// regressors and no automatic outliers; the search for outliers follows with the winner).
    indirect case automatic([ChineseNewYearSpec])

    /// The documented candidate set: split windows with pre `[−10, −1]` or `[−5, −1]` and post
    /// `[0, +7]` or `[0, +20]` — the statistics bureau's "4–5 days before to 15–20 days after"
    /// and a tighter week after — and the single windows `[−10, +7]`, `[−5, +20]`.
    public static let candidates: [ChineseNewYearSpec] = [
        .split(before: 10, after: 7), .split(before: 10, after: 20), .split(before: 5, after: 7), .split(before: 5, after: 20),
        .window(before: 10, after: 7), .window(before: 5, after: 20),
    ]

    /// Short label, e.g. `split[-10,-1][0,+20]`, `window[-5,+20]`, `none`.
    public var label: String {
        switch self {
        case .none: return "none"
        case let .window(b, a): return "window[-\(b),+\(a)]"
        case let .split(b, a): return "split[-\(b),-1][0,+\(a)]"
        case .automatic: return "automatic"
        }
    }

    /// The regressors in `form`.
    public func regressors(form: ChineseNewYearRegressor.Form) throws(ARIMAError) -> [ChineseNewYearRegressor] {
        switch self {
        case .none, .automatic: return []
        case let .window(b, a): return try ChineseNewYearRegressor.window(before: b, after: a, form: form)
        case let .split(b, a): return try ChineseNewYearRegressor.split(before: b, after: a, form: form)
        }
    }
}

/// One candidate of an automatic CNY window choice and its fit criterion.
public struct ChineseNewYearCandidate: Sendable, Hashable {
    public let spec: ChineseNewYearSpec
    public let aicc: Double
}
