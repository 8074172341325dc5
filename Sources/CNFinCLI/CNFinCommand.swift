import ArgumentParser

/// The root `cnfin` command. Subcommands live one per file in this module.
public struct CNFinCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "cnfin",
        abstract: "Statistical time-series analysis of China's monthly monetary and credit statistics.",
        subcommands: [SummaryCommand.self, ReportCommand.self]
    )
    public init() {}
}
