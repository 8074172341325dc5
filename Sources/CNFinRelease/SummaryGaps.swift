import CNFinDatasets
import CNFinOutput
import CNFinSeries

/// Why a cell of a summary table is empty, and the grouped footnotes that say so in the reader's
/// language: a missing figure prints `—` and is listed once under its table, by figure name, under
/// one of three reasons.
struct SummaryGaps {
    /// The reason a figure is missing for the month.
    enum Reason: Int, CaseIterable {
        /// The series ends before the month (the release is newer than the data).
        case notYetInData
        /// The month lies in a registered break window of the series.
        case notComparable
        /// The series has data after the month but not for it.
        case notPublished

        func text(zh: Bool) -> String {
            switch self {
            case .notYetInData: return zh ? "该月数据尚未收入" : "not yet in the data for this month"
            case .notComparable: return zh ? "口径变化，不可比" : "not comparable because of a definitional break"
            case .notPublished: return zh ? "人民银行未公布" : "not published by the PBoC"
            }
        }
    }

    /// The placeholder of a missing figure.
    static let marker = "—"

    let dataset: Dataset
    let month: Month
    let zh: Bool
    private(set) var missing: [Reason: [String]] = [:]

    init(dataset: Dataset, month: Month, zh: Bool) {
        self.dataset = dataset
        self.month = month
        self.zh = zh
    }

    /// Why `seriesID` has no figure at the month.
    func reason(_ seriesID: String) -> Reason {
        guard let series = dataset.seriesByID[seriesID], let last = series.trimmed().end else { return .notYetInData }
        if last < month { return .notYetInData }
        if dataset.breaks.contains(where: { $0.affects(seriesID) && $0.covers(month) && $0.kind != .vintage }) {
            return .notComparable
        }
        return .notPublished
    }

    /// `cell` when it holds a number; otherwise the marker, and `name` is listed under the reason of
    /// `seriesID`.
    mutating func cell(_ cell: TableCell, name: String, seriesID: String) -> TableCell {
        guard case .missing = cell else { return cell }
        let why = reason(seriesID)
        if !(missing[why] ?? []).contains(name) { missing[why, default: []].append(name) }
        return .text(Self.marker)
    }

    /// One footnote per reason: `—：该月数据尚未收入（住户贷款增加、…）`.
    var notes: [String] {
        Reason.allCases.compactMap { why in
            guard let names = missing[why], !names.isEmpty else { return nil }
            return zh ? "\(Self.marker)：\(why.text(zh: true))（\(names.joined(separator: "、"))）"
                      : "\(Self.marker): \(why.text(zh: false)) (\(names.joined(separator: "; ")))"
        }
    }
}
