import ArgumentParser
import Foundation

/// The root `cnfin` command. Subcommands live one per file in this module.
public struct CNFinCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "cnfin",
        abstract: "Statistical time-series analysis of China's monthly monetary and credit statistics.",
        discussion: """
        Examples:
          cnfin summary
          cnfin summary --month 2023-05 --lang en --format markdown
          cnfin data list
          cnfin data show m2 m2_yoy --from 2023-01 --to 2023-05
          cnfin data breaks
          cnfin decompose money --month 2023-05
          cnfin indicators --from 2023-01
          cnfin seasonal loans_increase --cny
          cnfin arima m0 --horizon 12
          cnfin forecast loans_increase --horizon 12
          cnfin filter hp m2 --lambda 129600
          cnfin regress --data Longley.csv --y y --x x1,x2,x3,x4,x5,x6
          cnfin regress --y m2_yoy --x m1_yoy --lags 2 --cov HAC
          cnfin test adf --data series.csv --column m2_yoy --regression c
          cnfin test adf m2_yoy
          cnfin ingest release.txt --month 2023-05 --check
          cnfin report --month 2023-05 --lang en --out report-2023-05
          cnfin data status
          cnfin update release.txt
          cnfin chart m2_yoy m1_yoy --from 2019-01 --out growth.svg
        """,
        version: "cnfin \(CNFinVersion.current)",
        subcommands: [
            SummaryCommand.self,
            DataCommand.self,
            DecomposeCommand.self,
            IndicatorsCommand.self,
            SeasonalCommand.self,
            ArimaCommand.self,
            ForecastCommand.self,
            FilterCommand.self,
            RegressCommand.self,
            TestCommand.self,
            IngestCommand.self,
            ImportCommand.self,
            ReportCommand.self,
            UpdateCommand.self,
            ChartCommand.self,
        ]
    )
    public init() {}

    /// The exit status for a usage error (ArgumentParser's default is 64).
    public static let usageErrorStatus: Int32 = 2

    /// Parses the command line and runs the chosen command, awaiting async
    /// commands. Exit status: 0 on success (and for `--help`), 1 for runtime
    /// errors (printed on stderr as `error: …` by the commands), 2 for usage
    /// errors (bad options, `ValidationError`).
    ///
    /// Call this from `main.swift`: there, `await CNFinCommand.main()` resolves
    /// to `ParsableCommand`'s synchronous `main()`, which rejects an async root
    /// command.
    public static func asyncMain(_ arguments: [String]? = nil) async {
        let words = arguments ?? Array(CommandLine.arguments.dropFirst())
        let language = ArgumentLanguage.of(words)
        await ArgumentLanguage.$current.withValue(language) {
            if let hint = CommandLineHints.unknownSubcommand(words, language: language) {
                FileHandle.standardError.write(Data(((language == .zh ? "错误：" : "Error: ") + hint + "\n").utf8))
                exit(withError: ExitCode(usageErrorStatus))
            }
            do {
                var command = try parseAsRoot(arguments)
                if var asyncCommand = command as? AsyncParsableCommand {
                    try await asyncCommand.run()
                } else {
                    try command.run()
                }
            } catch {
                exit(withError: errorForExit(error))
            }
        }
    }

    /// The error to exit with: usage errors are printed here, in the language of the command line
    /// (``ArgumentLanguage``, ``UsageMessage``), and replaced by exit code ``usageErrorStatus``;
    /// everything else is passed through.
    static func errorForExit(_ error: any Error) -> any Error {
        guard exitCode(for: error) == .validationFailure else { return error }
        let text = UsageMessage.full(fullMessage(for: error), in: ArgumentLanguage.current)
        FileHandle.standardError.write(Data((text + "\n").utf8))
        return ExitCode(usageErrorStatus)
    }
}
