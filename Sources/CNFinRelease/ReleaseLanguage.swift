/// The language of the release text.
public enum ReleaseLanguage: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Chinese, in the wording of the PBoC's Chinese releases.
    case zh
    /// English, in the wording of the PBoC's English releases.
    case en

    public var description: String { rawValue }
}
