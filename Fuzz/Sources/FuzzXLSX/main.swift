// Fuzz target: the `.xlsx` reader on raw bytes (CNFinSpreadsheet
// `SpreadsheetReader.readXLSX(bytes:name:)`: the ZIP central directory, zlib's
// raw inflate and CRC-32, the package relationships, workbook, shared
// strings, styles and sheet XML), then the PBoC table recognizer.
// Input: the bytes of an .xlsx file. Invariants: those of
// `SpreadsheetFuzzCheck` (typed errors that name the file, cells sorted and
// within the limits, finite numbers, consistent recognised tables).
import CNFinSpreadsheet
import FuzzSupport
import SpreadsheetFuzzCheck

runFuzzer { data, size in
    let bytes = fuzzBytes(data, size)
    let outcome = Result { () throws(SpreadsheetError) -> Workbook in try SpreadsheetReader.readXLSX(bytes: bytes, name: "fuzz.xlsx") }
    SpreadsheetFuzzCheck.check(outcome, source: "fuzz.xlsx", format: .xlsx)
    return 0
}
