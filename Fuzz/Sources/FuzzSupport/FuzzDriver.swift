import CLibFuzzer
import Foundation

/// Runs libFuzzer with the process arguments (`-runs=`, `-max_total_time=`,
/// corpus directories …), calling `body` with each input, and exits with
/// libFuzzer's status. The body returns 0 (libFuzzer reserves other values).
public func runFuzzer(_ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv, body)
    exit(status)
}

/// The input as bytes (empty for a null pointer).
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// An invariant of the target: when `condition` is false the input is a
/// finding — the message goes to standard error and the process aborts, so
/// libFuzzer saves the input as a crash reproducer.
public func fuzzCheck(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                      file: StaticString = #fileID, line: UInt = #line) {
    if !condition() {
        FileHandle.standardError.write(Data("INVARIANT FAILED (\(file):\(line)): \(message())\n".utf8))
        abort()
    }
}
