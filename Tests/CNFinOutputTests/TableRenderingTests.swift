import Foundation
import Testing
@testable import CNFinOutput

@Suite struct DisplayWidthTests {
    @Test func cjkCountsTwo() {
        #expect(DisplayWidth.of("M2") == 2)
        #expect(DisplayWidth.of("广义货币") == 8)
        #expect(DisplayWidth.of("亿元") == 4)
        #expect(DisplayWidth.of("（）") == 4)        // full-width parentheses
        #expect(DisplayWidth.of("。") == 2)          // CJK full stop
        #expect(DisplayWidth.of("e\u{301}") == 1)   // e + combining acute
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func padding() {
        #expect(DisplayWidth.pad("贷款", to: 6, alignment: .left) == "贷款  ")
        #expect(DisplayWidth.pad("贷款", to: 6, alignment: .right) == "  贷款")
        #expect(DisplayWidth.pad("ab", to: 5, alignment: .center) == " ab  ")
        #expect(DisplayWidth.pad("toolong", to: 3, alignment: .left) == "toolong")
    }
}

@Suite struct PlainTextTests {
    @Test func cjkAlignment() {
        let table = Table(
            title: "2023-05",
            columns: [TableColumn("指标"), TableColumn("余额", alignment: .right)],
            rows: [["广义货币M2", .number(2820504.68)], ["M0", .number(104756.71)]],
            notes: ["单位：亿元"]
        )
        let text = PlainTextRenderer().render(table)
        let expected = """
        2023-05
        指标              余额
        ----------  ----------
        广义货币M2  2820504.68
        M0           104756.71
        单位：亿元

        """
        #expect(text == expected)
        // every table line has the same display width up to the right-aligned last column
        let lines = text.split(separator: "\n").dropFirst().dropLast()
        #expect(Set(lines.map { DisplayWidth.of(String($0)) }) == [22])
    }

