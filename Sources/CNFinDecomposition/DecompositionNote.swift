import CNFinSeries
import CNFinSupport

/// A remark attached to a decomposition: what was missing, which break the
/// comparison straddles, which published figure was used.
public struct DecompositionNote: Sendable, Hashable, CustomStringConvertible {
    /// What the note is about.
    public enum Kind: String, Sendable, Hashable {
        /// Components without data for the months compared; their change is inside "other".
        case missingComponents = "missing_components"
        /// The compared months lie on both sides of a registered break.
        case straddlesBreak = "straddles_break"
        /// A registered data problem covers one of the compared months.
        case dataProblem = "data_problem"
        /// The aggregate's growth is the published (comparable-basis) figure.
        case publishedGrowthUsed = "published_growth_used"
        /// No published figure was available; the growth is computed from levels.
        case levelGrowthUsed = "level_growth_used"
    }

    /// The kind of note.
    public var kind: Kind
    /// The break id, for break notes.
    public var breakID: String?
    /// The ids involved (missing components, affected series).
    public var ids: [String]
    /// The English text.
    public var english: String
    /// The Chinese text.
    public var chinese: String

    /// Creates a note.
    public init(kind: Kind, breakID: String? = nil, ids: [String] = [], english: String, chinese: String) {
        self.kind = kind
        self.breakID = breakID
        self.ids = ids
        self.english = english
        self.chinese = chinese
    }

    /// The text in the given language.
    public func text(_ language: DisplayLanguage) -> String {
        language == .zh ? chinese : english
    }

    public var description: String { english }
}
