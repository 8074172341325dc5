import ArgumentParser
import CNFin
import Foundation

/// The options `cnfin summary` and `cnfin report` share: the release month, the language and the dataset
/// directory — declared and checked once.
struct ReleaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Release month, YYYY-MM (default: the latest month with every headline figure; the header says which).",
                               valueName: "YYYY-MM"), transform: parseMonthArgument)
    var month: Month?

    @Option(help: "Language of the text and tables.")
    var lang: DisplayLanguage = .zh

    @Option(name: [.customLong("data"), .customLong("data-dir")], help: ArgumentHelp(
        "Data directory in the bundled format (default: the bundled data and the user data directory).", valueName: "DIR"))
    var data: String?

    func validate() throws {
        if let data {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: data, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw usageError(lang, en: "--data: '\(data)' is not a directory", zh: "--data：「\(data)」不是目录")
            }
        }
    }

    /// The release data: `--data DIR`, or the bundled data with the user data directory over it.
    func releaseData() throws(ReleaseError) -> ReleaseData {
        try loadReleaseData(directory: data)
    }
}
