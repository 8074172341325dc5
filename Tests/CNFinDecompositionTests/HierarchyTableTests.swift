import Testing
@testable import CNFinDecomposition

@Suite struct HierarchyTableTests {
    @Test func parsesQuotedFieldsAndDefaults() throws {
        let csv = "\u{FEFF}hierarchy,measure,role,component,formula,name_zh,name_en,order,published_growth\r\n"
            + "h,stock,component,b,y,乙,\"B, quoted \"\"b\"\"\",2,\r\n"
            + "h,stock,aggregate,x,x,甲,X,0,x_yoy\r\n"
            + "h,stock,component,a,x - y,丙,A,1,\r\n"
        let table = try HierarchyTable.parse(csv: csv)
        let h = try table.hierarchy("h")
        let stock = try h.measure(.stock)
        #expect(stock.components.map(\.id) == ["a", "b"])
        #expect(stock.components[1].nameEn == "B, quoted \"b\"")
        #expect(stock.publishedGrowthID == "x_yoy")
        #expect(stock.other.id == "h_other")
        #expect(stock.seriesIDs == ["x", "y", "x_yoy"])
        #expect(throws: DecompositionError.measureNotDefined(hierarchy: "h", measure: "flow")) { try h.measure(.flow) }
        #expect(throws: DecompositionError.self) { try table.hierarchy("nope") }
    }

    @Test func rejectsMalformedTables() {
        let header = "hierarchy,measure,role,component,formula,name_zh,name_en,order\n"
        let bad = [
            "hierarchy,measure\n",
            header + "h,stock,aggregate,x,x,甲,X,zero\n",
            header + "h,stocks,aggregate,x,x,甲,X,0\n",
            header + "h,stock,component,a,a,甲,A,1\n",  // no aggregate
            header + "h,stock,aggregate,x,x,甲,X,0\nh,stock,aggregate,y,y,乙,Y,1\n",
            header + "h,stock,aggregate,x,x,甲,X,0\nh,stock,other,o,x - y,乙,Y,1\n",
            header + "h,stock,aggregate,x,x - ,甲,X,0\n",
            header + "h,stock,aggregate,x,x,\"甲,X,0\n",
        ]
        for text in bad {
            #expect(throws: DecompositionError.self) { try HierarchyTable.parse(csv: text) }
        }
    }
}
