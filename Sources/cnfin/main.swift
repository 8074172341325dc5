import ArgumentParser
import CNFinCLI

/// What `AsyncParsableCommand.main()` does, written out in an async function:
/// in top-level code the compiler picks the synchronous
/// `ParsableCommand.main()`, which stops with "Asynchronous root command needs
/// availability annotation" on Linux.
func runCNFin() async {
    do {
        var command = try CNFinCommand.parseAsRoot()
        if var asyncCommand = command as? AsyncParsableCommand {
            try await asyncCommand.run()
        } else {
            try command.run()
        }
    } catch {
        CNFinCommand.exit(withError: error)
    }
}

await runCNFin()
