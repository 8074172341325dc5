import CNFinOutput
import CNFinSeries
import CNFinSupport

/// A note on a regARIMA fit, as data: what was chosen automatically (transform, outliers, model) and
/// which ARMA factors ended on the unit circle. ``text(in:)`` writes it in the reader's language.
public enum RegARIMANote: LocalizedNote {
    /// An ARMA factor of the model.
    public enum Factor: String, Sendable, Hashable {
        case ar, seasonalAR, ma, seasonalMA

        func name(_ language: DisplayLanguage) -> String {
            switch (self, language) {
            case (.ar, .en): return "AR"
            case (.seasonalAR, .en): return "seasonal AR"
            case (.ma, .en): return "MA"
            case (.seasonalMA, .en): return "seasonal MA"
            case (.ar, .zh): return "AR"
            case (.seasonalAR, .zh): return "季节 AR"
            case (.ma, .zh): return "MA"
            case (.seasonalMA, .zh): return "季节 MA"
            }
        }

        var isMA: Bool { self == .ma || self == .seasonalMA }
    }

    /// The factor's roots are on the unit circle (within 1e-4): its standard errors are not meaningful.
    case unitCircle(factor: Factor, parameters: [String])
    /// The transform chosen by AICc as X-13's `transform{function=auto}` (logs unless no transform is
    /// better by more than 2).
    case transformChoice(aiccNone: Double, aiccLog: Double, chosen: RegARIMAModel.Transform)
    /// No log transform: the span has zero or negative values.
    case noLogForNonPositive
    /// The automatic outlier search: the types searched, the critical |t| and the outliers found.
    case automaticOutliers(types: [OutlierRegressor.Kind], criticalValue: Double?, found: [String])
    /// Exact ties of the automatic outlier search: the outlier added and the candidates with the
    /// same |t| (equivalent models; ``OutlierDetection/Tie``).
    case outlierTies([OutlierDetection.Tie])
    /// The automatic model selection (X-13's automdl procedure).
    case modelSelection(AutomaticModelSelection.Result)

    public func text(in language: DisplayLanguage) -> String {
        let zh = language == .zh
        switch self {
        case let .unitCircle(factor, parameters):
            let params = parameters.joined(separator: ", ")
            if zh {
                return "\(factor.name(language)) 因子（\(params)）位于单位圆上："
                    + (factor.isMA ? "数据与过度差分的模型一致（季节 MA：固定的季节模式）；" : "")
                    + "其标准误没有意义"
            }
            return "the \(factor.name(language)) factor (\(params)) is on the unit circle: "
                + (factor.isMA ? "the data are consistent with an over-differenced model (for the seasonal MA: a fixed seasonal pattern); " : "")
                + "its standard errors are not meaningful"
        case let .transformChoice(none, log, chosen):
            let n = NumberText.fixed(none, digits: 2), l = NumberText.fixed(log, digits: 2)
            if zh {
                return "按 AICc 选择变换（同 X-13 的自动变换检验：除非不变换的 AICc 小 2 以上，否则取对数）："
                    + "不变换 AICc \(n)，取对数 \(l) → \(chosen == .log ? "取对数" : "不变换")"
            }
            return "transform chosen by AICc as X-13's transform{function=auto} (logs unless no transform is better by more than 2): "
                + "AICc none \(n), log \(l) → \(chosen.rawValue)"
        case .noLogForNonPositive:
            return zh ? "不取对数：区间内有零或负值" : "no log transform: the span has zero or negative values"
        case let .automaticOutliers(types, cv, found):
            let kinds = types.map(\.rawValue).joined(separator: ", ")
            let critical = cv.map { NumberText.fixed($0, digits: 2) }
            if zh {
                let inner = [kinds.isEmpty ? nil : kinds, critical.map { "临界 |t| \($0)" }].compactMap { $0 }.joined(separator: "，")
                return "自动离群值检测" + (inner.isEmpty ? "" : "（\(inner)）") + "："
                    + (found.isEmpty ? "未发现" : found.joined(separator: "、"))
            }
            return "automatic outliers" + (critical.map { " (\(kinds), critical |t| \($0))" } ?? "") + ": "
                + (found.isEmpty ? "none found" : found.joined(separator: ", "))
        case let .outlierTies(ties):
            let list = ties.map { tie in
                let t = NumberText.fixed(tie.t, digits: 2)
                return zh ? "\(tie.chosen) 与 \(tie.alternatives.joined(separator: "、")) 的 t 值同为 \(t)"
                    : "\(tie.chosen) and \(tie.alternatives.joined(separator: ", ")) (t = \(t) each)"
            }
            if zh {
                return "离群值检测遇到 t 值相同的候选（加入任一个，模型相同）：" + list.joined(separator: "；")
                    + "。取较早者；X-13 由舍入误差决定取哪一个，其结果可能不同"
            }
            return "the outlier search met candidates with equal t (adding either gives the same model): "
                + list.joined(separator: "; ") + ". cnfin takes the earlier; X-13 decides by rounding and may take the other"
        case let .modelSelection(s):
            let ranked = s.candidates.sorted { $0.normalizedBIC < $1.normalizedBIC }.prefix(5)
                .map { "\($0.order) \(NumberText.fixed($0.normalizedBIC, digits: 4))" }
            let constantT = NumberText.fixed(abs(s.constantT), digits: 2)
            let airline = NumberText.fixed(s.airline.normalizedBIC, digits: 4)
            if zh {
                return "自动模型选择（X-13 的自动模型识别程序）：由单位根拟合定差分阶数 d = \(s.regularDifference)，D = \(s.seasonalDifference)；"
                    + "趋势常数\(s.hasConstant ? "保留" : "不保留")（|t| \(constantT)，对比 1.96）；"
                    + "\(s.candidates.count) 个候选模型，按 BIC/N 最优：\(ranked.joined(separator: "、"))；航空模型 \(airline)"
                    + (s.choseAirline ? "；识别出的 \(s.identified.order) 未通过 5% 的 Ljung–Box 检验而航空模型通过：保留航空模型" : "")
                    + s.finalChecks.map { "；最终检查：\($0.text(in: .zh))" }.joined()
                    + "；选定 \(s.fit.order)"
            }
            return "automatic model (X-13 automdl procedure): differencing d = \(s.regularDifference), D = \(s.seasonalDifference) by unit-root fits; "
                + "trend constant \(s.hasConstant ? "kept" : "not kept") (|t| \(constantT) vs 1.96); "
                + "\(s.candidates.count) candidates, best by BIC/N: \(ranked.joined(separator: ", ")); "
                + "airline \(airline)"
                + (s.choseAirline ? "; the identified \(s.identified.order) fails Ljung–Box at 5 % and the airline passes: airline kept" : "")
                + s.finalChecks.map { "; final check: \($0.text(in: .en))" }.joined()
                + "; chosen \(s.fit.order)"
        }
    }
}
