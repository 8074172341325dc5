import CNFinOutput

extension MonthlyReport {
    /// The report as a Jupyter notebook (nbformat 4.5, Python 3 kernel).
    ///
    /// Each section is a Markdown cell (heading, text, the command) followed by
    /// code cells that rerun `cnfin` through IPython's `!` shell escape and
    /// display the result; their outputs are embedded (`execute_result` with
    /// `text/markdown` + `text/html` tables and `image/svg+xml` charts), so
    /// the notebook reads without running anything. Cell ids are stable.
    public func notebook() -> String {
        let t = ReportText(language: language)
        var cells: [JSONValue] = []
        var count = 0
        func lines(_ text: String) -> JSONValue {
            var out: [JSONValue] = []
            var current = ""
            for ch in text {
                current.append(ch)
                if ch == "\n" { out.append(.string(current)); current = "" }
            }
            if !current.isEmpty { out.append(.string(current)) }
            return .array(out)
        }
        func markdownCell(_ id: String, _ text: String) {
            cells.append(.object([("cell_type", .string("markdown")), ("id", .string(id)), ("metadata", .object([])), ("source", lines(text))]))
        }
        func codeCell(_ id: String, _ source: String, _ data: [(key: String, value: JSONValue)]) {
            count += 1
            var outputs: [JSONValue] = []
            if !data.isEmpty {
                outputs.append(.object([("data", .object(data)), ("execution_count", .number(Double(count))),
                                        ("metadata", .object([])), ("output_type", .string("execute_result"))]))
            }
            cells.append(.object([("cell_type", .string("code")), ("execution_count", .number(Double(count))), ("id", .string(id)),
                                  ("metadata", .object([])), ("outputs", .array(outputs)), ("source", lines(source))]))
        }

        let md = MarkdownText.escape
        markdownCell("title", "# \(md(title))\n\n"
            + t("本笔记本由 `\(command)` 导出。每个结果前的代码单元格用 `cnfin`（需在 PATH 中）重新计算该结果；输出已嵌入，无需运行即可阅读。",
                "Exported by `\(command)`. The code cell before each result recomputes it with `cnfin` (which must be on the PATH); the outputs are embedded, so the notebook reads without running anything.")
            + "\n\n" + currencyLine)
        codeCell("setup", "from IPython.display import SVG, Markdown, HTML", [])
        for (i, s) in sections.enumerated() {
            let n = i + 1
            var text = "## \(md(s.heading))\n"
            if s.id != "summary" { for p in s.paragraphs { text += "\n\(md(p))\n" } }
            text += "\n" + t("库调用：", "Library call: ") + "`\(s.libraryCall)`"
            markdownCell("s\(n)-\(s.id)", text)
            if s.id == "summary" {
                let md = (try? sectionOutput(s.id, format: .markdown)) ?? ""
                let html = (try? sectionOutput(s.id, format: .html)) ?? ""
                codeCell("s\(n)-\(s.id)-text", "out = !\(s.command)\nMarkdown(\"\\n\".join(out))",
                         [("text/html", lines(html)), ("text/markdown", lines(md)), ("text/plain", lines("<IPython.core.display.Markdown object>"))])
                continue
            }
            if let svg = s.svg {
                codeCell("s\(n)-\(s.id)-chart", "svg = !\(s.command)\nSVG(\"\\n\".join(svg))",
                         [("image/svg+xml", lines(svg)), ("text/plain", lines("<IPython.core.display.SVG object>"))])
            }
            if !s.tables.isEmpty {
                let md = s.tables.map { $0.rendered(as: .markdown) }.joined(separator: "\n")
                let html = s.tables.map { HTMLRenderer().render($0) }.joined()
                let cmd = "cnfin report --month \(month) --lang \(language)\(invocation.dataArguments) --section \(s.id) --format html"
                codeCell("s\(n)-\(s.id)-tables", "out = !\(cmd)\nHTML(\"\\n\".join(out))",
                         [("text/html", lines(html)), ("text/markdown", lines(md)), ("text/plain", lines("<IPython.core.display.HTML object>"))])
            }
        }
        let doc: JSONValue = .object([
            ("cells", .array(cells)),
            ("metadata", .object([
                ("kernelspec", .object([("display_name", .string("Python 3 (ipykernel)")), ("language", .string("python")), ("name", .string("python3"))])),
                ("language_info", .object([("name", .string("python"))])),
                ("cnfin", .object([("month", .string(month.description)), ("lang", .string(language.rawValue)), ("command", .string(command))])),
            ])),
            ("nbformat", .number(4)),
            ("nbformat_minor", .number(5)),
        ])
        return doc.serialized(pretty: true) + "\n"
    }
}
