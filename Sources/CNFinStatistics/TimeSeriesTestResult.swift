/// A critical value of a test statistic at a significance level (e.g. "5%").
public struct CriticalValue: Sendable, Equatable {
    public let level: String
    public let value: Double

    public init(level: String, value: Double) {
        self.level = level
        self.value = value
    }
}

/// The outcome of a time-series hypothesis test (ADF, KPSS, Granger, Ljung–Box).
public struct TimeSeriesTestResult: Sendable, Equatable {
    /// Test name, e.g. "ADF".
    public let test: String
    public let statistic: Double
    public let pValue: Double
    /// Lags used (augmentation lags, bandwidth, Granger lag order, or autocorrelation lags).
    public let lags: Int
    /// Observations in the regression or statistic.
    public let nobs: Int
    /// Critical values, most significant first (empty when the test reports none).
    public let criticalValues: [CriticalValue]
    /// Further information, e.g. that a tabulated p-value is a bound.
    public let notes: [String]
    /// The same notes in Chinese, one for one (for ``summary(column:sample:byLag:language:)``).
    public let chineseNotes: [String]

    /// - Parameter chineseNotes: `notes` in Chinese, one for one; `nil`: the notes have no translation
    ///   and Chinese output prints them as given.
    public init(test: String, statistic: Double, pValue: Double, lags: Int, nobs: Int,
                criticalValues: [CriticalValue], notes: [String], chineseNotes: [String]? = nil) {
        self.test = test
        self.statistic = statistic
        self.pValue = pValue
        self.lags = lags
        self.nobs = nobs
        self.criticalValues = criticalValues
        self.notes = notes
        self.chineseNotes = chineseNotes.flatMap { $0.count == notes.count ? $0 : nil } ?? notes
    }
}
