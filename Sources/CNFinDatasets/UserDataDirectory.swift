import Foundation

/// Where the user data directory is: the directory every command layers over
/// the bundled data (``Dataset/layered(overlay:)``) and `cnfin update` writes.
///
/// `CNFIN_DATA` if set and not empty; else `$XDG_DATA_HOME/cnfin` when
/// `XDG_DATA_HOME` is an absolute path (XDG Base Directory Specification);
/// else `$HOME/.local/share/cnfin`; nil when none of these is available.
public enum UserDataDirectory {
    /// The environment variable that names the directory explicitly.
    public static let variable = "CNFIN_DATA"

    /// The directory for `environment` (pass `ProcessInfo.processInfo.environment`).
    public static func resolve(environment: [String: String]) -> URL? {
        if let explicit = environment[variable], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, isDirectory: true)
        }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("cnfin", isDirectory: true)
        }
        if let home = environment["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".local/share/cnfin", isDirectory: true)
        }
        return nil
    }
}
