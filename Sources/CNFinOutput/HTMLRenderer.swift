/// Renders a ``Table`` as an HTML `<table>`: the title as its `<caption>`, header cells with
/// `scope="col"`, each cell's alignment as a class (`left`, `right`, `center`), the cells' printed text
/// (``Table/displayRows``: one number of decimals per column) and the notes as `<p class="note">`
/// paragraphs after it. Every string is escaped (``XMLEscaping``), so text from data — a series name or
/// note containing `<script>` — renders as text.
public struct HTMLRenderer: TableRenderer {
    /// Creates a renderer.
    public init() {}

    public func render(_ table: Table) -> String {
        let columns = table.normalizedColumns
        var out = "<table>\n"
        if let title = table.title, !title.isEmpty { out += "<caption>\(XMLEscaping.escape(title))</caption>\n" }
        out += "<thead><tr>"
        for c in columns {
            out += "<th scope=\"col\" class=\"\(c.alignment.rawValue)\">\(XMLEscaping.escape(c.header))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.displayRows {
            out += "<tr>"
            for (i, text) in row.enumerated() {
                let align = i < columns.count ? columns[i].alignment.rawValue : "left"
                out += "<td class=\"\(align)\">\(XMLEscaping.escape(text))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        for note in table.notes { out += "<p class=\"note\">\(XMLEscaping.escape(note))</p>\n" }
        return out
    }
}
