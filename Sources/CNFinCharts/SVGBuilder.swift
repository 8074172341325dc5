import CNFinOutput
/// A minimal SVG/XML writer: elements with escaped attribute values, in order.
struct SVGBuilder {
    private(set) var text = ""
    private var depth = 0

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        indent()
        text += "<" + name + Self.attributes(attributes) + ">\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        indent()
        text += "</" + name + ">\n"
    }

    /// An empty element `<name …/>`.
    mutating func element(_ name: String, _ attributes: [(String, String)]) {
        indent()
        text += "<" + name + Self.attributes(attributes) + "/>\n"
    }

    /// An element with escaped text content.
    mutating func element(_ name: String, _ attributes: [(String, String)], text content: String) {
        indent()
        text += "<" + name + Self.attributes(attributes) + ">" + XMLEscaping.escape(content) + "</" + name + ">\n"
    }

    /// An element with one `<title>` child (a tooltip).
    mutating func element(_ name: String, _ attributes: [(String, String)], tooltip: String) {
        indent()
        text += "<" + name + Self.attributes(attributes) + "><title>" + XMLEscaping.escape(tooltip) + "</title></" + name + ">\n"
    }

    private mutating func indent() {
        text += String(repeating: " ", count: max(depth, 0))
    }

    private static func attributes(_ list: [(String, String)]) -> String {
        list.map { " " + $0.0 + "=\"" + XMLEscaping.escape($0.1) + "\"" }.joined()
    }
}

/// Short coordinate text.
func n(_ x: Double) -> String { SVGNumber.format(x) }
