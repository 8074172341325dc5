import Testing
@testable import CNFinSupport

@Suite struct TextTrimmingTests {
    /// The CSV set: spaces, tabs, every line break (CRLF as one character) and the BOM; a full-width
    /// or no-break space is data in a CSV field.
    @Test func csvWhitespace() {
        #expect(" \t2023-05\r\n".trimmingWhitespace() == "2023-05")
        #expect("\u{FEFF}month".trimmingWhitespace() == "month")
        #expect("\r\n\u{0B}\u{0C}\u{85}\u{2028}\u{2029}x\u{2028}".trimmingWhitespace() == "x")
        #expect("\u{3000}M2\u{3000}".trimmingWhitespace() == "\u{3000}M2\u{3000}")
        #expect("\u{A0}1\u{A0}".trimmingWhitespace() == "\u{A0}1\u{A0}")
        #expect(" a b ".trimmingWhitespace() == "a b")
        #expect("  \t\r\n ".trimmingWhitespace() == "")
        #expect("".trimmingWhitespace() == "")
        // A space carrying a combining mark is one character, and it is text.
        #expect(" \u{301}x".trimmingWhitespace() == " \u{301}x")
        // The fast path (ASCII ends that are not space) and the general path agree.
        for s in ["abc", "a\u{3000}", "é ", "\u{FEFF}", "1,2", "x\t"] {
            #expect(s.trimmingWhitespace() == s[...].trimmingWhitespace())
        }
    }

    /// Unicode white space: the ideographic (full-width) space U+3000 and NBSP trimmed too.
    @Test func unicodeSpaces() {
        #expect("\u{3000}\u{3000}人民币贷款\u{3000}".trimmingSpaces() == "人民币贷款")
        #expect("\u{A0} 亿元 \u{A0}".trimmingSpaces() == "亿元")
        #expect("\u{FEFF} m2 \r\n".trimmingSpaces() == "m2")
        #expect("m0; m1".split(separator: ";").map { $0.trimmingSpaces() } == ["m0", "m1"])
        #expect("\u{3000}".trimmingSpaces() == "")
    }

    @Test func listedCharacters() {
        #expect(" , respectively, ".trimming(" ,") == "respectively")
        #expect("  其中 ".trimming(" ") == "其中")
        #expect(",,,".trimming(",") == "")
        #expect("x".trimming("") == "x")
    }

    @Test func collapsing() {
        #expect("  M2\u{3000}\u{3000}余额 ".collapsingSpaces() == "M2 余额")
        #expect("a\u{A0}\t\nb".collapsingSpaces() == "a b")
        #expect("\u{3000}".collapsingSpaces() == "")
        #expect("ab".collapsingSpaces() == "ab")
    }
}
