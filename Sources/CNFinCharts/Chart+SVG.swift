extension Chart {
    /// The chart as a standalone SVG 1.1 document (UTF-8 text, no XML
    /// declaration so it can also be inlined in HTML).
    ///
    /// The output is deterministic: coordinates are rounded to 0.01 and
    /// printed without locale, so the same chart gives byte-identical SVG.
    /// The root carries `role="img"` and a `<title>`/`<desc>` pair for screen
    /// readers; every drawn series is a `<g class="series" data-series="…">`
    /// with a matching `<g class="legend-item" data-series="…">`.
    public func svg() throws(ChartError) -> String {
        let layout = try layout()
        typealias M = ChartMetrics
        let n = axis.count
        let slot = layout.plot.width / Double(n)
        let slug = "chart-" + Chart.slug(identifier)
        var b = SVGBuilder()
        b.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("version", "1.1"),
            ("width", SVGNumber.format(width)), ("height", SVGNumber.format(height)),
            ("viewBox", "0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))"),
            ("role", "img"), ("aria-labelledby", "\(slug)-title \(slug)-desc"),
            ("font-family", M.fontFamily), ("class", "cnfin-chart"), ("id", slug),
        ])
        b.element("title", [("id", "\(slug)-title")], text: title)
        b.element("desc", [("id", "\(slug)-desc")], text: description(layout: layout))
        b.element("rect", [("x", "0"), ("y", "0"), ("width", SVGNumber.format(width)), ("height", SVGNumber.format(height)), ("fill", "#FFFFFF")])

        // Title and subtitle.
        var y = M.padding
        for line in layout.titleLines {
            y += M.titleLine
            b.element("text", [("x", SVGNumber.format(M.padding)), ("y", SVGNumber.format(y - 5)), ("font-size", SVGNumber.format(M.titleSize)),
                               ("font-weight", "bold"), ("fill", ChartColor.ink.hex)], text: line)
        }
        for line in layout.subtitleLines {
            y += M.subtitleLine
            b.element("text", [("x", SVGNumber.format(M.padding)), ("y", SVGNumber.format(y - 4)), ("font-size", SVGNumber.format(M.subtitleSize)),
                               ("fill", ChartColor.grey.hex)], text: line)
        }

        // Legend.
        b.open("g", [("class", "legend"), ("font-size", SVGNumber.format(M.legendSize)), ("fill", ChartColor.ink.hex)])
        for e in layout.legend {
            b.open("g", [("class", "legend-item"), ("data-series", e.name), ("data-kind", e.kind.rawValue)])
            let cy = e.y + M.legendRow / 2
            switch e.kind {
            case .bar:
                b.element("rect", [("x", SVGNumber.format(e.x)), ("y", SVGNumber.format(cy - 5)), ("width", SVGNumber.format(M.swatch)), ("height", "10"), ("fill", e.color.hex)])
            case .band:
                b.element("rect", [("x", SVGNumber.format(e.x)), ("y", SVGNumber.format(cy - 5)), ("width", SVGNumber.format(M.swatch)), ("height", "10"),
                                   ("fill", e.color.hex), ("fill-opacity", "0.3")])
            case .line:
                if e.style == .markers {
                    b.element("circle", [("cx", SVGNumber.format(e.x + M.swatch / 2)), ("cy", SVGNumber.format(cy)), ("r", "4"), ("fill", e.color.hex)])
                } else {
                    var attrs = [("x1", SVGNumber.format(e.x)), ("y1", SVGNumber.format(cy)), ("x2", SVGNumber.format(e.x + M.swatch)), ("y2", SVGNumber.format(cy)),
                                 ("stroke", e.color.hex), ("stroke-width", "2.5")]
                    if e.style == .dashed { attrs.append(("stroke-dasharray", "4 2")) }
                    b.element("line", attrs)
                }
            }
            b.element("text", [("x", SVGNumber.format(e.x + M.swatch + 5)), ("y", SVGNumber.format(cy + 4))], text: e.name)
            b.close("g")
        }
        b.close("g")

        // Y axis: unit, grid, tick labels.
        let plot = layout.plot
        b.element("text", [("x", SVGNumber.format(M.padding)), ("y", SVGNumber.format(plot.y - 12)), ("font-size", SVGNumber.format(M.tickSize)),
                           ("fill", ChartColor.grey.hex), ("class", "y-unit")], text: yLabel)
        b.open("g", [("class", "y-axis"), ("font-size", SVGNumber.format(M.tickSize)), ("fill", ChartColor.grey.hex), ("text-anchor", "end")])
        for t in layout.yScale.ticks {
            let ty = layout.y(t)
            b.element("line", [("x1", SVGNumber.format(plot.x)), ("y1", SVGNumber.format(ty)), ("x2", SVGNumber.format(plot.maxX)), ("y2", SVGNumber.format(ty)),
                               ("stroke", t == 0 ? ChartColor.grey.hex : ChartColor.grid.hex), ("stroke-width", t == 0 ? "1.2" : "1")])
            b.element("text", [("x", SVGNumber.format(plot.x - 6)), ("y", SVGNumber.format(ty + 4))], text: layout.yScale.label(t))
        }
        b.close("g")

        // Shaded bands (drawn under lines and bars).
        for (bi, band) in bands.enumerated() {
            let first = lines[band.firstLine].values, second = lines[band.secondLine].values
            b.open("g", [("class", "series"), ("data-series", band.name), ("data-kind", "band")])
            var run: [Int] = []
            func flush(_ b: inout SVGBuilder) {
                guard run.count >= 2 else { run = []; return }
                var pts: [String] = []
                for i in run { if let v = first[i] { pts.append("\(SVGNumber.format(layout.x(i, count: n))),\(SVGNumber.format(layout.y(v)))") } }
                for i in run.reversed() { if let v = second[i] { pts.append("\(SVGNumber.format(layout.x(i, count: n))),\(SVGNumber.format(layout.y(v)))") } }
                b.element("polygon", [("points", pts.joined(separator: " ")), ("fill", layout.bandColors[bi].hex), ("fill-opacity", "0.3"), ("stroke", "none")])
                run = []
            }
            for i in 0..<n {
                if first[i] != nil, second[i] != nil { run.append(i) } else { flush(&b) }
            }
            flush(&b)
            b.close("g")
        }

        // Stacked bars.
        let barWidth: Double = {
            if case .categories = axis { return min(slot * 0.5, 90) }
            return max(slot * 0.7, 1)
        }()
        var up = [Double](repeating: 0, count: n), down = [Double](repeating: 0, count: n)
        for (si, s) in bars.enumerated() {
            b.open("g", [("class", "series"), ("data-series", s.name), ("data-kind", "bar"), ("fill", layout.barColors[si].hex)])
            for i in 0..<n {
                guard let v = s.values[i], v != 0 else { continue }
                let base = v > 0 ? up[i] : down[i]
                let end = base + v
                if v > 0 { up[i] = end } else { down[i] = end }
                let y0 = layout.y(max(base, end)), y1 = layout.y(min(base, end))
                b.element("rect", [("x", SVGNumber.format(layout.x(i, count: n) - barWidth / 2)), ("y", SVGNumber.format(y0)),
                                   ("width", SVGNumber.format(barWidth)), ("height", SVGNumber.format(max(y1 - y0, 0.01)))],
                          tooltip: "\(s.name) \(axis.label(i)): \(SVGNumber.format(v))")
            }
            b.close("g")
        }

        // Lines.
        for (li, s) in lines.enumerated() {
            let color = layout.lineColors[li].hex
            b.open("g", [("class", "series"), ("data-series", s.name), ("data-kind", "line")])
            if s.style != .markers {
                var d = ""
                var penDown = false
                for i in 0..<n {
                    guard let v = s.values[i] else { penDown = false; continue }
                    d += (d.isEmpty ? "" : " ") + (penDown ? "L" : "M") + SVGNumber.format(layout.x(i, count: n)) + " " + SVGNumber.format(layout.y(v))
                    penDown = true
                }
                var attrs = [("d", d), ("fill", "none"), ("stroke", color), ("stroke-width", SVGNumber.format(s.width)),
                             ("stroke-linejoin", "round"), ("stroke-linecap", "round")]
                if s.style == .dashed { attrs.append(("stroke-dasharray", "6 4")) }
                b.element("path", attrs)
            }
            if s.style == .markers || n <= 13 {
                for i in 0..<n {
                    guard let v = s.values[i] else { continue }
                    b.element("circle", [("cx", SVGNumber.format(layout.x(i, count: n))), ("cy", SVGNumber.format(layout.y(v))), ("r", "4"),
                                         ("fill", color), ("stroke", "#FFFFFF"), ("stroke-width", "1.5")],
                              tooltip: "\(s.name) \(axis.label(i)): \(SVGNumber.format(v))")
                }
            }
            b.close("g")
        }

        // X axis.
        b.open("g", [("class", "x-axis"), ("font-size", SVGNumber.format(M.tickSize)), ("fill", ChartColor.grey.hex), ("text-anchor", "middle")])
        b.element("line", [("x1", SVGNumber.format(plot.x)), ("y1", SVGNumber.format(plot.maxY)), ("x2", SVGNumber.format(plot.maxX)), ("y2", SVGNumber.format(plot.maxY)),
                           ("stroke", ChartColor.grey.hex), ("stroke-width", "1")])
        for tick in layout.xTicks {
            let tx = layout.x(tick.index, count: n)
            b.element("line", [("x1", SVGNumber.format(tx)), ("y1", SVGNumber.format(plot.maxY)), ("x2", SVGNumber.format(tx)), ("y2", SVGNumber.format(plot.maxY + 4)),
                               ("stroke", ChartColor.grey.hex), ("stroke-width", "1")])
            // Keep the label inside the canvas.
            let w = tick.lines.map { TextMetrics.width($0, fontSize: M.tickSize) }.max() ?? 0
            let cx = min(max(tx, M.padding + w / 2), width - M.padding - w / 2)
            for (k, line) in tick.lines.enumerated() {
                b.element("text", [("x", SVGNumber.format(cx)), ("y", SVGNumber.format(plot.maxY + 17 + Double(k) * 14))], text: line)
            }
        }
        b.close("g")

        // Source note.
        if !layout.sourceLines.isEmpty {
            var ny = height - M.padding - Double(layout.sourceLines.count) * M.noteLine
            b.open("g", [("class", "source"), ("font-size", SVGNumber.format(M.noteSize)), ("fill", ChartColor.grey.hex)])
            for line in layout.sourceLines {
                ny += M.noteLine
                b.element("text", [("x", SVGNumber.format(M.padding)), ("y", SVGNumber.format(ny - 3))], text: line)
            }
            b.close("g")
        }
        b.close("svg")
        return b.text
    }

    /// A one-sentence text alternative: title, what is drawn, the x range and the y range.
    func description(layout: ChartLayout) -> String {
        let names = (bars.map(\.name) + lines.map(\.name) + bands.map(\.name)).joined(separator: ", ")
        let range = "\(axis.label(0)) – \(axis.label(axis.count - 1))"
        return "\(title). \(names). \(range); \(yLabel) \(layout.yScale.label(layout.yScale.lower)) … \(layout.yScale.label(layout.yScale.upper))."
    }

    /// `identifier` reduced to `[a-z0-9-]` (for XML ids and file names).
    public static func slug(_ identifier: String) -> String {
        var out = ""
        for c in identifier.lowercased().unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) { out.unicodeScalars.append(c) } else if !out.hasSuffix("-") { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty { out = "chart" }
        return out
    }
}
