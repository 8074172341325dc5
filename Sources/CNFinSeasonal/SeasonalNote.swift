import CNFinOutput
import CNFinSeries
import CNFinSupport

/// A note on a seasonal adjustment, as data; ``text(in:)`` writes it in the reader's language.
public enum SeasonalNote: LocalizedNote, Hashable {
    /// No growth rates: the series is not a stock (or its kind is unknown); see
    /// ``SeasonalAdjustmentResult/growthOmissionReason``.
    case growthOmitted(kind: SeriesKind?)
    /// Growth rates of the adjusted series are shown for stocks only (X-13 output).
    case growthForStocksOnly
    /// No growth rate at the first month of each definitional break inside the span.
    case noGrowthAcrossBreaks([Month])
    /// The Chinese New Year windows compared by AICc, and the one chosen.
    case holidayChoice(candidates: [Candidate], chosen: ChineseNewYearSpec)

    /// A CNY window compared by AICc.
    public struct Candidate: Sendable, Hashable {
        public var spec: ChineseNewYearSpec
        public var aicc: Double
        public init(spec: ChineseNewYearSpec, aicc: Double) {
            self.spec = spec
            self.aicc = aicc
        }
    }

    public func text(in language: DisplayLanguage) -> String {
        let zh = language == .zh
        switch self {
        case let .growthOmitted(kind):
            if !zh { return SeasonalAdjustmentResult.growthOmissionReason(kind) ?? "" }
            switch kind {
            case .stock: return ""
            case .flow:
                return "不显示增长率：该序列是流量（月度增量）而非水平值——两个调整后增量之比不是增长率（接近零时发散，随符号变化而翻转），"
                    + "年化则把该比值复合十二次；增长率仅对存量（水平值）序列显示"
            case .rate:
                return "不显示增长率：该序列是比率，百分比的增长率没有意义——请改为比较调整后数值的百分点差"
            case nil:
                return "不显示增长率：未给出序列类型（存量、流量或比率）；增长率仅对存量（水平值）序列显示"
            }
        case .growthForStocksOnly:
            return zh ? "调整后序列的增长率仅对存量序列显示" : "growth rates of the adjusted series are shown for stocks only"
        case let .noGrowthAcrossBreaks(months):
            if zh { return "统计口径变更处（" + months.map { "\($0.year)年\($0.month)月" }.joined(separator: "、") + "）不计算增长率" }
            return "no growth rate across the definitional break(s) at " + months.map(\.description).joined(separator: ", ")
        case let .holidayChoice(candidates, chosen):
            let list = candidates.map { "\($0.spec.label(language)) \(NumberText.fixed($0.aicc, digits: 2))" }
            if zh { return "按 AICc 选择春节窗口：" + list.joined(separator: "，") + " → \(chosen.label(language))" }
            return "CNY windows chosen by AICc: " + list.joined(separator: ", ") + " → \(chosen.label)"
        }
    }
}

extension ChineseNewYearSpec {
    /// The label in `language`: ``label`` in English; in Chinese `分段[-10,-1][0,+20]`, `窗口[-5,+20]`, `无`.
    public func label(_ language: DisplayLanguage) -> String {
        guard language == .zh else { return label }
        switch self {
        case .none: return "无"
        case let .window(b, a): return "窗口[-\(b),+\(a)]"
        case let .split(b, a): return "分段[-\(b),-1][0,+\(a)]"
        case .automatic: return "自动"
        }
    }
}

/// Cells of the seasonal tables: fixed decimals for display, the shortest round-trip text when `digits` is `nil`.
enum SeasonalCell {
    static func cell(_ value: Double, _ digits: Int?) -> TableCell {
        guard value.isFinite else { return .missing }
        return .number(value, formatted: digits.map { NumberText.fixed(value, digits: $0) } ?? JSONValue.numberText(value))
    }

    /// The decimals of a column of values in the series' unit (observed, adjusted, trend, cycle; additive
    /// components): those of the unit (亿元 amounts 2, as the PBoC's tables and `cnfin data show` print them;
    /// rates and percentage points 1 — ``CNFinOutput/NumberFormat/forUnit(_:)``), 3 for a unit without a rule
    /// (a CSV column of unknown unit).
    static func decimals(unit: SeriesUnit?) -> Int {
        guard let unit, let format = NumberFormat.forUnit(unit.description), case let .decimals(d) = format.precision else { return 3 }
        return d
    }

    static func columns(_ names: [String], leftAligned: Int = 1) -> [TableColumn] {
        names.enumerated().map { TableColumn($1, alignment: $0 < leftAligned ? .left : .right) }
    }
}
