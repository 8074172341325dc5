/// Plain text made safe to place in Markdown: renderers (GitHub, Jupyter, VS Code) pass raw HTML
/// through, so a series name or note holding `<script>` or `</textarea>` would become markup.
public enum MarkdownText {
    /// `text` with `<`, `>` and `&` backslash-escaped (CommonMark §2.4: any ASCII punctuation may
    /// be escaped), so it renders as the same characters and never as an HTML tag or entity.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if scalar == "<" || scalar == ">" || scalar == "&" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
