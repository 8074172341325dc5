// Fuzz target: the `.xlsx` reader's XML layer. Mutating a real .xlsx mostly
// breaks its deflate streams or CRCs, so this target lets the fuzzer write
// the XML parts themselves and packs them into a valid stored ZIP
// (`StoredZip`) before `SpreadsheetReader.readXLSX(bytes:name:)` and the
// PBoC table recognizer read it.
// Input: parts separated by NUL bytes, in this order: xl/workbook.xml,
// xl/_rels/workbook.xml.rels, xl/sharedStrings.xml, xl/styles.xml,
// xl/worksheets/sheet1.xml … sheet4.xml (missing pieces leave the part out).
// Invariants: those of `SpreadsheetFuzzCheck`.
import CNFinSpreadsheet
import FuzzSupport
import SpreadsheetFuzzCheck

let names = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml",
             "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"]

runFuzzer { data, size in
    let pieces = fuzzBytes(data, size).split(separator: 0, omittingEmptySubsequences: false)
    let entries = zip(names, pieces).map { (name: $0.0, data: Array($0.1)) }
    let bytes = StoredZip.archive(entries)
    let outcome = Result { () throws(SpreadsheetError) -> Workbook in try SpreadsheetReader.readXLSX(bytes: bytes, name: "fuzz.xlsx") }
    SpreadsheetFuzzCheck.check(outcome, source: "fuzz.xlsx", format: .xlsx)
    return 0
}
