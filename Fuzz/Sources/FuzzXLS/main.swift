// Fuzz target: `SpreadsheetReader.read(path:name:)` on files, the path of
// `cnfin import FILE`: the signature check, the encrypted-container check and
// the `.xls` (BIFF8 in OLE2) reader through FreeXL (or the .xlsx reader for a
// ZIP), then the PBoC table recognizer.
// Input: the bytes of a file, written to a private file (under /dev/shm when
// it exists) because FreeXL reads from a path. Invariants: those of
// `SpreadsheetFuzzCheck`; the format is the one the first bytes name.
// FreeXL is the system library, not instrumented: libFuzzer sees no coverage
// inside it and AddressSanitizer checks only what it allocates through malloc,
// so this target finds its crashes and hangs and the Swift side's bugs.
import CNFinSpreadsheet
import Foundation
import FuzzSupport
import SpreadsheetFuzzCheck

let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
let path = "\(base)/cnfin-fuzz-xls-\(ProcessInfo.processInfo.processIdentifier).xls"

runFuzzer { data, size in
    let bytes = fuzzBytes(data, size)
    fuzzCheck(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "cannot write \(path)")
    let outcome = Result { () throws(SpreadsheetError) -> Workbook in try SpreadsheetReader.read(path: path, name: "fuzz.xls") }
    let format: Workbook.Format = SpreadsheetReader.signature(of: bytes) == .zip ? .xlsx : .xls
    SpreadsheetFuzzCheck.check(outcome, source: "fuzz.xls", format: format)
    return 0
}