    @Test func shortRowsArePadded() {
        let table = Table(headers: ["a", "b", "c"], rows: [["1"]])
        #expect(table.normalizedRows == [["1", .missing, .missing]])
        let text = PlainTextRenderer().render(table)
        #expect(text == "a  b  c\n-  -  -\n1\n")
    }
}

@Suite struct MarkdownTests {
    @Test func alignmentAndEscaping() {
        let table = Table(
            title: "T",
            columns: [TableColumn("id"), TableColumn("v", alignment: .right), TableColumn("c", alignment: .center)],
            rows: [["a|b", "1", "x"]],
            notes: ["n"]
        )
        #expect(MarkdownRenderer().render(table) == """
        **T**

        | id | v | c |
        | :--- | ---: | :---: |
        | a\\|b | 1 | x |

        n

        """)
    }
}

@Suite struct CSVRendererTests {
    @Test func rfc4180Quoting() {
        #expect(CSVRenderer.quote("plain") == "plain")
        #expect(CSVRenderer.quote("a,b") == "\"a,b\"")
        #expect(CSVRenderer.quote("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVRenderer.quote("two\nlines") == "\"two\nlines\"")
        #expect(CSVRenderer.quote("cr\r\nlf") == "\"cr\r\nlf\"")
        #expect(CSVRenderer.quote(" padded") == "\" padded\"")
        #expect(CSVRenderer.quote("") == "")
        #expect(CSVRenderer.quote("人民币贷款") == "人民币贷款")
    }

    /// Found by Fuzz/FuzzCSVTable (write → read round trip): a comma or quote
    /// followed by a combining mark is one `Character`, and a lone blank field
    /// was written as a blank line that readers skip.
    @Test func quotingSurvivesCombiningMarksAndBlankRecords() {
        #expect(CSVRenderer.quote(",\u{301}") == "\",\u{301}\"")
        #expect(CSVRenderer.quote("\"\u{301}") == "\"\"\"\u{301}\"")
        #expect(CSVRenderer.quote("\r\u{301}") == "\"\r\u{301}\"")
        #expect(CSVRenderer.quote("\u{FEFF}id") == "\"\u{FEFF}id\"")
        #expect(CSVRenderer.quote(" \u{301}") == "\" \u{301}\"")
        #expect(CSVRenderer.line([""]) == "\"\"")
        #expect(CSVRenderer.line([" \t"]) == "\" \t\"")
        #expect(CSVRenderer.line(["", ""]) == ",")
        #expect(CSVRenderer.line(["x"]) == "x")
    }

    @Test func tableWithMissing() {
        let table = Table(headers: ["month", "m2"], rows: [["2023-05", .number(2820504.68)], ["2023-06", .missing]])
        #expect(CSVRenderer().render(table) == "month,m2\n2023-05,2820504.68\n2023-06,\n")
        #expect(CSVRenderer(lineEnding: "\r\n").render(table) == "month,m2\r\n2023-05,2820504.68\r\n2023-06,\r\n")
    }
}

@Suite struct LaTeXTests {
    @Test func escaping() {
        #expect(LaTeXRenderer.escape("50% & $x_1$ #{}") == "50\\% \\& \\$x\\_1\\$ \\#\\{\\}")
        #expect(LaTeXRenderer.escape("a\\b~c^d") == "a\\textbackslash{}b\\textasciitilde{}c\\textasciicircum{}d")
        // OT1 (LaTeX's default font encoding) prints a raw < > | as ¡ ¿ —.
        #expect(LaTeXRenderer.escape("P>|t|") == "P\\textgreater{}\\textbar{}t\\textbar{}")
        #expect(LaTeXRenderer.escape("a<b") == "a\\textless{}b")
    }

    @Test func tabular() {
        let table = Table(title: "M2", columns: [TableColumn("month"), TableColumn("yoy %", alignment: .right)],
                          rows: [["2023-05", "11.6"]])
        #expect(LaTeXRenderer().render(table) == """
        % M2
        \\begin{tabular}{lr}
        \\hline
        month & yoy \\% \\\\
        \\hline
        2023-05 & 11.6 \\\\
        \\hline
        \\end{tabular}

        """)
    }
}

@Suite struct JSONTests {
    @Test func numbers() {
        #expect(JSONValue.numberText(15560) == "15560")
        #expect(JSONValue.numberText(-3) == "-3")
        #expect(JSONValue.numberText(-0.0) == "0")
        #expect(JSONValue.numberText(1e15) == "1000000000000000")
        #expect(JSONValue.numberText(1e300) == "1e+300")
        #expect(JSONValue.numberText(0.1) == "0.1")
        #expect(JSONValue.numberText(2820504.68) == "2820504.68")
        #expect(JSONValue.numberText(1e-7) == "1e-07")
        // Shortest round trip: every text reads back to the same double, and one digit fewer would not.
        for x in [0.1 + 0.2, 1.9000000000000004, 78680.7, 0.95, .pi, -1.0 / 3, .leastNonzeroMagnitude, .greatestFiniteMagnitude] {
            let text = JSONValue.numberText(x)
            #expect(Double(text) == x, "\(text)")
            let mantissa = text.split(separator: "e").first.map { $0.filter(\.isNumber).drop { $0 == "0" } } ?? ""
            if mantissa.count > 1 {
                #expect(Double(String(format: "%.\(mantissa.count - 1)g", x)) != x, "\(text) is not the shortest")
            }
        }
        #expect(JSONValue.numberText(0.1 + 0.2) == "0.30000000000000004")
        #expect(JSONValue.numberText(.nan) == "null")
        #expect(JSONValue.numberText(.infinity) == "null")
        #expect(JSONValue.numberText(-.infinity) == "null")
    }

    @Test func orderedKeysAndEscapes() {
        let value = JSONValue.object([
            (key: "z", value: .number(1)),
            (key: "a", value: .array([.string("q\"\\\n\u{01}"), .bool(true), .null])),
            (key: "名称", value: .string("广义货币")),
            (key: "e", value: .object([])),
        ])
        #expect(value.serialized(pretty: false) == #"{"z":1,"a":["q\"\\\n\u0001",true,null],"名称":"广义货币","e":{}}"#)
        #expect(value.serialized(pretty: true) == """
        {
          "z": 1,
          "a": [
            "q\\"\\\\\\n\\u0001",
            true,
            null
          ],
          "名称": "广义货币",
          "e": {}
        }
        """)
    }

    @Test func tableAsJSON() {
        let table = Table(headers: ["month", "m2"], rows: [["2023-05", .number(2820504.68)], ["2023-06", .missing]])
        #expect(table.jsonValue.serialized(pretty: false)
            == #"{"columns":["month","m2"],"rows":[{"month":"2023-05","m2":2820504.68},{"month":"2023-06","m2":null}]}"#)
        #expect(table.rendered(as: .json).contains("\"m2\": 2820504.68\n"))
        // the result parses as JSON
        let data = Data(table.rendered(as: .json).utf8)
        #expect((try? JSONSerialization.jsonObject(with: data)) != nil)
    }
}

@Suite struct OutputFormatTests {
    @Test func parsing() {
        #expect(OutputFormat(parsing: "CSV") == .csv)
        #expect(OutputFormat(parsing: "md") == .markdown)
        #expect(OutputFormat(parsing: "tex") == .latex)
        #expect(OutputFormat(parsing: "text") == .text)
        #expect(OutputFormat(parsing: "json") == .json)
        #expect(OutputFormat(parsing: "xml") == nil)
        #expect(OutputFormat.allCases.allSatisfy { OutputFormat(parsing: $0.rawValue) == $0 })
    }
}
