import CNFinDatasets
import CNFinSeries
import Foundation
import Testing
@testable import CNFinIngest
import CNFinRelease
import CNFinSupport

/// Round trip: the summary paragraph written from the data
/// (``MonthlySummary``), read back by ``IngestParser``, gives the summary's
/// figures — the same ids and measures (joined by ``IngestFigureKey``), each
/// parsed value being the summary value as the text rounds it — and nothing
/// unparsed. Comparisons that round to zero (同比持平, 与上月末持平, 与上年同期持平,
/// "the same as that at …", "unchanged year on year") are read back as 0.
@Suite struct IngestRoundTripTests {
    /// What the paragraph states about each series (the 26 figures of the
    /// May 2023 release), written out here independently of ``ReleaseParagraph``.
    static let stated: [(id: String, measures: [ReleaseMeasure])] = [
        ("loans_increase", [.value, .changeVsYearAgo]),
        ("loans_balance", [.value, .yoyPct, .ppVsPrev, .ppVsYearAgo]),
        ("household_loans_increase", [.value]),
        ("household_mlt_loans_increase", [.value]),
        ("corporate_loans_increase", [.value]),
        ("corporate_mlt_loans_increase", [.value]),
        ("m2", [.value, .yoyPct, .ppVsPrev, .ppVsYearAgo]),
        ("m1", [.value, .yoyPct, .ppVsPrev, .ppVsYearAgo]),
        ("deposits_increase", [.value, .changeVsYearAgo]),
        ("household_deposits_increase", [.value]),
        ("tsf_stock", [.value, .yoyPct]),
        ("tsf_increase", [.value, .changeVsPrev, .changeVsYearAgo]),
    ]

    /// Every month of the bundled data from 2019-01 whose summary states new
    /// RMB loans (so at least the loan sentences).
    static func months() throws -> [Month] {
        let data = try ReleaseData.bundled()
        guard let range = data.availableMonths else { return [] }
        var out: [Month] = []
        var m = max(range.lowerBound, try Month.parse("2019-01"))
        while m <= range.upperBound {
            if data.observation("loans_increase", m) != nil { out.append(m) }
            m = m.advanced(by: 1)
        }
        return out
    }

    struct Outcome {
        var checked = 0
        /// Checked figures printed as zero (持平 / "the same as" / "unchanged"), by measure.
        var zeros: [ReleaseMeasure: Int] = [:]
        var problems: [String] = []
    }

    /// Writes `month`'s paragraph in `language`, parses it and compares.
    static func roundTrip(_ month: Month, _ language: DisplayLanguage, data: ReleaseData) throws -> Outcome {
        let summary = try MonthlySummary(data: data, month: month, language: language)
        let parsed = try IngestParser.parse(text: summary.text, source: "summary", month: month)
        var outcome = Outcome()
        func problem(_ s: String) { outcome.problems.append("\(month) \(language): \(s)") }
        for u in parsed.unparsed { problem("unparsed \"\(u.span.text)\" (\(u.reason))") }
        let byID = Dictionary(summary.figures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var expected: [IngestFigureKey: Double] = [:]
        var measureOf: [IngestFigureKey: ReleaseMeasure] = [:]
        for (id, measures) in stated {
            guard let figure = byID[id] else { continue }
            for measure in measures {
                guard let value = figure[measure] else { continue }
                guard let key = IngestFigureKey(summaryID: id, measure) else {
                    problem("no ingest key for \(id).\(measure.rawValue)")
                    continue
                }
                expected[key] = value
                measureOf[key] = measure
            }
        }
        var seen = Set<IngestFigureKey>()
        for f in parsed.figures {
            let key = IngestFigureKey(f)
            seen.insert(key)
            #expect(f.month == month)
            guard let value = expected[key] else {
                problem("parsed \(key) = \(f.value) from \"\(f.span.text)\", which the summary does not state")
                continue
            }
            outcome.checked += 1
            if f.value == 0, let m = measureOf[key] { outcome.zeros[m, default: 0] += 1 }
            // The printed figure is the summary value rounded half-up at the printed
            // resolution (1.36万亿 ↔ [13550, 13650)); the tolerance is that window.
            if !f.matches(value) {
                problem("\(key): parsed \(f.value) ± \(f.resolution / 2) from \"\(f.span.text)\", summary \(value)")
            }
            #expect(f.unit == (f.measure == .yoyPct || f.measure == .ppVsPrev || f.measure == .ppVsYearAgo ? "%" : "亿元"))
        }
        for key in expected.keys where !seen.contains(key) {
            problem("\(key) = \(expected[key] ?? .nan) stated by the summary but not parsed back")
        }
        return outcome
    }

    @Test(arguments: [DisplayLanguage.zh, .en])
    func may2023(language: DisplayLanguage) throws {
        let data = try ReleaseData.bundled()
        let outcome = try Self.roundTrip(try Month.parse("2023-05"), language, data: data)
        #expect(outcome.problems.isEmpty, "\(outcome.problems.joined(separator: "\n"))")
        #expect(outcome.checked == 26)  // every figure the release states
    }

    @Test(arguments: [DisplayLanguage.zh, .en])
    func everyMonthWithLoanSentences(language: DisplayLanguage) throws {
        let data = try ReleaseData.bundled()
        let months = try Self.months()
        #expect(months.count >= 20)
        var problems: [String] = []
        var checked = 0
        var zeros: [ReleaseMeasure: Int] = [:]
        for month in months {
            let outcome = try Self.roundTrip(month, language, data: data)
            problems += outcome.problems
            checked += outcome.checked
            zeros.merge(outcome.zeros, uniquingKeysWith: +)
        }
        // The months include growth changes printed as zero (与上月末持平,
        // 与上年同期持平, "the same as that at …"), each read back as 0 with the
        // right measure. (No flow comparison of the bundled data rounds to zero:
        // ``everyZeroPhrasing`` covers those.)
        #expect(zeros[.ppVsPrev, default: 0] > 0 && zeros[.ppVsYearAgo, default: 0] > 0, "\(zeros)")
        #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.prefix(40).joined(separator: "\n"))")
        #expect(checked >= 20 * months.count / 2)
    }

    @Test func keysJoinSummaryAndIngestNames() {
        #expect(IngestFigureKey(summaryID: "loans_balance", .yoyPct) == IngestFigureKey(id: "loans_yoy", measure: .yoyPct))
        #expect(IngestFigureKey(summaryID: "loans_balance", .value) == IngestFigureKey(id: "loans_balance", measure: .level))
        #expect(IngestFigureKey(summaryID: "m2", .ppVsYearAgo) == IngestFigureKey(id: "m2_yoy", measure: .ppVsYearAgo))
        #expect(IngestFigureKey(summaryID: "tsf_stock", .yoyPct) == IngestFigureKey(id: "tsf_stock_yoy", measure: .yoyPct))
        #expect(IngestFigureKey(summaryID: "tsf_increase", .value) == IngestFigureKey(id: "tsf_increase", measure: .increase))
        #expect(IngestFigureKey(summaryID: "loans_increase", .ytd)
                == IngestFigureKey(id: "loans_increase_ytd", measure: .ytdSum))
        #expect(IngestFigureKey(summaryID: "loans_increase", .yoyPct) == nil)
        #expect(IngestFigureKey(summaryID: "no_such_series", .value) == nil)
    }

