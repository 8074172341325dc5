// Fuzz target: `SpreadsheetReader.read(bytes:name:)`, the reader behind
// `cnfin import FILE` once the file is read: the signature check, then cnfin's
// own `.xls` reader (OLE2 compound file: header, FAT, DIFAT, MiniFAT,
// directory; BIFF8 records: globals, shared strings over CONTINUE records,
// cells, formulas) — or the .xlsx reader for a ZIP — then the PBoC table
// recognizer. Invariants: those of `SpreadsheetFuzzCheck`; the format is the
// one the first bytes name.
import CNFinSpreadsheet
import FuzzSupport
import SpreadsheetFuzzCheck

runFuzzer { data, size in
    let bytes = fuzzBytes(data, size)
    let outcome = Result { () throws(SpreadsheetError) -> Workbook in try SpreadsheetReader.read(bytes: bytes, name: "fuzz.xls") }
    let format: Workbook.Format = SpreadsheetReader.signature(of: bytes) == .zip ? .xlsx : .xls
    SpreadsheetFuzzCheck.check(outcome, source: "fuzz.xls", format: format)
    return 0
}
