import ArgumentParser
import CNFinCLI
import Foundation

/// What `AsyncParsableCommand.main()` does, written out in an async function:
/// in top-level code the compiler picks the synchronous
/// `ParsableCommand.main()`, which stops with "Asynchronous root command needs
/// availability annotation" on Linux. Usage errors (ArgumentParser's
/// validation failures, EX_USAGE = 64) exit with status 2, the project's
/// usage-error code.
func runCNFin() async {
    do {
        var command = try CNFinCommand.parseAsRoot()
        if var asyncCommand = command as? AsyncParsableCommand {
            try await asyncCommand.run()
        } else {
            try command.run()
        }
    } catch {
        if CNFinCommand.exitCode(for: error) == .validationFailure {
            FileHandle.standardError.write(Data((CNFinCommand.fullMessage(for: error) + "\n").utf8))
            exit(2)
        }
        CNFinCommand.exit(withError: error)
    }
}

await runCNFin()
