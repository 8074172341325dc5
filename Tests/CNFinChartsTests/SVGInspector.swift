import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an SVG with Foundation's XMLParser and collects what the tests check.
final class SVGInspector: NSObject, XMLParserDelegate {
    struct Element { let name: String; let attributes: [String: String] }
    private(set) var elements: [Element] = []
    private(set) var parseError: String?
    private(set) var rootName: String?
    private var textStack: [String] = []
    private(set) var texts: [String] = []

    static func parse(_ svg: String) -> SVGInspector {
        let inspector = SVGInspector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = inspector
        if !parser.parse() {
            inspector.parseError = parser.parserError.map { "\($0)" } ?? "unknown XML error"
        }
        return inspector
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        if rootName == nil { rootName = elementName }
        elements.append(Element(name: elementName, attributes: attributeDict))
        textStack.append("")
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !textStack.isEmpty { textStack[textStack.count - 1] += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        let t = textStack.popLast() ?? ""
        if elementName == "text" || elementName == "title" { texts.append(t) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        self.parseError = "\(parseError)"
    }

    var seriesNames: [String] {
        elements.filter { $0.attributes["class"] == "series" }.compactMap { $0.attributes["data-series"] }
    }

    var legendNames: [String] {
        elements.filter { $0.attributes["class"] == "legend-item" }.compactMap { $0.attributes["data-series"] }
    }
}
