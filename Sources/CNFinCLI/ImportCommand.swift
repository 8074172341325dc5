import ArgumentParser
import CNFin
import Foundation

/// `cnfin import FILE…`: reads PBoC tables (.xls/.xlsx) and release texts,
/// checks their figures and merges them into a dataset directory — the
/// contract and output of `cnfin ingest`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import PBoC tables (.xls, .xlsx) and release texts: check their figures, add them to a dataset.",
        discussion: """
        Each file is classified by its first bytes, not its extension: a workbook (.xlsx ZIP or .xls \
        BIFF8) is read and each sheet recognised as a PBoC table — 货币供应量, 金融机构人民币信贷收支表 \
        (本外币 tables are recognised but hold no catalog series), 社会融资规模增量统计表 or \
        社会融资规模存量统计表 — from its title and labels (Chinese or English), its unit (亿元, 万亿元, %) \
        and its month labels (2023.05, 2023年5月, and 2000.1 read as October); anything else is read as a \
        release text, as by cnfin ingest. Figures are reported in the catalog unit with the cell they came \
        from (Sheet1!B12).

        --check, --into DIR and --revise work as for cnfin ingest: a figure that disagrees with a stored \
        value by more than its rounding is refused and nothing is written, unless --revise, which logs \
        the old value in DIR/revisions.csv. Files are replaced atomically.

        --lang zh|en (default zh): the language of the text tables (series by name, measures by label), \
        of the note on each recognised table and of the other notes; CSV headers, JSON keys, ids and \
        measure keys stay the same in both languages.

        Examples:
          cnfin import 货币供应量2023.xlsx --check
          cnfin import 社会融资规模增量统计表.xlsx 金融机构人民币信贷收支表.xls --into mydata
          cnfin import tables/*.xls release.txt --into mydata --revise --format json
          cnfin import unknown.xlsx --cells
          cnfin import 货币供应量2020.xls --check --format xlsx --output checked.xlsx
          cnfin import 货币供应量2023.xlsx --check --lang en
        """
    )


    @Argument(help: "Workbooks (.xls, .xlsx), release texts, or directories of them.")
    var files: [String]

    @Flag(help: "Compare each figure with the dataset (agree / disagree / new).")
    var check = false

    @OptionGroup var merge: FigureMergeOptions

    @Flag(help: "Only list every non-empty cell of the workbooks as CSV (file,sheet,cell,type,value,format); no import.")
    var cells = false

    func validate() throws {
        if files.isEmpty { throw usageError(merge.lang, en: "give at least one file", zh: "请至少给出一个文件") }
        if files.contains("-") { throw usageError(merge.lang, en: "import reads files; pipe release texts to cnfin ingest -", zh: "导入命令只读文件；发布稿文本请通过管道交给「cnfin ingest -」") }
        try merge.requireDirectoryForRevise()
    }

    func run() throws {
        try reportingErrors(language: merge.lang) {
            let destination = merge.destination
            if cells {
                if destination.writesFile {
                    // one atomic write of every workbook's cells
                    var all = Data((destination.bom ? OutputOptions.byteOrderMark : "").utf8)
                    for file in files { try listCells(file) { all.append($0) } }
                    try destination.emit(all)
                } else {
                    if destination.bom { writeStandardOutput(OutputOptions.byteOrderMark) }
                    for file in files { try listCells(file) { FileHandle.standardOutput.write($0) } }
                }
                return
            }
            let input = try TableImporter.read(paths: TableImporter.inputFiles(files), month: merge.month)
            for table in input.tables { merge.note(PBoCTableNote(table)) }
            if input.figures.isEmpty { throw TableImportError.nothingImported(files: files) }
            try merge.checkMergeAndEmit(input.figures, unparsed: input.unparsed, conflicts: input.conflicts, check: check) {
                try Dataset.bundled()
            }
        }
    }

    /// Writes the cells of one workbook as CSV to `sink` (in pieces of about 1 MiB).
    func listCells(_ file: String, to sink: (Data) -> Void) throws {
        let workbook = try SpreadsheetReader.read(path: file)
        var out: [UInt8] = []
        out.reserveCapacity(1 << 21)
        out += Array("file,sheet,cell,type,value,format\n".utf8)
        let fileField = Self.csvField(file)
        for sheet in workbook.sheets {
            let sheetField = Self.csvField(sheet.name)
            for cell in sheet.cells {
                let (type, value): (String, String)
                switch cell.value {
                case .text(let s): (type, value) = ("text", s)
                case .number(let x): (type, value) = ("number", NumberText.shortest(x))
                case .boolean(let b): (type, value) = ("boolean", b ? "TRUE" : "FALSE")
                case .error(let e): (type, value) = ("error", e)
                case .date(let d): (type, value) = ("date", d)
                }
                out += fileField
                out.append(UInt8(ascii: ","))
                out += sheetField
                out.append(UInt8(ascii: ","))
                out += cell.reference.description.utf8
                out.append(UInt8(ascii: ","))
                out += type.utf8
                out.append(UInt8(ascii: ","))
                out += Self.csvField(value)
                out.append(UInt8(ascii: ","))
                if let code = cell.numberFormat?.code { out += Self.csvField(code) }
                out.append(10)
                if out.count > 1 << 20 {
                    sink(Data(out))
                    out.removeAll(keepingCapacity: true)
                }
            }
        }
        sink(Data(out))
    }

    /// The UTF-8 of one field, quoted per the dialect (``CSVWriter/field(_:)``).
    static func csvField(_ field: String) -> [UInt8] {
        Array(CSVWriter.field(field).utf8)
    }
}
