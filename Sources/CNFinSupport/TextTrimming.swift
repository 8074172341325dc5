/// Trimming and space clean-up, one place for every module.
///
/// Two sets of characters count as space at the ends of a text:
/// - **CSV white space** (``Swift/StringProtocol/trimmingWhitespace()``): space, tab, every line
///   break (`\n`, `\r`, `\r\n`, vertical tab, form feed, NEL, U+2028/2029) and the byte-order mark
///   U+FEFF. This is the project's CSV dialect (a field's or a month's surrounding spaces); a
///   full-width space U+3000 or a no-break space is *data* there, not trimmed.
/// - **Unicode white space** (``Swift/StringProtocol/trimmingSpaces()``): every character whose
///   scalars are Unicode `White_Space` — including the ideographic (full-width) space U+3000 of
///   Chinese text and the no-break space U+00A0 — and the byte-order mark; used for labels, units
///   and ids typed by people.
///
/// Both work on `Character`s (extended grapheme clusters), so `\r\n` is one line break and a space
/// carrying a combining mark is text, not space. They are `@inlinable` so that the CSV readers of
/// other modules get them specialised (the generic versions would otherwise be called through
/// witness tables on every field).
extension StringProtocol {
    /// The text without leading and trailing CSV white space (spaces, tabs, line breaks, BOM).
    @inlinable
    public func trimmingWhitespace() -> String {
        trimming(where: TextSpace.isCSVWhitespace)
    }

    /// The text without leading and trailing Unicode white space (including U+3000 and U+00A0) and BOM.
    @inlinable
    public func trimmingSpaces() -> String {
        trimming(where: TextSpace.isSpace)
    }

    /// The text without leading and trailing characters listed in `characters` (`" ,"`).
    @inlinable
    public func trimming(_ characters: String) -> String {
        trimming(where: { characters.contains($0) })
    }

    /// The text without the leading and trailing characters for which `isTrimmed` holds.
    @inlinable
    public func trimming(where isTrimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) }) else {
            return ""
        }
        return String(self[first...last])
    }

    /// The text with every run of Unicode white space (U+3000 and U+00A0 included) replaced by one
    /// ASCII space, and none at either end (`"  M2\u{3000}\u{3000}余额 "` → `"M2 余额"`).
    public func collapsingSpaces() -> String {
        var out = String.UnicodeScalarView()
        var lastSpace = true
        for u in unicodeScalars {
            if u.properties.isWhitespace {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(u)
                lastSpace = false
            }
        }
        if out.last == " " { out.removeLast() }
        return String(out)
    }
}

extension String {
    /// The text without leading and trailing CSV white space (the `StringProtocol` version, with a
    /// fast path for the usual case: an ASCII first and last byte that is not a space, tab or line
    /// break starts and ends a character that is kept, so there is nothing to trim).
    @inlinable
    public func trimmingWhitespace() -> String {
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           first != 0x20, last != 0x20, !(0x09...0x0D).contains(first), !(0x09...0x0D).contains(last)
        {
            return self
        }
        return self[...].trimmingWhitespace()
    }
}

/// The character classes of ``Swift/StringProtocol/trimmingWhitespace()`` and
/// ``Swift/StringProtocol/trimmingSpaces()``.
public enum TextSpace {
    /// The byte-order mark U+FEFF (a zero-width no-break space), dropped at the ends of a text.
    public static let byteOrderMark: Character = "\u{FEFF}"

    /// Space, tab, a line break, or the BOM: what the CSV dialect trims.
    @inlinable
    public static func isCSVWhitespace(_ c: Character) -> Bool {
        c == " " || c == "\t" || c.isNewline || c == byteOrderMark
    }

    /// Unicode white space (U+3000 ideographic space and U+00A0 no-break space included), or the BOM.
    @inlinable
    public static func isSpace(_ c: Character) -> Bool {
        c.isWhitespace || c == byteOrderMark
    }
}
