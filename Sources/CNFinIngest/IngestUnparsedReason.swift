import CNFinDatasets
import CNFinSeries
import CNFinSupport

/// Why a clause with a figure was not attributed to a series, measure and month — kept as data (the
/// words, months and series it is about) and written in the reader's language by ``text(in:)``.
///
/// The English sentence names the parser's subject (`RMB loans`); the Chinese one names it by the
/// catalog's `name_zh` of its series, never by an id (a subject's two names are a ``BilingualNote``). Words quoted from the release text stay as printed.
public enum IngestUnparsedReason: LocalizedNote, Hashable {
    /// An amount in a foreign currency (美元, US dollars): no catalog series.
    case foreignCurrency
    /// A list (分别 …, "respectively") whose figures cannot be told apart.
    case ambiguousList(chinese: Bool)
    /// A share of a total (占比): no series.
    case share(chinese: Bool)
    /// A change of a share: no series.
    case shareChange(chinese: Bool)
    /// Words before the figure that name nothing the parser knows.
    case unrecognisedWords(String)
    /// A sub-item (其中 …) with no household or corporate loan total before it; the words of the sub-item
    /// when the text names it.
    case orphanSubItem(String?)
    /// The figure's subject (quoted from the text) is not a catalog series.
    case notACatalogSeries(String)
    /// No subject at all.
    case noSubject
    /// 持平 (unchanged) without a comparison before it.
    case unchangedWithoutComparison(chinese: Bool)
    /// 持平 / "unchanged" with no growth rate or flow before it.
    case unchangedWithoutReference(chinese: Bool)
    /// No measure word (余额, 增加, 同比增长, outstanding …).
    case noMeasure(chinese: Bool)
    /// A period (quoted from the text) that is not a month, a month-end or a year-to-date period.
    case unsupportedPeriod(String)
    /// The subject has no series of the kind the figure states.
    case noSeries(ReasonSeriesKind, subject: BilingualNote)
    /// The wording fits a level and a flow alike.
    case levelOrFlow(subject: BilingualNote)
    /// The unit (the text after the number) does not fit the wording.
    case unitDoesNotFit(wording: String, unit: String)
    /// Neither the text nor `--month` gives the figure's month or year.
    case noMonth
    /// The text dates the figure `dated`, another month than the `given` one.
    case otherMonth(dated: Month, given: Month)
    /// A comparison with `base`, not with the year before `year`.
    case otherBaseYear(base: Int, year: Int)

    /// The kind of series a figure would need.
    public enum ReasonSeriesKind: LocalizedNote, Hashable {
        case level, flow, yearToDate, yearOnYear
        /// The series of this measure.
        case measure(FigureMeasure)

        /// The kind as a reader names it: `flow` / 增量, a measure by its label.
        public func text(in language: DisplayLanguage) -> String {
            let zh = language == .zh
            switch self {
            case .level: return zh ? "余额" : "level"
            case .flow: return zh ? "增量" : "flow"
            case .yearToDate: return zh ? "年初至今累计" : "year-to-date"
            case .yearOnYear: return zh ? "同比增速" : "year-on-year"
            case .measure(let m): return m.label(in: language)
            }
        }
    }

    public func text(in language: DisplayLanguage) -> String {
        language == .zh ? chinese : english
    }

