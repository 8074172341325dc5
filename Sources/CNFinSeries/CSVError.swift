import CNFinSupport

/// Why a CSV file could not be read; every case that concerns a place in the
/// file names it as `file:line:column`.
public enum CSVError: Error, Equatable, LocalizedMessage {
    /// The file could not be opened or is not UTF-8.
    case unreadable(file: String, reason: String)
    /// The file has no header line.
    case empty(file: String)
    /// A quoted field is not closed before the end of the file.
    case unterminatedQuote(CSVLocation)
    /// A double quote inside an unquoted field, or text after a closing quote.
    case unexpectedQuote(CSVLocation)
    /// The header is not what the format requires.
    case badHeader(CSVLocation, reason: String)
    /// A record has a different number of fields than the header.
    case wrongFieldCount(CSVLocation, expected: Int, found: Int)
    /// A month cell that is not `YYYY-MM`, `YYYY-MM-DD` or `YYYYMM`.
    case badMonth(CSVLocation, text: String, reason: String)
    /// A value cell that is not a number.
    case nonNumeric(CSVLocation, column: String, text: String)
    /// A value cell spelling NaN or an infinity (missing values are empty cells).
    case notFinite(CSVLocation, column: String, text: String)
    /// A month (or id and month) that occurs twice.
    case duplicateMonth(CSVLocation, key: String, firstLine: Int)
    /// A month earlier than or equal to the month of the previous row.
    case outOfOrder(CSVLocation, month: Month, previous: Month)
    /// Months missing between two rows (a missing month needs a row with empty cells).
    case gap(CSVLocation, after: Month, before: Month)
    /// A unit that is not recognised.
    case unknownUnit(CSVLocation, text: String)
    /// A cell that is not one of the allowed values.
    case invalidValue(CSVLocation, column: String, text: String, expected: String)
    /// A column appearing twice in the header.
    case duplicateColumn(CSVLocation, name: String)
    /// A required cell is empty.
    case emptyCell(CSVLocation, column: String)
    /// A selected cell holds a missing value (empty or `NA`, …) where a number is required;
    /// `text` is the cell as written.
    case missingValue(CSVLocation, column: String, text: String)
    /// A column named by the user is not in the header.
    case unknownColumn(file: String, name: String, available: [String])

    /// A cell's text as quoted in a message: at most 60 characters, then `…` and the length,
    /// so that one malformed 200 KB cell does not become a 200 KB message.
    static func excerpt(_ text: String) -> String {
        var count = 0
        var end = text.startIndex
        while end < text.endIndex, count < 60 {
            end = text.index(after: end)
            count += 1
        }
        guard end < text.endIndex else { return text }
        return String(text[..<end]) + "… (\(text.count) characters)"
    }

    /// Where the problem is, when it concerns one place.
    public var location: CSVLocation? {
        switch self {
        case .unreadable, .empty, .unknownColumn: return nil
        case .unterminatedQuote(let l), .unexpectedQuote(let l), .badHeader(let l, _), .wrongFieldCount(let l, _, _),
             .badMonth(let l, _, _), .nonNumeric(let l, _, _), .notFinite(let l, _, _), .duplicateMonth(let l, _, _),
             .outOfOrder(let l, _, _), .gap(let l, _, _), .unknownUnit(let l, _), .invalidValue(let l, _, _, _),
             .duplicateColumn(let l, _), .emptyCell(let l, _), .missingValue(let l, _, _):
            return l
        }
    }

    public var description: String { message(in: .en) }

    /// The message in `language` (the Chinese one is built in `CSVError+Chinese.swift`).
    public func message(in language: DisplayLanguage) -> String {
        switch language {
        case .en: return english
        case .zh: return chinese
        }
    }

    private var english: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read: \(reason)"
        case .empty(let file):
            return "\(file): empty file (expected a header line)"
        case .unterminatedQuote(let l):
            return "\(l): quoted field is not closed"
        case .unexpectedQuote(let l):
            return "\(l): unexpected double quote (quote the whole field and double quotes inside it)"
        case .badHeader(let l, let reason):
            return "\(l): bad header: \(reason)"
        case .wrongFieldCount(let l, let expected, let found):
            return "\(l): expected \(expected) fields as in the header, found \(found)"
        case .badMonth(let l, let text, let reason):
            return "\(l): invalid month \"\(CSVError.excerpt(text))\": \(reason)"
        case .nonNumeric(let l, let column, let text):
            return "\(l): value \"\(CSVError.excerpt(text))\" in column '\(column)' is not a number (leave the cell empty for a missing value)"
        case .notFinite(let l, let column, let text):
            return "\(l): value \"\(CSVError.excerpt(text))\" in column '\(column)' is not finite (leave the cell empty for a missing value)"
        case .duplicateMonth(let l, let key, let firstLine):
            return "\(l): duplicate \(key) (first on line \(firstLine))"
        case .outOfOrder(let l, let month, let previous):
            return "\(l): month \(month) is out of order (after \(previous)); rows must be in increasing month order"
        case .gap(let l, let after, let before):
            let missing = after.advanced(by: 1) == before.advanced(by: -1)
                ? "\(after.advanced(by: 1))" : "\(after.advanced(by: 1))…\(before.advanced(by: -1))"
            return "\(l): gap: no row for \(missing) between \(after) and \(before) (add rows with empty cells for missing values)"
        case .unknownUnit(let l, let text):
            return "\(l): unknown unit \"\(CSVError.excerpt(text))\" (known: 亿元, 万亿元, %, pp, index)"
        case .invalidValue(let l, let column, let text, let expected):
            return "\(l): invalid \(column) \"\(CSVError.excerpt(text))\" (expected \(expected))"
        case .duplicateColumn(let l, let name):
            return "\(l): column '\(name)' appears twice in the header"
        case .emptyCell(let l, let column):
            return "\(l): column '\(column)' must not be empty"
        case .missingValue(let l, let column, let text):
            return "\(l): column '\(column)': missing value" + (text.isEmpty ? "" : " \"\(CSVError.excerpt(text))\"")
        case .unknownColumn(let file, let name, let available):
            let close = CloseMatches.suggestions(for: name, among: available)
            return "\(file): no column named '\(name)'"
                + (close.isEmpty ? "" : " (did you mean \(close.map { "'\($0)'" }.joined(separator: " or "))?)")
                + "; available columns: \(available.joined(separator: ", "))"
        }
    }
}
