import CNFinDatasets
import CNFinSeries

/// Computes the ``ReleaseFigure`` of a series for a month from ``ReleaseData``.
///
/// Every measure is either data or derived from data, and says which:
/// - value: the figure as the release printed it when the data carry the
///   first print (``ReleaseData/releaseObservation(_:_:)``), else the
///   observation (source: its dataset source key);
/// - `yoy_pct` of a stock: the published growth rate as first printed when
///   the data carry the print, else the published growth-rate series (data,
///   never recomputed from levels: after a definitional change the PBoC
///   publishes comparable-basis rates that levels do not give) — so the rate
///   is of the same vintage and definition as the printed level (M1 in 2024:
///   the releases' old-definition level and rate);
/// - `pp_vs_prev`, `pp_vs_year_ago`: the published comparison in
///   `published.csv` (under the rate id, else the value id) when it exists,
///   else rateₜ − rateₜ₋₁ / rateₜ − rateₜ₋₁₂ of the published rates, in exact
///   decimal arithmetic (source `derived:m2_yoy[2023-05]-m2_yoy[2023-04]`);
///   when rateₜ is a first print kept apart from the series (`vintages.csv`),
///   the earlier rate is taken as printed too, so both are of one definition;
/// - `change_vs_year_ago`, `change_vs_prev` of a flow: the published
///   comparison when it exists, else xₜ − xₜ₋₁₂ / xₜ − xₜ₋₁ (xₜ as printed,
///   the earlier month from the series, i.e. its latest vintage);
/// - `ytd`: the year-to-date series when it has the month, else the sum of
///   the monthly values from January when all are present; `ytd_change_vs_year_ago`:
///   published, else the difference of the two year-to-date sums.
public struct ReleaseFigureBuilder: Sendable {
    /// The data.
    public let data: ReleaseData

    /// A builder over `data`.
    public init(data: ReleaseData) {
        self.data = data
    }

    /// The figure of `spec` for `month` (measures the data cannot give are absent).
    public func figure(_ spec: ReleaseSeriesSpec, month: Month) -> ReleaseFigure {
        var f = ReleaseFigure(id: spec.id, unit: data.dataset.seriesByID[spec.id]?.unit.description ?? "亿元")
        if let obs = data.releaseObservation(spec.id, month) {
            f.set(.value, obs.value, source: obs.source)
        }
        switch spec.kind {
        case .stock(let rateID):
            if let rate = data.releaseObservation(rateID, month) {
                f.set(.yoyPct, rate.value, source: rate.source)
                for (measure, published, lag) in [
                    (ReleaseMeasure.ppVsPrev, FigureMeasure.ppVsPrev, 1),
                    (ReleaseMeasure.ppVsYearAgo, FigureMeasure.ppVsYearAgo, 12),
                ] {
                    if let p = data.published(rateID, month, published) ?? data.published(spec.id, month, published) {
                        f.set(measure, p.value, source: p.source)
                    } else if let d = difference(rateID, month, lag: lag, earlierAsPrinted: rate.source != data.observation(rateID, month)?.source) {
                        f.set(measure, d.value, source: d.source)
                    }
                }
            }
        case .flow(let ytdID):
            if f.value != nil {
                for (measure, published, lag) in [
                    (ReleaseMeasure.changeVsYearAgo, FigureMeasure.changeVsYearAgo, 12),
                    (ReleaseMeasure.changeVsPrev, FigureMeasure.changeVsPrev, 1),
                ] {
                    if let p = data.published(spec.id, month, published) {
                        f.set(measure, p.value, source: p.source)
                    } else if let d = difference(spec.id, month, lag: lag) {
                        f.set(measure, d.value, source: d.source)
                    }
                }
            }
            if let ytd = yearToDate(spec.id, ytdID: ytdID, month: month) {
                f.set(.ytd, ytd.value, source: ytd.source)
                if let p = data.published(ytdID, month, .changeVsYearAgo) {
                    f.set(.ytdChangeVsYearAgo, p.value, source: p.source)
                } else if let before = yearToDate(spec.id, ytdID: ytdID, month: month.advanced(by: -12)),
                          let a = ReleaseDecimal(ytd.value), let b = ReleaseDecimal(before.value) {
                    f.set(.ytdChangeVsYearAgo, (a - b).doubleValue,
                          source: "derived:ytd[\(month)]-ytd[\(month.advanced(by: -12))]")
                }
            }
        }
        return f
    }

    /// xₜ − xₜ₋ₗₐ₉ in exact decimal arithmetic, with its recipe: xₜ as printed,
    /// xₜ₋ₗₐ₉ from the series (its latest vintage) or, with `earlierAsPrinted`, as printed.
    func difference(_ id: String, _ month: Month, lag: Int, earlierAsPrinted: Bool = false) -> (value: Double, source: String)? {
        let earlier = month.advanced(by: -lag)
        let before = earlierAsPrinted ? data.releaseObservation(id, earlier) : data.observation(id, earlier)
        guard let a = data.releaseObservation(id, month).flatMap({ ReleaseDecimal($0.value) }),
              let b = before.flatMap({ ReleaseDecimal($0.value) })
        else { return nil }
        return ((a - b).doubleValue, "derived:\(id)[\(month)]-\(id)[\(earlier)]")
    }

    /// The year-to-date sum: the YTD series if it has the month, else the sum of the monthly values.
    func yearToDate(_ id: String, ytdID: String, month: Month) -> (value: Double, source: String)? {
        if let obs = data.observation(ytdID, month) { return obs }
        let january = month.january
        var sum = ReleaseDecimal(significand: 0, scale: 0)
        var m = january
        while m <= month {
            guard let x = data.observation(id, m).flatMap({ ReleaseDecimal($0.value) }) else { return nil }
            sum = sum + x
            m = m.advanced(by: 1)
        }
        return (sum.doubleValue, "derived:sum(\(id)[\(january)…\(month)])")
    }
}
