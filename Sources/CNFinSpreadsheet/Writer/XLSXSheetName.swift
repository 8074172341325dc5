/// Excel's rules for sheet names, checked before any name reaches libxlsxwriter.
///
/// A name is 1–31 UTF-16 code units, holds none of `[ ] : * ? / \`, does not
/// begin or end with an apostrophe, and is unique in the workbook ignoring case.
public enum XLSXSheetName {
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Throws ``SpreadsheetError/invalidSheetName(name:reason:)`` when `name` breaks a rule.
    public static func validate(_ name: String) throws(SpreadsheetError) {
        if name.isEmpty { throw .invalidSheetName(name: name, reason: "it is empty") }
        if name.utf16.count > 31 {
            throw .invalidSheetName(name: name, reason: "it has \(name.utf16.count) characters; Excel allows at most 31")
        }
        if let bad = name.first(where: { forbidden.contains($0) }) {
            throw .invalidSheetName(name: name, reason: "it contains '\(bad)'; Excel forbids [ ] : * ? / \\")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw .invalidSheetName(name: name, reason: "it begins or ends with an apostrophe")
        }
    }

    /// Validates every name and their uniqueness (case-insensitive).
    public static func validate(all names: [String]) throws(SpreadsheetError) {
        var seen: Set<String> = []
        for name in names {
            try validate(name)
            guard seen.insert(name.lowercased()).inserted else {
                throw .invalidSheetName(name: name, reason: "another sheet has the same name (Excel ignores case)")
            }
        }
    }

    /// A valid name made from `text` (a table title): forbidden characters become
    /// `_`, apostrophes at the ends are dropped, the result is cut to 31 UTF-16
    /// units; `fallback` when nothing is left.
    public static func derived(from text: String, fallback: String) -> String {
        var name = String(text.map { forbidden.contains($0) || $0.isNewline ? "_" : $0 })
        while name.hasPrefix("'") { name.removeFirst() }
        while name.hasSuffix("'") { name.removeLast() }
        var cut = ""
        for ch in name {
            if cut.utf16.count + String(ch).utf16.count > 31 { break }
            cut.append(ch)
        }
        cut = cut.trimmingSpaces
        return cut.isEmpty ? fallback : cut
    }

    /// Valid, unique names for the given titles (`Table1`, `Table2` … when a title is missing).
    public static func names(for titles: [String?]) -> [String] {
        var used: Set<String> = []
        var out: [String] = []
        for (k, title) in titles.enumerated() {
            let base = derived(from: title ?? "", fallback: "Table\(k + 1)")
            var name = base
            var n = 2
            while used.contains(name.lowercased()) {
                let suffix = " (\(n))"
                name = derived(from: String(base.prefix(31 - suffix.count)), fallback: "Table") + suffix
                n += 1
            }
            used.insert(name.lowercased())
            out.append(name)
        }
        return out
    }
}
