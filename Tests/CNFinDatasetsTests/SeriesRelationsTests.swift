import CNFinDatasets
import CNFinSeries
import Testing

/// The catalog's relation columns (rate_id, stock_id, flow_id, ytd_id; written by
/// Datasets/scripts/build_datasets.py) are the registry the library reads: every relation
/// names a series of the right kind, and each is mirrored by the other side.
@Suite struct SeriesRelationsTests {
    @Test func bundledRelationsAreConsistent() throws {
        let data = try Dataset.bundled()
        let byID = Dictionary(uniqueKeysWithValues: data.catalog.map { ($0.id, $0) })
        var problems: [String] = []
        for e in data.catalog {
            let r = e.relations
            if let rate = r.rateID {
                if byID[rate]?.kind != .rate || byID[rate]?.relations.stockID != e.id { problems.append("\(e.id) rate \(rate)") }
            }
            if let ytd = r.ytdID {
                if e.kind != .flow || byID[ytd]?.relations.flowID != e.id { problems.append("\(e.id) ytd \(ytd)") }
            }
            if let stock = r.stockID, byID[stock]?.kind != .stock { problems.append("\(e.id) stock \(stock)") }
            if let flow = r.flowID, byID[flow]?.kind != .flow { problems.append("\(e.id) flow \(flow)") }
        }
        #expect(problems.isEmpty, "\(problems)")
        // The headline relations, as the releases state them.
        #expect(byID["m2"]?.relations.rateID == "m2_yoy")
        #expect(byID["loans_balance"]?.relations == SeriesRelations(rateID: "loans_yoy", flowID: "loans_increase"))
        #expect(byID["loans_increase"]?.relations == SeriesRelations(stockID: "loans_balance", ytdID: "loans_increase_ytd"))
        #expect(byID["tsf_stock_yoy"]?.relations.stockID == "tsf_stock")
    }
}
