/// Reads an `.xlsx` (Office Open XML SpreadsheetML, ECMA-376) workbook from
/// its bytes: the ZIP central directory (``ZipArchive``), the package and
/// workbook relationships, `workbook.xml` (sheet names, 1904 dates),
/// `sharedStrings.xml`, `styles.xml` (number formats of the cell styles) and
/// each worksheet's `sheetData` and `mergeCells`, with ``XMLScanner``.
enum XLSXReader {
    static func read(bytes: [UInt8], file: String, limits: SpreadsheetLimits) throws(SpreadsheetError) -> Workbook {
        let zip = try ZipArchive(bytes: bytes, file: file)
        if zip.contains("EncryptionInfo") || zip.contains("EncryptedPackage") { throw .encrypted(file: file) }
        let workbookPath = try officeDocumentPath(zip, limits: limits)
        guard zip.contains(workbookPath) else {
            throw .malformed(file: file, part: workbookPath, reason: "the workbook part is missing (not an .xlsx workbook)")
        }
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        let relationships = zip.contains(relsPath) ? try readRelationships(zip, relsPath, base: folder, limits: limits) : [:]
        let (sheetRefs, uses1904) = try readWorkbook(zip, workbookPath, limits: limits)
        let sharedPath = relationships.values.first { $0.type.hasSuffix("/sharedStrings") }?.target
            ?? (folder.isEmpty ? "" : folder + "/") + "sharedStrings.xml"
        let shared = zip.contains(sharedPath) ? try readSharedStrings(zip, sharedPath, limits: limits) : []
        let stylesPath = relationships.values.first { $0.type.hasSuffix("/styles") }?.target
            ?? (folder.isEmpty ? "" : folder + "/") + "styles.xml"
        let styles = zip.contains(stylesPath) ? try readStyles(zip, stylesPath, limits: limits) : []
        var sheets: [Worksheet] = []
        var cellBudget = limits.maxCells
        for (name, rid) in sheetRefs {
            guard let target = relationships[rid]?.target else {
                throw .malformed(file: file, part: workbookPath, reason: "sheet \"\(name)\" points to relationship \(rid), which is missing")
            }
            let sheet = try XLSXSheetParser.parse(zip.read(target, maxBytes: limits.maxEntryBytes), name: name, part: target,
                                                  file: file, shared: shared, styles: styles, limits: limits,
                                                  cellBudget: &cellBudget)
            sheets.append(sheet)
        }
        return Workbook(source: file, format: .xlsx, sheets: sheets, uses1904Dates: uses1904)
    }

    struct Relationship { var type: String; var target: String }

    static func malformed(_ file: String, _ part: String, _ e: XMLScanner.Malformed) -> SpreadsheetError {
        .malformed(file: file, part: part, reason: "malformed XML at byte \(e.offset): \(e.reason)")
    }

    static func officeDocumentPath(_ zip: ZipArchive, limits: SpreadsheetLimits) throws(SpreadsheetError) -> String {
        guard zip.contains("_rels/.rels") else { return "xl/workbook.xml" }
        let rels = try readRelationships(zip, "_rels/.rels", base: "", limits: limits)
        return rels.values.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
    }

    /// `Id` → (type, target resolved against `base`).
    static func readRelationships(_ zip: ZipArchive, _ path: String, base: String,
                                  limits: SpreadsheetLimits) throws(SpreadsheetError) -> [String: Relationship] {
        let bytes = try zip.read(path, maxBytes: limits.maxEntryBytes)
        var result: [String: Relationship] = [:]
        do {
            try bytes.withUnsafeBufferPointer { buffer throws(XMLScanner.Malformed) in
                var x = XMLScanner(buffer)
                while let e = try x.next() {
                    guard case .start(let name, let attributes, _) = e, x.isName(name, "Relationship") else { continue }
                    guard let id = x.attribute("Id", in: attributes), let target = x.attribute("Target", in: attributes) else { continue }
                    let type = x.attribute("Type", in: attributes).map { x.decodedText($0) } ?? ""
                    result[x.decodedText(id)] = Relationship(type: type, target: resolve(x.decodedText(target), base: base))
                }
            }
        } catch { throw malformed(zip.file, path, error) }
        return result
    }

