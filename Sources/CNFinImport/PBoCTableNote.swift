import CNFinSeries
import CNFinSpreadsheet
import CNFinSupport

/// The note `cnfin import` and `cnfin update` write on standard error for each recognised table: its
/// kind, unit, months, figures and the rows without a catalog series — as data, written in the reader's
/// language by ``text(in:)``.
public struct PBoCTableNote: LocalizedNote, Hashable {
    /// The table.
    public var table: PBoCTable

    public init(_ table: PBoCTable) {
        self.table = table
    }

    public func text(in language: DisplayLanguage) -> String {
        let t = table
        let zh = language == .zh
        let first = t.months.first, last = t.months.last
        if zh {
            let span = first.flatMap { a in last.map { b in "，\(a.year)年\(a.month)月至\(b.year)年\(b.month)月" } } ?? ""
            let skipped = t.unmapped.isEmpty ? "" : "；\(t.unmapped.count)行没有对应的目录序列"
            return "\(t.file)［\(t.sheet)］：\(Self.kindName(t.kind, zh: true))，单位\(t.unit.rawValue)\(span)，"
                + "\(t.observations.count)个数字\(skipped)"
        }
        let span = first.flatMap { a in last.map { b in " \(a)…\(b)" } } ?? ""
        let skipped = t.unmapped.isEmpty ? "" : "; \(t.unmapped.count) row(s) without a catalog series"
        return "\(t.file) [\(t.sheet)]: \(Self.kindName(t.kind, zh: false)), unit \(t.unit.rawValue),\(span), "
            + "\(t.observations.count) figure(s)\(skipped)"
    }

    /// The table kind as the PBoC's Chinese and English statistics name it.
    static func kindName(_ kind: PBoCTableKind, zh: Bool) -> String {
        switch kind {
        case .moneySupply: return zh ? "货币供应量" : "money supply"
        case .creditFundsRMB: return zh ? "金融机构人民币信贷收支表" : "sources and uses of RMB credit funds of financial institutions"
        case .creditFundsAllCurrencies:
            return zh ? "金融机构本外币信贷收支表" : "sources and uses of credit funds of financial institutions (RMB and foreign currencies)"
        case .tsfFlow: return zh ? "社会融资规模增量统计表" : "aggregate financing to the real economy (flow)"
        case .tsfStock: return zh ? "社会融资规模存量统计表" : "aggregate financing to the real economy (stock)"
        case .cnfinExport: return zh ? "由本工具导出的表（月份×序列）" : "cnfin table (month × series ids)"
        }
    }
}
