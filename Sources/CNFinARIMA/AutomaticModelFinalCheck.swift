import CNFinSeries
import Foundation
import CNFinSupport

extension AutomaticModelSelection {
    /// What one of X-13's final checks on the automatically chosen model changed (X-13ARIMA-SEATS
    /// Reference Manual, `automdl`: the check for a regular AR root near the unit circle and the check
    /// for insignificant highest-order ARMA coefficients), as a note in the reader's language.
    public enum FinalCheck: LocalizedNote, Hashable {
        /// A regular AR factor had a real root of modulus within `limit` of the unit circle: one AR
        /// order became a regular difference.
        case nearUnitRoot(limit: Double, from: ARIMAOrder, to: ARIMAOrder)
        /// The highest-order coefficient of a regular/seasonal AR/MA part had |t| below `limit` and
        /// was dropped.
        case droppedInsignificant(limit: Double, from: ARIMAOrder, to: ARIMAOrder)

        public func text(in language: DisplayLanguage) -> String {
            switch (self, language) {
            case let (.nearUnitRoot(limit, from, to), .en):
                return "regular AR root within \(limit) of the unit circle: \(from) → \(to)"
            case let (.nearUnitRoot(limit, from, to), .zh):
                return "非季节AR根距单位圆不足\(limit)，改为一阶差分：\(from) → \(to)"
            case let (.droppedInsignificant(limit, from, to), .en):
                return "highest-order coefficients with |t| < \(limit) dropped: \(from) → \(to)"
            case let (.droppedInsignificant(limit, from, to), .zh):
                return "剔除 |t| < \(limit) 的最高阶系数：\(from) → \(to)"
            }
        }
    }
}
