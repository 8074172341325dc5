@_exported import CNFinSupport
import Foundation

/// A JSON document: objects keep their keys in insertion order.
///
/// Numbers are written by ``JSONValue/numberText(_:)``: integer-valued
/// doubles with |x| < 2⁵³ without fraction or exponent (`15560`), others as
/// the shortest text that reads back to the same double (`2820504.68`, not
/// `2820504.6800000002`; Swift's `description`), NaN and ±∞ as `null`.
public enum JSONValue: Sendable, Equatable {
    /// An object; keys keep the given order (duplicates are written as given).
    case object([(key: String, value: JSONValue)])
    /// An array.
    case array([JSONValue])
    /// A string.
    case string(String)
    /// A number.
    case number(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// A number, or `null` when `value` is `nil`.
    public static func optionalNumber(_ value: Double?) -> JSONValue {
        value.map(JSONValue.number) ?? .null
    }

    /// A string, or `null` when `value` is `nil`.
    public static func optionalString(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let a), .array(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b || (a.isNaN && b.isNaN)
        case (.bool(let a), .bool(let b)): return a == b
        case (.null, .null): return true
        default: return false
        }
    }

    /// The JSON text. With `pretty`, nested values are indented by two spaces
    /// per level; otherwise the text has no whitespace. Numbers are written
    /// by ``numberText(_:)`` and read back as exactly the same doubles.
    public func serialized(pretty: Bool = true) -> String {
        var out = ""
        write(into: &out, pretty: pretty, level: 0)
        return out
    }

    private func write(into out: inout String, pretty: Bool, level: Int) {
        let indent = pretty ? String(repeating: "  ", count: level + 1) : ""
        let closing = pretty ? String(repeating: "  ", count: level) : ""
        let newline = pretty ? "\n" : ""
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let x): out += Self.numberText(x)
        case .string(let s): out += Self.quoted(s)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[" + newline
            for (i, item) in items.enumerated() {
                out += indent
                item.write(into: &out, pretty: pretty, level: level + 1)
                out += (i < items.count - 1 ? "," : "") + newline
            }
            out += closing + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{" + newline
            for (i, member) in members.enumerated() {
                out += indent + Self.quoted(member.key) + (pretty ? ": " : ":")
                member.value.write(into: &out, pretty: pretty, level: level + 1)
                out += (i < members.count - 1 ? "," : "") + newline
            }
            out += closing + "}"
        }
    }

    /// The JSON text of a number: `null` for NaN/±∞, otherwise CNFinSupport's
    /// ``NumberText/shortest(_:)`` — integer-valued doubles as integers (`-0` as `0`),
    /// else the shortest text that reads back to the same double (`0.95`, `1e+300`,
    /// `1e-07`). This is the one number rule of every CSV and JSON output: exact, and
    /// never longer than it must be.
    public static func numberText(_ x: Double) -> String {
        x.isFinite ? NumberText.shortest(x) : "null"
    }

    /// `s` as a JSON string literal: `"` and `\` escaped, control characters
    /// as `\n`, `\r`, `\t`, `\b`, `\f` or `\u00XX`.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
