/// The reader's language: of series names, notes, tables and release prose.
///
/// The one language type of cnfin (the release summary and report, the
/// decomposition tables and the catalog's `name_zh`/`name_en` all use it).
public enum DisplayLanguage: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Chinese, in the wording of the PBoC's Chinese releases.
    case zh
    /// English, in the wording of the PBoC's English releases.
    case en

    public var description: String { rawValue }
}
