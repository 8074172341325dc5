import CNFinOutput
import CNFinSeries
import CNFinSupport

/// The months a regression or test used: first, last, count, and the months skipped in between
/// (months where a series of the design has no value).
public struct SampleSpan: Sendable, Hashable, CustomStringConvertible {
    public var first: Month
    public var last: Month
    /// Observations used.
    public var nobs: Int
    /// Months between ``first`` and ``last`` that were not used.
    public var skipped: Int

    public init(first: Month, last: Month, nobs: Int, skipped: Int) {
        self.first = first
        self.last = last
        self.nobs = nobs
        self.skipped = skipped
    }

    /// The span of a design's complete months; nil for an empty design.
    public init?(_ design: MonthlyDesign) {
        guard let span = design.span else { return nil }
        self.init(first: span.first, last: span.last, nobs: design.nobs, skipped: design.skippedMonths)
    }

    /// `2010-01 to 2023-05 (161 months)` or `… (150 months; 11 skipped where a series has no value)`.
    public var description: String {
        "\(first) to \(last) (\(nobs) months" + (skipped > 0 ? "; \(skipped) skipped where a series has no value)" : ")")
    }

    /// The span in `language`: ``description`` in English; `2010-01至2023-05（161个月）` or
    /// `…（150个月；11个月因某序列无数据而跳过）` in Chinese.
    public func text(in language: DisplayLanguage) -> String {
        guard language == .zh else { return description }
        return "\(first)至\(last)（\(nobs)个月" + (skipped > 0 ? "；\(skipped)个月因某序列无数据而跳过）" : "）")
    }

    /// The note that states the sample on standard error: `sample 2010-01 to …` / `样本：2010-01至…`.
    public func note(in language: DisplayLanguage) -> String {
        language == .zh ? "样本：\(text(in: .zh))" : "sample \(description)"
    }

    /// The JSON members `sample_start`, `sample_end` and, with `skipped`, `sample_skipped_months`.
    public func jsonMembers(skipped includeSkipped: Bool) -> [(key: String, value: JSONValue)] {
        [("sample_start", .string(first.description)), ("sample_end", .string(last.description))]
            + (includeSkipped ? [("sample_skipped_months", .number(Double(skipped)))] : [])
    }
}
