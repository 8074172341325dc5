/// The version `cnfin --version` prints.
enum CNFinVersion {
    /// The release of the package (semantic versioning).
    static let current = "0.9.0"
}
