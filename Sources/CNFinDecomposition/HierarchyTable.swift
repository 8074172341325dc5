import CNFinSeries

/// The decomposition hierarchies, read from `hierarchies.csv` text.
///
/// Columns (header required, any order, extra columns ignored):
/// `hierarchy,measure,role,component,formula,name_zh,name_en,order,published_growth`
/// - `measure`: `stock` or `flow`;
/// - `role`: `aggregate` (exactly one per hierarchy and measure), `component`,
///   or `other` (at most one; the remainder aggregate − Σ components, no formula);
/// - `formula`: a ``LinearFormula`` such as `m1 - m0`; empty for `other`;
/// - `order`: an integer giving the display order;
/// - `published_growth`: on the aggregate row of a stock, the id of its published
///   (comparable-basis) YoY growth rate, e.g. `m2_yoy`.
///
/// The text is parsed here rather than loaded from a bundle so that this module
/// has no resources; the bundled copy lives with the datasets.
public struct HierarchyTable: Sendable, Hashable {
    /// The hierarchies in the order they first appear.
    public var hierarchies: [Hierarchy]

    /// Creates a table from hierarchies.
    public init(hierarchies: [Hierarchy]) {
        self.hierarchies = hierarchies
    }

    /// The ids, in order.
    public var ids: [String] { hierarchies.map(\.id) }

    /// The hierarchy with the given id.
    public func hierarchy(_ id: String) throws(DecompositionError) -> Hierarchy {
        guard let h = hierarchies.first(where: { $0.id == id }) else {
            throw .unknownHierarchy(id: id, known: ids)
        }
        return h
    }

    /// Parses `hierarchies.csv` text.
    public static func parse(csv text: String) throws(DecompositionError) -> HierarchyTable {
        let required = ["hierarchy", "measure", "role", "component", "formula", "name_zh", "name_en", "order"]
        let table: CSVTable
        do {
            table = try CSVTable(text: text, fileName: "hierarchies.csv", requiredColumns: required)
        } catch {
            throw .invalidHierarchyTable(line: error.location?.line ?? 1, reason: error.description)
        }

        struct Draft {
            var aggregate: HierarchyLine?
            var published: String?
            var components: [HierarchyLine] = []
            var other: HierarchyLine?
        }
        var drafts: [String: [HierarchyMeasureKind: Draft]] = [:]
        var order: [String] = []
        var seenLines = Set<String>()

        for record in table.records {
            func field(_ name: String) -> String {
                record.string(name)
            }
            let line = record.line
            let hierarchyID = field("hierarchy")
            guard !hierarchyID.isEmpty else { throw .invalidHierarchyTable(line: line, reason: "empty hierarchy id") }
            guard let measure = HierarchyMeasureKind(rawValue: field("measure")) else {
                throw .invalidHierarchyTable(line: line, reason: "measure must be stock or flow, not \"\(field("measure"))\"")
            }
            let id = field("component")
            guard !id.isEmpty else { throw .invalidHierarchyTable(line: line, reason: "empty component id") }
            guard seenLines.insert("\(hierarchyID)/\(measure)/\(id)").inserted else {
                throw .invalidHierarchyTable(line: line, reason: "duplicate line \"\(id)\" in \(hierarchyID) \(measure)")
            }
            guard let position = Int(field("order")) else {
                throw .invalidHierarchyTable(line: line, reason: "order must be an integer, not \"\(field("order"))\"")
            }
            let formulaText = field("formula")
            let formula: LinearFormula?
            do {
                formula = formulaText.isEmpty ? nil : try LinearFormula.parse(formulaText)
            } catch {
                throw .invalidHierarchyTable(line: line, reason: error.description)
            }
            let entry = HierarchyLine(id: id, formula: formula, nameZh: field("name_zh"), nameEn: field("name_en"), order: position)
            if drafts[hierarchyID] == nil { order.append(hierarchyID); drafts[hierarchyID] = [:] }
            var draft = drafts[hierarchyID]?[measure] ?? Draft()
            switch field("role") {
            case "aggregate":
                guard draft.aggregate == nil else {
                    throw .invalidHierarchyTable(line: line, reason: "second aggregate for \(hierarchyID) \(measure)")
                }
                guard formula != nil else { throw .invalidHierarchyTable(line: line, reason: "the aggregate needs a formula") }
                draft.aggregate = entry
                let published = field("published_growth")
                draft.published = published.isEmpty ? nil : published
            case "component":
                guard formula != nil else { throw .invalidHierarchyTable(line: line, reason: "component \"\(id)\" needs a formula") }
                draft.components.append(entry)
            case "other":
                guard draft.other == nil else {
                    throw .invalidHierarchyTable(line: line, reason: "second \"other\" line for \(hierarchyID) \(measure)")
                }
                guard formula == nil else {
                    throw .invalidHierarchyTable(line: line, reason: "the \"other\" line is the remainder and takes no formula")
                }
                draft.other = entry
            default:
                throw .invalidHierarchyTable(line: line, reason: "role must be aggregate, component or other, not \"\(field("role"))\"")
            }
            drafts[hierarchyID]?[measure] = draft
        }

        var hierarchies: [Hierarchy] = []
        for hierarchyID in order {
            var measures: [HierarchyMeasureKind: HierarchyMeasure] = [:]
            for (kind, draft) in drafts[hierarchyID] ?? [:] {
                guard let aggregate = draft.aggregate else {
                    throw .invalidHierarchyTable(line: 0, reason: "\(hierarchyID) \(kind) has no aggregate line")
                }
                let other = draft.other ?? HierarchyLine(
                    id: "\(hierarchyID)_other", formula: nil, nameZh: "其他(未分配)", nameEn: "other / unallocated",
                    order: Int.max)
                measures[kind] = HierarchyMeasure(
                    kind: kind, aggregate: aggregate,
                    components: draft.components.sorted { $0.order < $1.order },
                    other: other, publishedGrowthID: draft.published)
            }
            hierarchies.append(Hierarchy(id: hierarchyID, stock: measures[.stock], flow: measures[.flow]))
        }
        guard !hierarchies.isEmpty else { throw .invalidHierarchyTable(line: 1, reason: "no hierarchies") }
        return HierarchyTable(hierarchies: hierarchies)
    }
}
