import ArgumentParser

/// The root `cnfin` command. Subcommands live one per file in this module.
public struct CNFinCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "cnfin",
        abstract: "Statistical time-series analysis of China's monthly monetary and credit statistics.",
        subcommands: [SeasonalCommand.self, FilterCommand.self]
    )
    public init() {}
}

extension CNFinCommand {
    /// Parses the process arguments and runs the selected command (sync or async).
    /// `await CNFinCommand.main()` from top-level code in `main.swift` resolves to the
    /// synchronous `ParsableCommand.main()`, which refuses an async root command on Linux;
    /// this entry point does what `AsyncParsableCommand.main()` does.
    public static func runAsRoot() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
