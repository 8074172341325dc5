import ArgumentParser
import CNFin
import Foundation

/// `cnfin seasonal`: seasonal adjustment with optional CNY pre-adjustment.
struct SeasonalCommand: ParsableCommand, TableOutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "seasonal",
        abstract: "Seasonally adjust a monthly series (X-13-style by default; STL or classical), with Chinese New Year handling.",
        discussion: """
        Default method x13: X-11 on a regARIMA pre-adjustment (airline model, automatic log/none \
        transform, CNY windows chosen by AICc, automatic AO/LS outliers, one year of forecasts), \
        the same adjustment as the report's seasonal section; see the X-13 options.

        Definitional breaks (cnfin data breaks): by default a dataset id is adjusted on the span \
        of its current definition (from its last registered break on) and a note says so; a \
        --from/--to span across a break is an error naming the break. --break-regressors (x13) \
        estimates a level shift at each break instead, --ignore-breaks adjusts across them; \
        growth rates are never computed across a break.

        With --method stl|classical the series is regressed on CNY moving-holiday regressors (share of the window \
        [−B, +A] days around the festival falling in each month, centred on calendar-month \
        means, as X-13's genhol), 11 centred month dummies and a linear trend; the estimated \
        holiday effect is removed and the rest decomposed by STL (default) or classical \
        decomposition. Residual seasonality of the adjusted series is tested automatically \
        (F-test on month dummies and QS, on first differences); p > 0.1 passes. The standard \
        deviations of the adjusted January and February month-on-month changes show what the \
        holiday adjustment removed.

        The series is a dataset id (bundled data, or a dataset directory with --data DIR) or a \
        column of a CSV file (--data FILE.csv --column COL). The months analysed must be \
        consecutive: without --from/--to a series with gaps in its history is adjusted over its \
        longest gap-free span (said in a note); a --from/--to span containing a gap is an error \
        naming the missing months.

        Growth rates of the adjusted series (MoM % and annualised %) are shown only for a stock \
        (a month-end level such as m2 or loans_balance). For a flow (a monthly increment such as \
        loans_increase) the ratio of two adjusted increments is not a growth rate, and for a rate \
        it is the growth of a percentage, so those columns are left out and a note says why. A \
        dataset id's kind comes from the catalog (cnfin data list); for --data FILE.csv give \
        --kind stock|flow|rate — there is no default, because a CSV column's kind is unknown: \
        without --kind the growth columns are left out.

        CSV output columns: month,observed,trend,seasonal,holiday,irregular,adjusted \
        (factors instead of components with --log). JSON: series, span, kind, multiplicative, \
        months, the same columns, mom_growth_pct and annualized_growth_pct (stocks only), \
        coefficients, festival_effects, diagnostics, notes.

        Titles, headers, the X-13 verdict and the notes follow --lang (zh by default, as every cnfin \
        command); CSV headers and JSON keys are the machine keys above in both languages (JSON notes \
        follow --lang).

        Examples:
          cnfin seasonal loans_increase
          cnfin seasonal loans_increase --lang en
          cnfin seasonal m1 --break-regressors --from 2015-01
          cnfin seasonal loans_increase --method stl --cny
          cnfin seasonal tsf_increase --from 2017-01 --format json
          cnfin seasonal loans_increase --no-cny --from 2010-01 --to 2019-12
          cnfin seasonal m2 --log --method classical --format csv
          cnfin seasonal --data tsf.csv --column tsf_increment --date-column date --cny-window 7,15 --robust --kind flow
          cnfin seasonal --data m2.csv --column m2 --kind stock --log
        """
    )

    @OptionGroup var source: SeriesInput

    @OptionGroup var tableOutput: TableOutputOptions

    @OptionGroup var breaks: BreakPolicyOptions

    @Option(help: "Decomposition: x13 (the default: X-11 on a regARIMA pre-adjustment; see the X-13 options), stl or classical.")
    var method: SeasonalMethodOption = .x13

    @OptionGroup(title: "X-13 options (--method x13)") var x13: SeasonalX13Options

    @Option(parsing: .unconditional, help: ArgumentHelp("Seasonal period, \(OptionRange.period.lowerBound)…\(OptionRange.period.upperBound) (default 12; CNY handling needs 12).",
                                                      valueName: "N"), transform: OptionRange.parser(OptionRange.period))
    var period: Int = 12

    @Flag(help: "Robust STL (bisquare outer iterations).")
    var robust = false

    @Flag(inversion: .prefixedNo, help: "Pre-adjust for the Chinese New Year.")
    var cny = true

    @Option(name: .customLong("cny-window"), parsing: .unconditional, help: ArgumentHelp(
        "CNY window: from B days before to A days after the festival (default 5,20).", valueName: "B,A"),
            transform: HolidayDaysOption.parser(days: OptionRange.holidayDays))
    var cnyWindow: HolidayDaysOption?

    @Flag(help: "Adjust in logs (multiplicative); all values must be positive.")
    var log = false

    @Option(help: ArgumentHelp(
        "With --data FILE.csv: what the column measures — stock (a level; growth rates shown), flow or rate (no growth rates). "
            + "No default: without it growth rates are left out. A dataset id's kind comes from the catalog."))
    var kind: SeriesKind?

    @Option(help: "Language of the titles, headers, verdict and notes (CSV headers and JSON keys stay the machine keys).")
    var lang: DisplayLanguage = .zh

    func validate() throws {
        try source.check(reading: .monthly, language: lang)
        if method != .x13 && breaks.breakRegressors {
            throw usageError(
                lang,
                en: "--break-regressors needs --method x13 (stl and classical have no regression for a level shift); "
                    + "use --ignore-breaks or the default span of the current definition",
                zh: "--break-regressors 需要 --method 「x13」（「stl」和「classical」没有水平移动回归）；"
                    + "请用 --ignore-breaks，或使用默认的现行口径区间")
        }
        if cny && period != 12 { throw usageError(lang, en: "CNY handling needs --period 12 (or use --no-cny)", zh: "春节效应处理需要 --period 12（或使用 --no-cny）") }
        if kind != nil, source.seriesID != nil {
            throw usageError(lang, en: "--kind is for --data FILE.csv; a dataset id's kind (stock, flow or rate) comes from the catalog", zh: "--kind 只用于 --data 「CSV」文件；数据集序列的类型（存量、流量或比率）取自序列目录")
        }
    }

    /// What the series measures: the catalog kind of a dataset id, else `--kind` (or unknown).
    func seriesKind(_ span: SeriesSpan) -> SeriesKind? {
        source.seriesID != nil ? span.kind : kind
    }

    /// The `--cny-window` days before and after (default 5,20).
    var window: HolidayDaysOption { cnyWindow ?? HolidayDaysOption(before: 5, after: 20) }

    func run() throws {
        try reportingErrors(language: lang) {
            if format == .xlsx {
                let (tables, input) = try inContext(source.inputLabel) { () throws -> ([Table], SeriesSpan) in
                    if method == .x13 {
                        let (p, input) = try x13Presentation()
                        return (p.tables(language: lang), input)
                    }
                    let (p, input) = try presentation()
                    return (p.tables(language: lang), input)
                }
                try destination.emitWorkbook(tables, currency: input.workbookCurrency, chinese: lang == .zh)
            } else {
                try destination.emit(try inContext(source.inputLabel) { try render() })
            }
        }
    }

    /// The span under the break rule (the library's ``BreakPolicy``, as `arima` and `forecast`).
    func breakSpan() throws -> (span: SeriesSpan, rule: BreakSpan) {
        try source.breakSpan(policy: breaks.policy, allows: method == .x13
            ? BilingualText(en: "--break-regressors (a level shift at the break) or --ignore-breaks (adjust across it as if there were none)",
                            zh: "--break-regressors（在变更处设水平移动）或 --ignore-breaks（视同没有变更，跨越调整）")
            : BilingualText(en: "--ignore-breaks (adjust across it as if there were none)", zh: "--ignore-breaks（视同没有变更，跨越调整）"),
            language: lang)
    }

    /// The adjustment of the chosen span.
    func adjustment() throws -> (span: SeriesSpan, rule: BreakSpan, result: SeasonalAdjustmentResult) {
        let (span, rule) = try breakSpan()
        var holiday: ChineseNewYearRegressors?
        if cny {
            holiday = try ChineseNewYearRegressors(windows: [HolidayWindow(daysBefore: window.before, daysAfter: window.after)])
        }
        let model = try SeasonalAdjustment(period: period, method: method.decomposition ?? .stl,
                                           robust: robust, holiday: holiday, logTransform: log)
        do {
            return (span, rule, try model.fit(rule.values, start: rule.start, kind: seriesKind(span)))
        } catch {
            if case let .tooShort(name, _, required) = error, rule.startBreak != nil {
                throw SeriesInput.tooShortSinceBreak(
                    span, rule, minimum: required, method: BilingualText(en: name, zh: SeasonalError.chineseMethodName(name)),
                    allows: BilingualText(en: "--ignore-breaks, or --method x13 --break-regressors",
                                          zh: "--ignore-breaks，或 --method x13 --break-regressors"),
                    language: lang)
            }
            throw error
        }
    }

    /// The rendered output.
    func render() throws -> String {
        if method == .x13 {
            let (p, input) = try x13Presentation()
            switch format.textFormat {
            case .json: return p.json(language: lang).serialized() + "\n"
            case .csv: return p.seriesTable(exact: true).rendered(as: .csv)
            case let f: return input.header(language: lang, format: f)
                + p.tables(language: lang).map { $0.rendered(as: f) }.joined(separator: "\n")
            }
        }
        let (presentation, input) = try presentation()
        let format = self.format.textFormat
        switch format {
        case .json: return presentation.json(language: lang).serialized() + "\n"
        case .csv: return presentation.seriesTable(exact: true).rendered(as: .csv)
        default: return input.header(language: lang, format: format)
            + presentation.tables(language: lang).map { $0.rendered(as: format) }.joined(separator: "\n")
        }
    }

    /// The adjustment's tables and notes (the library's ``SeasonalAdjustmentSummary``), with the span adjusted
    /// (whose dataset status gives the header).
    func presentation() throws -> (summary: SeasonalAdjustmentSummary, input: SeriesSpan) {
        let (span, rule, result) = try adjustment()
        var notes = span.notes
        if let note = rule.breakNote { notes.append(note) }
        if result.monthOnMonthGrowth != nil, !rule.breakMonths.isEmpty {
            notes.append(SeasonalNote.noGrowthAcrossBreaks(rule.breakMonths))
        }
        if !result.hasGrowthRates {
            let reason = SeasonalNote.growthOmitted(kind: result.kind)
            if result.kind == nil {
                // A CSV column: the command's hint, in both languages.
                notes.append(BilingualNote(zh: reason.text(in: .zh) + "（若\(span.name)是水平值如余额，请加 --kind stock）",
                                           en: reason.text(in: .en) + " (give --kind stock if \(span.name) is a level, e.g. a balance)"))
            } else {
                notes.append(reason)
            }
        }
        return (SeasonalAdjustmentSummary(series: span.label, start: rule.start, end: rule.end, method: method.decomposition ?? .stl,
                                          robust: robust, holidayWindow: cny ? (before: window.before, after: window.after) : nil, result: result, notes: notes,
                                          breakMonths: Set(rule.breakMonths)), span)
    }
}