    static func resolve(_ target: String, base: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = base.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    static func readWorkbook(_ zip: ZipArchive, _ path: String,
                             limits: SpreadsheetLimits) throws(SpreadsheetError) -> ([(String, String)], Bool) {
        let bytes = try zip.read(path, maxBytes: limits.maxEntryBytes)
        var sheets: [(String, String)] = []
        var uses1904 = false
        do {
            try bytes.withUnsafeBufferPointer { buffer throws(XMLScanner.Malformed) in
                var x = XMLScanner(buffer)
                while let e = try x.next() {
                    guard case .start(let name, let attributes, _) = e else { continue }
                    if x.isName(name, "sheet"), let n = x.attribute("name", in: attributes), let rid = x.attribute("r:id", in: attributes) ?? x.prefixedAttribute(local: "id", in: attributes) {
                        sheets.append((x.decodedText(n), x.decodedText(rid)))
                    } else if x.isName(name, "workbookPr"), let d = x.attribute("date1904", in: attributes) {
                        let v = x.decodedText(d)
                        uses1904 = v == "1" || v == "true"
                    }
                }
            }
        } catch { throw malformed(zip.file, path, error) }
        if sheets.isEmpty { throw .malformed(file: zip.file, part: path, reason: "the workbook lists no sheets") }
        return (sheets, uses1904)
    }

    /// The strings of `<si>` items: the `<t>` of the item or of its rich-text
    /// runs `<r>`, without phonetic runs (`<rPh>`).
    static func readSharedStrings(_ zip: ZipArchive, _ path: String, limits: SpreadsheetLimits) throws(SpreadsheetError) -> [String] {
        let bytes = try zip.read(path, maxBytes: limits.maxEntryBytes)
        var strings: [String] = []
        do {
            try bytes.withUnsafeBufferPointer { buffer throws(XMLScanner.Malformed) in
                var x = XMLScanner(buffer)
                var current = ""
                var inItem = false
                var inText = false
                while let e = try x.next() {
                    switch e {
                    case .start(let name, _, let empty):
                        if x.isName(name, "si") {
                            current = ""
                            inItem = !empty
                            if empty { strings.append("") }
                        } else if x.isName(name, "rPh") && !empty {
                            try x.skipElement()
                        } else if x.isName(name, "t") && !empty && inItem {
                            inText = true
                        }
                    case .end(let name):
                        if x.isName(name, "t") { inText = false } else if x.isName(name, "si") {
                            strings.append(current)
                            inItem = false
                        }
                    case .text(let r):
                        if inText { current += x.decodedText(r) }
                    case .cdata(let r):
                        if inText { current += String(decoding: UnsafeBufferPointer(rebasing: buffer[r]), as: UTF8.self) }
                    }
                }
            }
        } catch { throw malformed(zip.file, path, error) }
        return strings
    }

    /// The number format of each cell style (`<cellXfs><xf numFmtId>`), by style index.
    static func readStyles(_ zip: ZipArchive, _ path: String, limits: SpreadsheetLimits) throws(SpreadsheetError) -> [NumberFormat?] {
        let bytes = try zip.read(path, maxBytes: limits.maxEntryBytes)
        var custom: [Int: String] = [:]
        var styles: [NumberFormat?] = []
        do {
            try bytes.withUnsafeBufferPointer { buffer throws(XMLScanner.Malformed) in
                var x = XMLScanner(buffer)
                var inCellXfs = false
                while let e = try x.next() {
                    switch e {
                    case .start(let name, let attributes, let empty):
                        if x.isName(name, "numFmt"), let id = x.attribute("numFmtId", in: attributes).flatMap({ x.integer($0) }),
                           let code = x.attribute("formatCode", in: attributes) {
                            custom[id] = x.decodedText(code)
                        } else if x.isName(name, "cellXfs") {
                            inCellXfs = !empty
                        } else if inCellXfs, x.isName(name, "xf") {
                            let id = x.attribute("numFmtId", in: attributes).flatMap { x.integer($0) } ?? 0
                            if id == 0 {
                                styles.append(nil)
                            } else if let code = custom[id] {
                                styles.append(NumberFormat(id: id, code: code))
                            } else {
                                styles.append(NumberFormat.builtIn(id) ?? NumberFormat(id: id, code: ""))
                            }
                        }
                    case .end(let name):
                        if x.isName(name, "cellXfs") { inCellXfs = false }
                    default:
                        break
                    }
                }
            }
        } catch { throw malformed(zip.file, path, error) }
        return styles
    }
}
