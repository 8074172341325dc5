/// The tables of an X-11 run, named as in X-13ARIMA-SEATS; every array has the length
/// of the input (forecast months included).
public struct X11Decomposition: Sendable, Equatable {
    public let mode: X11Mode
    /// Calendar month (1...12) of the first value.
    public let firstMonth: Int
    /// B1: the series decomposed (prior-adjusted and forecast-extended by the caller).
    public let b1: [Double]
    /// D8: final unmodified SI ratios (B1 over the D7 trend). In log-additive mode, as in
    /// X-13, on the log scale (log B1 − log trend), like `d9Modified`.
    public let d8: [Double]
    /// D9 modified: SI ratios with extreme values replaced (D1 over D7), input of D10.
    public let d9Modified: [Double]
    /// D10: final seasonal factors.
    public let d10: [Double]
    /// D11: final seasonally adjusted series.
    public let d11: [Double]
    /// D12: final trend-cycle (log-additive: with X-13's bias correction, see `X11`).
    public let d12: [Double]
    /// D13: final irregular.
    public let d13: [Double]
    /// C17: final weights of the irregular (1 = not extreme).
    public let c17: [Double]
    /// The seasonal filter of D10 (chosen by the MSR or given).
    public let seasonalFilter: SeasonalFilter
    /// Global moving-seasonality ratios computed (empty if the filter was given).
    public let msr: [Double]
    /// Henderson lengths used in B7, C7, D7 and D12.
    public let hendersonB7: Int, hendersonC7: Int, hendersonD7: Int, hendersonD12: Int
    /// I/C ratio of the final selection (on the modified seasonally adjusted series).
    public let icRatio: Double
    /// Trailing forecast months (from the options).
    public let forecastMonths: Int
}
