/// Text-width estimates for laying out labels without a font engine.
///
/// A CJK ideograph, kana, hangul or full-width form is 1 em wide; other
/// characters ≈ 0.55 em (a conservative average for sans-serif Latin, digits
/// and punctuation, slightly wider than typical so labels are never too close).
public enum TextMetrics {
    /// Whether the scalar is rendered full-width (1 em) in CJK fonts.
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Estimated width in user units of `text` at `fontSize`.
    public static func width(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            ems += isWide(scalar) ? 1.0 : 0.55
        }
        return ems * fontSize
    }

    /// Splits `text` into lines no wider than `maxWidth`: Latin text breaks at
    /// spaces, CJK text may break between any two wide characters. A single
    /// word wider than the line stays on its own line.
    public static func wrap(_ text: String, maxWidth: Double, fontSize: Double) -> [String] {
        guard width(text, fontSize: fontSize) > maxWidth else { return [text] }
        // Tokens: runs of non-space narrow characters, single wide characters, spaces.
        var tokens: [String] = []
        var current = ""
        for ch in text {
            let wide = ch.unicodeScalars.first.map(isWide) ?? false
            if ch == " " {
                if !current.isEmpty { tokens.append(current); current = "" }
                tokens.append(" ")
            } else if wide {
                if !current.isEmpty { tokens.append(current); current = "" }
                tokens.append(String(ch))
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        var lines: [String] = []
        var line = ""
        for token in tokens {
            let candidate = line + token
            if width(candidate, fontSize: fontSize) <= maxWidth || line.trimmingSpaces().isEmpty {
                line = candidate
            } else {
                lines.append(line.trimmingSpaces())
                line = token == " " ? "" : token
            }
        }
        if !line.trimmingSpaces().isEmpty { lines.append(line.trimmingSpaces()) }
        return lines
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
