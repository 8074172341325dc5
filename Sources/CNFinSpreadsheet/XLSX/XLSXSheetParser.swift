/// Reads one worksheet part: `<sheetData>` rows and cells (`t` = `s` shared
/// string, `inlineStr`, `str` formula text, `b`, `e`, `d`, `n`; `s` = style
/// index → number format), `<mergeCells>` and the frozen pane of the first
/// `<sheetView>`. Cells without an `r` attribute take the next position.
enum XLSXSheetParser {
    static func parse(_ bytes: [UInt8], name: String, part: String, file: String, shared: [String],
                      styles: [NumberFormat?], limits: SpreadsheetLimits,
                      cellBudget: inout Int) throws(SpreadsheetError) -> Worksheet {
        var cells: [Cell] = []
        var merged: [CellRange] = []
        var frozen: CellReference?
        var failure: SpreadsheetError?
        var budget = cellBudget
        do {
            try bytes.withUnsafeBufferPointer { buffer throws(XMLScanner.Malformed) in
                var x = XMLScanner(buffer)
                var row = -1
                var column = -1
                var sorted = true
                var last = CellReference(row: -1, column: -1)
                // State of the current <c>.
                var inCell = false
                var ref = CellReference(row: 0, column: 0)
                var type: Range<Int>?
                var style = 0
                var valueRange: Range<Int>?
                var inValue = false
                var inlineText = ""
                var inInline = false
                var inInlineText = false
                func isType(_ literal: StaticString) -> Bool {
                    guard let type else { return literal.utf8CodeUnitCount == 1 && literal.utf8Start[0] == UInt8(ascii: "n") }
                    guard type.count == literal.utf8CodeUnitCount else { return false }
                    for k in 0..<type.count where buffer[type.lowerBound + k] != literal.utf8Start[k] { return false }
                    return true
                }
                func finishCell() -> Bool {
                    let format = style > 0 && style < styles.count ? styles[style] : nil
                    var value: CellValue?
                    if isType("inlineStr") {
                        value = .text(inlineText)
                    } else if let v = valueRange {
                        if isType("s") {
                            guard let k = x.integer(v), k < shared.count else {
                                failure = .malformed(file: file, part: part, reason: "cell \(ref): shared string index \(x.decodedText(v)) is out of range (\(shared.count) strings)")
                                return false
                            }
                            value = .text(shared[k])
                        } else if isType("str") {
                            value = .text(x.decodedText(v))
                        } else if isType("b") {
                            value = .boolean(x.decodedText(v).trimmingSpaces == "1")
                        } else if isType("e") {
                            value = .error(x.decodedText(v))
                        } else if isType("d") {
                            value = .date(x.decodedText(v))
                        } else {
                            guard let d = x.double(v) else {
                                failure = .malformed(file: file, part: part, reason: "cell \(ref): \"\(x.decodedText(v))\" is not a number")
                                return false
                            }
                            value = .number(d)
                        }
                    }
                    guard let value else { return true }
                    if ref.row >= limits.maxRows {
                        failure = .limitExceeded(file: file, sheet: name, cell: ref.description, limit: "\(limits.maxRows) rows")
                        return false
                    }
                    budget -= 1
                    if budget < 0 {
                        failure = .limitExceeded(file: file, sheet: name, cell: ref.description, limit: "\(limits.maxCells) cells in the workbook")
                        return false
                    }
                    if ref <= last { sorted = false }
                    last = ref
                    cells.append(Cell(reference: ref, value: value, numberFormat: format))
                    return true
                }
                while let e = try x.next() {
                    switch e {
                    case .start(let n, let attributes, let empty):
                        if x.isName(n, "c") {
                            column += 1
                            if let r = x.attribute("r", in: attributes) {
                                guard let parsed = x.cellReference(r) ?? CellReference(x.decodedText(r)) else {
                                    failure = .malformed(file: file, part: part, reason: "bad cell reference \"\(x.decodedText(r))\"")
                                    return
                                }
                                ref = parsed
                                column = parsed.column
                            } else {
                                ref = CellReference(row: max(row, 0), column: column)
                            }
                            type = x.attribute("t", in: attributes)
                            style = x.attribute("s", in: attributes).flatMap { x.integer($0) } ?? 0
                            valueRange = nil
                            inlineText = ""
                            inCell = !empty
                        } else if inCell && x.isName(n, "v") && !empty {
                            inValue = true
                        } else if inCell && x.isName(n, "is") && !empty {
                            inInline = true
                        } else if inInline && x.isName(n, "t") && !empty {
                            inInlineText = true
                        } else if inInline && x.isName(n, "rPh") && !empty {
                            try x.skipElement()
                        } else if x.isName(n, "row") {
                            if let r = x.attribute("r", in: attributes), let k = x.integer(r), k >= 1 {
                                row = k - 1
                            } else {
                                row += 1
                            }
                            if row >= limits.maxRows {
                                failure = .limitExceeded(file: file, sheet: name, cell: "A\(row + 1)", limit: "\(limits.maxRows) rows")
                                return
                            }
                            column = -1
                        } else if x.isName(n, "mergeCell"), let r = x.attribute("ref", in: attributes),
                                  let range = CellRange(x.decodedText(r)) {
                            merged.append(range)
                        } else if x.isName(n, "pane"), frozen == nil,
                                  let state = x.attribute("state", in: attributes), x.decodedText(state).hasPrefix("frozen"),
                                  let top = x.attribute("topLeftCell", in: attributes) {
                            frozen = CellReference(x.decodedText(top))
                        }
                    case .end(let n):
                        if x.isName(n, "v") {
                            inValue = false
                        } else if x.isName(n, "t") {
                            inInlineText = false
                        } else if x.isName(n, "is") {
                            inInline = false
                        } else if x.isName(n, "c") {
                            if inCell, !finishCell() { return }
                            inCell = false
                        }
                    case .text(let r):
                        if inValue { valueRange = valueRange.map { $0.lowerBound..<r.upperBound } ?? r }
                        if inInlineText { inlineText += x.decodedText(r) }
                    case .cdata(let r):
                        if inInlineText { inlineText += String(decoding: UnsafeBufferPointer(rebasing: buffer[r]), as: UTF8.self) }
                    }
                }
                if !sorted {
                    cells.sort { $0.reference < $1.reference }
                    var unique: [Cell] = []
                    unique.reserveCapacity(cells.count)
                    for c in cells {
                        if let previous = unique.last, previous.reference == c.reference {
                            failure = .malformed(file: file, part: part, reason: "cell \(c.reference) appears twice")
                            return
                        }
                        unique.append(c)
                    }
                    cells = unique
                }
            }
        } catch {
            throw XLSXReader.malformed(file, part, error)
        }
        if let failure { throw failure }
        cellBudget = budget
        return Worksheet(name: name, cells: cells, mergedRanges: merged, frozenAt: frozen)
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !" \t\r\n".unicodeScalars.contains($0) }),
              let last = scalars.lastIndex(where: { !" \t\r\n".unicodeScalars.contains($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
