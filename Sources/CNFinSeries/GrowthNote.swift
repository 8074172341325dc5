/// A remark on one month of a break-aware growth computation: why the value
/// is not the plain ratio of levels.
public struct GrowthNote: Sendable, Hashable, CustomStringConvertible {
    /// What was done for the month.
    public enum Resolution: String, Sendable, Hashable {
        /// The published comparable-basis rate was used instead of the ratio of levels.
        case usedPublishedRate = "used_published_rate"
        /// No comparable rate was available; the month is missing.
        case leftMissing = "left_missing"
    }

    /// The series whose growth was computed.
    public var seriesID: String
    /// The month of the growth rate.
    public var month: Month
    /// The earlier month of the comparison (t − 12 for YoY).
    public var comparedWith: Month
    /// The break the comparison straddles.
    public var breakID: String
    /// What was done.
    public var resolution: Resolution
    /// The rate computed from levels (kept for reference, not used).
    public var levelRate: Double?
    /// A sentence explaining the note.
    public var message: String

    /// Creates a note.
    public init(seriesID: String, month: Month, comparedWith: Month, breakID: String, resolution: Resolution,
                levelRate: Double?, message: String) {
        self.seriesID = seriesID
        self.month = month
        self.comparedWith = comparedWith
        self.breakID = breakID
        self.resolution = resolution
        self.levelRate = levelRate
        self.message = message
    }

    public var description: String { "\(seriesID) \(month): \(message)" }
}

/// A growth series together with the notes on months that needed special
/// treatment.
public struct GrowthResult: Sendable, Hashable {
    /// The growth rates, in %.
    public var series: MonthlySeries
    /// One note per month whose comparison straddles a definitional break.
    public var notes: [GrowthNote]

    /// Creates a result.
    public init(series: MonthlySeries, notes: [GrowthNote] = []) {
        self.series = series
        self.notes = notes
    }
}
