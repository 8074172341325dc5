/// Terminal display width of text, following Unicode East Asian Width:
/// wide (W) and full-width (F) characters — CJK ideographs, kana, hangul,
/// CJK punctuation, full-width forms — occupy two columns, combining marks
/// and control characters zero, everything else one.
public enum DisplayWidth {
    /// The number of terminal columns `text` occupies.
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The number of terminal columns one grapheme cluster occupies: the width
    /// of its first scalar (combining marks that follow add nothing).
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        return of(first)
    }

    /// The width of one scalar: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 || v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Whether a code point is East Asian Wide or Fullwidth.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F,   // Hangul Jamo initial consonants
             0x2E80...0x303E,   // CJK radicals, Kangxi, CJK symbols and punctuation
             0x3041...0x33FF,   // Hiragana, Katakana, Bopomofo, CJK compatibility
             0x3400...0x4DBF,   // CJK Extension A
             0x4E00...0x9FFF,   // CJK Unified Ideographs
             0xA000...0xA4CF,   // Yi
             0xAC00...0xD7A3,   // Hangul syllables
             0xF900...0xFAFF,   // CJK compatibility ideographs
             0xFE10...0xFE19,   // vertical forms
             0xFE30...0xFE6F,   // CJK compatibility forms, small form variants
             0xFF00...0xFF60,   // full-width ASCII forms
             0xFFE0...0xFFE6,   // full-width signs
             0x1F300...0x1F64F, // pictographs, emoticons
             0x1F900...0x1F9FF, // supplemental symbols and pictographs
             0x20000...0x2FFFD, // CJK Extensions B–F
             0x30000...0x3FFFD: // CJK Extension G
            return true
        default:
            return false
        }
    }

    /// `text` padded with spaces to `width` columns according to `alignment`
    /// (centre puts the odd space on the right). Text already wider is returned unchanged.
    public static func pad(_ text: String, to width: Int, alignment: ColumnAlignment) -> String {
        let gap = width - of(text)
        guard gap > 0 else { return text }
        switch alignment {
        case .left: return text + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + text
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
        }
    }
}