    private var english: String {
        switch self {
        case .foreignCurrency: return "an amount in a foreign currency"
        case .ambiguousList(let zh): return zh ? "a list (分别 …个和…个百分点) whose comparisons cannot be told apart"
            : "a list closed by \"respectively\""
        case .share(let zh): return zh ? "a share of a total (占比) has no series" : "a share of a total has no series"
        case .shareChange(let zh): return zh ? "a change of a share (占比) has no series" : "a change of a share has no series"
        case .unrecognisedWords(let words): return "unrecognised words \"\(words)\""
        case .orphanSubItem(let words):
            return "a sub-item (\(words ?? "其中 …")) without a household or corporate loan total before it"
        case .notACatalogSeries(let words): return "the subject \"\(words)\" is not a catalog series"
        case .noSubject: return "no subject (which series?) for this figure"
        case .unchangedWithoutComparison: return "持平 (unchanged) without a comparison (同比, 与上月末, 与上年同期 …) before it"
        case .unchangedWithoutReference(let zh):
            return (zh ? "持平 (unchanged)" : "\"unchanged\" / \"the same as\"")
                + " with no growth rate or flow before it: cannot tell what is unchanged"
        case .noMeasure(let zh):
            return zh ? "no measure (余额/增加/同比增长 …) for this figure" : "no measure (increase, outstanding, year on year …) for this figure"
        case .unsupportedPeriod(let period): return "the period \"\(period)\" is not a month, a month-end or a year-to-date period"
        case let .noSeries(kind, subject):
            return "no \(kind.text(in: .en)) series for \(subject.en) in the catalog"
        case .levelOrFlow(let subject): return "cannot tell a level from a flow for \(subject.en)"
        case let .unitDoesNotFit(wording, unit): return "the unit does not fit the wording (\(wording) with \(unit))"
        case .noMonth: return "no month or year for this figure: the text does not date it and no month was given"
        case let .otherMonth(dated, given): return "dated \(dated) by the text, not the month given (\(given))"
        case let .otherBaseYear(base, year): return "a comparison with \(base), not with the year before \(year): not a year-on-year change"
        }
    }

    private var chinese: String {
        switch self {
        case .foreignCurrency: return "外币金额，没有对应的序列"
        case .ambiguousList: return "“分别”列举的几个数字无法逐一对应"
        case .share: return "占比没有对应的序列"
        case .shareChange: return "占比的变动没有对应的序列"
        case .unrecognisedWords(let words): return "无法识别的词语“\(words)”"
        case .orphanSubItem: return "“其中”所列分项之前没有住户贷款或企（事）业单位贷款的总量"
        case .notACatalogSeries(let words): return "“\(words)”不是数据目录中的序列"
        case .noSubject: return "数字没有主语（不知是哪个序列）"
        case .unchangedWithoutComparison: return "“持平”之前没有比较对象（同比、与上月末、与上年同期等）"
        case .unchangedWithoutReference: return "“持平”之前没有增速或增量，无法判断何者持平"
        case .noMeasure: return "数字没有口径（余额、增加、同比增长等）"
        case .unsupportedPeriod(let period): return "期间“\(period)”不是月份、月末或年初至今"
        case let .noSeries(kind, subject):
            return "数据目录中没有\(subject.zh)的\(kind.text(in: .zh))序列"
        case .levelOrFlow(let subject): return "无法判断\(subject.zh)的数字是余额还是增量"
        case let .unitDoesNotFit(_, unit): return "单位“\(unit)”与措辞不符"
        case .noMonth: return "数字没有月份或年份（请指定数据月份）"
        case let .otherMonth(dated, given):
            return "原文所属月份为\(dated.year)年\(dated.month)月，而非指定的\(given.year)年\(given.month)月"
        case let .otherBaseYear(base, year): return "与\(base)年比较，而非与\(year)年的上一年比较：不是同比变动"
        }
    }
}

extension BilingualNote {
    /// The bundled catalog's names (`name_zh`, `name_en`) by id, read once.
    static let catalogNames: [String: BilingualNote] = {
        let catalog = (try? SeriesRegistry.catalog()) ?? []
        return Dictionary(catalog.map { ($0.id, BilingualNote(zh: $0.nameZh, en: $0.nameEn)) }, uniquingKeysWith: { a, _ in a })
    }()

    /// The name of series `id` as a reader sees it: the bundled catalog's `name_zh` / `name_en` (the id
    /// itself for a series the catalog does not name) — never the id in Chinese for a catalog series.
    public static func seriesName(_ id: String) -> BilingualNote {
        catalogNames[id] ?? BilingualNote(zh: id, en: id)
    }
}
