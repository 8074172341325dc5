import CNFinSupport

/// Why a workbook could not be read, recognised or written.
///
/// Every case names the file (as given by the caller) and, where it applies,
/// the sheet and the cell (A1 notation), so a message points at the input.
public enum SpreadsheetError: Error, Sendable, Equatable, LocalizedMessage {
    /// The file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// The first bytes match no supported format (ZIP/OOXML or OLE2/BIFF8).
    case unknownFormat(file: String, reason: String)
    /// The ZIP container is truncated or corrupt.
    case corruptArchive(file: String, reason: String)
    /// The workbook is encrypted or password-protected.
    case encrypted(file: String)
    /// A part of the workbook is missing or malformed.
    case malformed(file: String, part: String, reason: String)
    /// The workbook exceeds a reading limit (rows, cells, uncompressed size).
    case limitExceeded(file: String, sheet: String, cell: String, limit: String)
    /// An `.xls` file (OLE2 container or BIFF8 records) is damaged or of an unsupported version; the reason says where.
    case xlsFailed(file: String, sheet: String, reason: String)
    /// The table is not one of the PBoC kinds cnfin recognises.
    case unknownTable(file: String, sheet: String, found: String)
    /// The table's layout is recognised but a part cannot be read.
    case tableLayout(file: String, sheet: String, cell: String, reason: String)
    /// A sheet name that Excel would reject.
    case invalidSheetName(name: String, reason: String)
    /// libxlsxwriter or the file system refused the output.
    case writeFailed(path: String, reason: String)

    public var description: String { message(in: .en) }

    /// The message in `language`; in Chinese file, sheet and part names, the cell and the reasons
    /// (English texts carried as data) appear verbatim inside 「」.
    public func message(in language: DisplayLanguage) -> String {
        if language == .zh { return chinese }
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read (\(reason))"
        case .unknownFormat(let file, let reason):
            return "\(file): not a spreadsheet cnfin can read (\(reason))"
        case .corruptArchive(let file, let reason):
            return "\(file): corrupt or truncated .xlsx (ZIP) archive: \(reason)"
        case .encrypted(let file):
            return "\(file): the workbook is encrypted (password-protected); save an unencrypted copy"
        case .malformed(let file, let part, let reason):
            return "\(file): \(part): \(reason)"
        case .limitExceeded(let file, let sheet, let cell, let limit):
            return "\(file): sheet \"\(sheet)\", cell \(cell): over the limit of \(limit)"
        case .xlsFailed(let file, let sheet, let reason):
            return sheet.isEmpty ? "\(file): cannot read the .xls workbook: \(reason)"
                : "\(file): sheet \"\(sheet)\": cannot read the .xls sheet: \(reason)"
        case .unknownTable(let file, let sheet, let found):
            return "\(file): sheet \"\(sheet)\": not a PBoC table cnfin knows (货币供应量, 信贷收支表, 社会融资规模增量/存量统计表); found \(found)"
        case .tableLayout(let file, let sheet, let cell, let reason):
            return "\(file): sheet \"\(sheet)\", cell \(cell): \(reason)"
        case .invalidSheetName(let name, let reason):
            return "invalid sheet name \"\(name)\": \(reason)"
        case .writeFailed(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }

    private var chinese: String {
        switch self {
        case .unreadable(let file, let reason):
            return "「\(file)」：无法读取（" + ChineseWording.systemReason(reason) + "）"
        case .unknownFormat(let file, let reason):
            return "「\(file)」：不是本工具能读取的电子表格（「\(reason)」）"
        case .corruptArchive(let file, let reason):
            return "「\(file)」：「.xlsx」压缩包损坏或不完整：「\(reason)」"
        case .encrypted(let file):
            return "「\(file)」：工作簿已加密（有密码保护）；请另存一份未加密的副本"
        case .malformed(let file, let part, let reason):
            return "「\(file)」：「\(part)」缺失或格式有误：「\(reason)」"
        case .limitExceeded(let file, let sheet, let cell, let limit):
            return "「\(file)」：工作表「\(sheet)」单元格「\(cell)」：超过上限「\(limit)」"
        case .xlsFailed(let file, let sheet, let reason):
            return sheet.isEmpty ? "「\(file)」：无法读取「.xls」工作簿：「\(reason)」"
                : "「\(file)」：工作表「\(sheet)」：无法读取该「.xls」工作表：「\(reason)」"
        case .unknownTable(let file, let sheet, let found):
            return "「\(file)」：工作表「\(sheet)」不是本工具能识别的人民银行报表（货币供应量、信贷收支表、社会融资规模增量/存量统计表）；"
                + "实际为「\(found)」"
        case .tableLayout(let file, let sheet, let cell, let reason):
            return "「\(file)」：工作表「\(sheet)」单元格「\(cell)」：「\(reason)」"
        case .invalidSheetName(let name, let reason):
            return "工作表名称「\(name)」无效：「\(reason)」"
        case .writeFailed(let path, let reason):
            return "无法写入「\(path)」：「\(reason)」"
        }
    }
}
