import CNFinOutput
import Testing

/// The HTML table of a report: caption, header scope, alignment classes, printed decimals, escaped text.
struct HTMLRendererTests {
    @Test func tableWithCaptionAlignmentAndNotes() {
        var table = Table(title: "M2 <b>", columns: [TableColumn("month"), TableColumn("yoy %", alignment: .right)],
                          rows: [["2023-05", .number(11.6, formatted: "11.6")], ["2023-04", .number(12, formatted: "12")]],
                          notes: ["a & b"])
        table.columns[1].numberFormat = .rate
        #expect(HTMLRenderer().render(table) == """
        <table>
        <caption>M2 &lt;b&gt;</caption>
        <thead><tr><th scope="col" class="left">month</th><th scope="col" class="right">yoy %</th></tr></thead>
        <tbody>
        <tr><td class="left">2023-05</td><td class="right">11.6</td></tr>
        <tr><td class="left">2023-04</td><td class="right">12.0</td></tr>
        </tbody>
        </table>
        <p class="note">a &amp; b</p>

        """)
    }

    @Test func textFromDataIsEscaped() {
        let table = Table(title: nil, columns: [TableColumn("</textarea>")], rows: [["<script>alert(1)</script>"]])
        let html = HTMLRenderer().render(table)
        #expect(!html.contains("<script>") && !html.contains("</textarea>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}
