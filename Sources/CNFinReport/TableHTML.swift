import CNFinCharts
import CNFinOutput

extension Table {
    /// The table as an HTML `<table>` with a `<caption>` (the title), header
    /// cells with `scope="col"`, right-aligned numeric columns and escaped text.
    public func renderedAsHTML() -> String {
        let columns = normalizedColumns
        var out = "<table>\n"
        if let title, !title.isEmpty { out += "<caption>\(XMLEscaping.escape(title))</caption>\n" }
        out += "<thead><tr>"
        for c in columns {
            out += "<th scope=\"col\" class=\"\(c.alignment.rawValue)\">\(XMLEscaping.escape(c.header))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in displayRows {
            out += "<tr>"
            for (i, text) in row.enumerated() {
                let align = i < columns.count ? columns[i].alignment.rawValue : "left"
                out += "<td class=\"\(align)\">\(XMLEscaping.escape(text))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        for note in notes { out += "<p class=\"note\">\(XMLEscaping.escape(note))</p>\n" }
        return out
    }
}