    /// Every comparison of the paragraph rounding to zero — growth, pp versus
    /// the previous month and a year earlier, flow changes versus a year earlier
    /// (of an increase and of a decrease) and versus the previous month — is
    /// written as 持平 / "the same as" / "unchanged" and read back as 0 with
    /// the measure of the paragraph (synthetic figures: the bundled data have no
    /// zero flow comparison).
    @Test(arguments: [DisplayLanguage.zh, .en])
    func everyZeroPhrasing(language: DisplayLanguage) throws {
        let figures = ReleaseFigures(year: 2024, month: 7, figures: [
            ReleaseFigure(id: "loans_increase", measures: [.value: -766, .changeVsYearAgo: 0.2]),
            ReleaseFigure(id: "loans_balance", measures: [.value: 2_500_000, .yoyPct: 0.04, .ppVsPrev: -0.03, .ppVsYearAgo: 0.01]),
            ReleaseFigure(id: "m2", measures: [.value: 3_000_000, .yoyPct: 6.3, .ppVsPrev: 0.02, .ppVsYearAgo: -8.9]),
            ReleaseFigure(id: "m1", measures: [.value: 630_000, .yoyPct: -6.6, .ppVsPrev: -0.5, .ppVsYearAgo: 0.0]),
            ReleaseFigure(id: "deposits_increase", measures: [.value: 13_600, .changeVsYearAgo: -0.4]),
            ReleaseFigure(id: "tsf_stock", measures: [.value: 3_990_000, .yoyPct: 0.0]),
            ReleaseFigure(id: "tsf_increase", measures: [.value: 7708, .changeVsPrev: 0.3, .changeVsYearAgo: -0.1]),
        ])
        let text = ReleaseParagraph(figures, language: language).text
        let parsed = try IngestParser.parse(text: text, source: "summary", month: try Month.parse("2024-07"))
        #expect(parsed.unparsed.isEmpty, "\(parsed.unparsed.map { "\($0.span.text): \($0.reason)" })")
        var expected: [IngestFigureKey: Double] = [:]
        for figure in figures.figures.values {
            for (measure, value) in figure.measures {
                guard let key = IngestFigureKey(summaryID: figure.id, measure) else { continue }
                expected[key] = value
            }
        }
        var got: [IngestFigureKey: IngestedFigure] = [:]
        for f in parsed.figures { got[IngestFigureKey(f)] = f }
        #expect(Set(got.keys) == Set(expected.keys), "\(text)")
        for (key, value) in expected {
            guard let f = got[key] else { continue }
            #expect(f.matches(value), "\(key): parsed \(f.value) from \"\(f.span.text)\", stated \(value)")
        }
        let zeros = parsed.figures.filter { $0.value == 0 }.map { "\($0.id) \($0.measure)" }.sorted()
        #expect(zeros == [
            "deposits_increase change_vs_year_ago", "loans_increase change_vs_year_ago", "loans_yoy pp_vs_prev",
            "loans_yoy pp_vs_year_ago", "loans_yoy yoy_pct", "m1_yoy pp_vs_year_ago", "m2_yoy pp_vs_prev",
            "tsf_increase change_vs_prev", "tsf_increase change_vs_year_ago", "tsf_stock_yoy yoy_pct",
        ], "\(text)")
        // A zero rate is printed at one decimal, a zero amount at whole 亿元.
        for f in parsed.figures where f.value == 0 {
            #expect(f.resolution == (f.unit == "%" ? 0.1 : 1))
        }
    }
}
