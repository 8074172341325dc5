import ArgumentParser

/// `cnfin data`: the bundled monthly monetary and credit statistics.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "List, show and check the bundled PBoC monthly statistics.",
        discussion: """
        Examples:
          cnfin data list
          cnfin data show m2 m2_yoy --from 2023-01 --to 2023-06
          cnfin data show loans_increase --transform sum12 --format csv
          cnfin data breaks --format markdown
          cnfin data status
        """,
        subcommands: [DataListCommand.self, DataShowCommand.self, DataBreaksCommand.self, DataStatusCommand.self]
    )
}
