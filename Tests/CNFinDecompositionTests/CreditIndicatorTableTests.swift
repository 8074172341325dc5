import CNFinOutput
import CNFinSeries
import Testing
@testable import CNFinDecomposition
import CNFinSupport

/// The indicators table (``CreditIndicator/table(over:in:language:machine:inputNames:)``): readers get headers
/// and notes in their language, CSV the ids as headers, JSON the ids as keys in every language; months with no
/// value are left out and every empty cell of the rows shown is explained by a footnote.
@Suite struct CreditIndicatorTableTests {
    /// May–July 2023: M1/M2 rates in May and July only, new loans (positive in May, negative in June), household
    /// MLT loans in all three months; no TSF, no bill financing. August has no input at all.
    static func panel() throws -> SeriesPanel {
        try TestSupport.panel([
            "m1_yoy": ["2023-05": 4.7, "2023-07": 2.3], "m2_yoy": ["2023-05": 11.6, "2023-07": 10.7],
            "loans_increase": ["2023-05": 13600, "2023-06": -100, "2023-07": 3459],
            "household_mlt_loans_increase": ["2023-05": 1684, "2023-06": 50, "2023-07": -672],
        ])
    }

    /// May–August 2023.
    static func months() throws -> ClosedRange<Month> {
        try Month.parse("2023-05")...Month.parse("2023-08")
    }

    static let names = ["m1_yoy": "M1同比", "m2_yoy": "M2同比", "tsf_stock_yoy": "社融存量同比"]

    @Test func readerTableIsInTheReadersLanguage() throws {
        let panel = try Self.panel()
        let zh = CreditIndicator.table(over: try Self.months(), in: panel, language: .zh, inputNames: Self.names)
        let en = CreditIndicator.table(over: try Self.months(), in: panel, language: .en)
        #expect(zh.columns.map(\.header) == ["月份"] + CreditIndicator.allCases.map(\.nameZh))
        #expect(en.columns.map(\.header) == ["Month"] + CreditIndicator.allCases.map(\.nameEn))
        // June has only the (undefined) monthly share and no M1/M2 rates: no indicator has a value, so no row.
        #expect(zh.rows.map { $0[0].display } == ["2023-05", "2023-07"])
        #expect(zh.notes.prefix(6) == ArraySlice(CreditIndicator.allCases.map(\.definitionZh)))
        #expect(en.notes.prefix(6) == ArraySlice(CreditIndicator.allCases.map(\.definitionEn)))
    }

    @Test func machineHeadersAndJSONKeysAreTheIds() throws {
        let panel = try Self.panel()
        let ids = ["month"] + CreditIndicator.allCases.map(\.rawValue)
        let zh = CreditIndicator.table(over: try Self.months(), in: panel, language: .zh, machine: true)
        let en = CreditIndicator.table(over: try Self.months(), in: panel, language: .en, machine: true)
        #expect(zh.columns.map(\.header) == ids && en.columns.map(\.header) == ids)
        for language in DisplayLanguage.allCases {
            let reader = CreditIndicator.table(over: try Self.months(), in: panel, language: language)
            guard case let .object(members) = reader.jsonValue, case let .array(columns)? = members.first(where: { $0.key == "columns" })?.value else {
                Issue.record("no columns in the JSON")
                return
            }
            #expect(columns == ids.map(JSONValue.string))
        }
        // The credit impulse with two decimals, every other indicator with one.
        #expect(zh.columns.dropFirst().map(\.numberFormat) == CreditIndicator.allCases.map {
            $0 == .creditImpulse ? NumberFormat(.decimals(2)) : .rate
        })
    }

    /// Footnotes name the months left empty (as runs) and the inputs missing there, by the names given (an id
    /// without one as itself); a share whose denominator is not positive is called undefined.
    @Test func gapNotesNameTheMonthsAndTheMissingInputs() throws {
        let panel = try Self.panel()
        let zh = CreditIndicator.table(over: try Self.months(), in: panel, language: .zh, inputNames: Self.names)
        let en = CreditIndicator.table(over: try Self.months(), in: panel, language: .en)
        let zhGaps = Array(zh.notes.dropFirst(6)), enGaps = Array(en.notes.dropFirst(6))
        #expect(zhGaps.contains("空白：\(CreditIndicator.tsfMinusLoanGrowth.nameZh)在2023-05、2023-07无值——数据中缺少社融存量同比、loans_yoy"))
        #expect(enGaps.contains("empty: \(CreditIndicator.tsfMinusLoanGrowth.nameEn) in 2023-05, 2023-07 — the data lack tsf_stock_yoy; loans_yoy"))
        // The monthly share is defined in May (12.4 %) and in July (−672/3459); every indicator reading TSF or bill financing is empty throughout.
        #expect(!zhGaps.contains { $0.contains(CreditIndicator.householdMLTShareOfNewLoans.nameZh + "在") })
        #expect(zhGaps.contains { $0.hasPrefix("空白：\(CreditIndicator.creditImpulse.nameZh)在2023-05、2023-07无值") })
        #expect(zhGaps.contains { $0.hasPrefix("空白：\(CreditIndicator.billFinancingShareOfCorporateLoans.nameZh)在2023-05、2023-07") })
        // M1–M2 gap is defined in both months shown: no footnote.
        #expect(!enGaps.contains { $0.contains(CreditIndicator.m1M2Gap.nameEn) })
        #expect(zhGaps.count == 4 && enGaps.count == 4)
    }

    @Test func undefinedRatioIsSaid() throws {
        // New loans negative in June: the monthly share is undefined there though both inputs exist.
        let panel = try TestSupport.panel([
            "loans_increase": ["2023-05": 13600, "2023-06": -100],
            "household_mlt_loans_increase": ["2023-05": 1684, "2023-06": 50],
        ])
        let range = try Month.parse("2023-05")...Month.parse("2023-06")
        let series = CreditIndicator.householdMLTShareOfNewLoans.series(over: range, in: panel)
        let months = [try Month.parse("2023-05"), try Month.parse("2023-06")]
        let zh = CreditIndicator.gapNotes([(.householdMLTShareOfNewLoans, series)], over: months, in: panel, language: .zh)
        let en = CreditIndicator.gapNotes([(.householdMLTShareOfNewLoans, series)], over: months, in: panel, language: .en)
        #expect(zh == ["空白：\(CreditIndicator.householdMLTShareOfNewLoans.nameZh)在2023-06无值——比率无定义（分母不为正）"])
        #expect(en == ["empty: \(CreditIndicator.householdMLTShareOfNewLoans.nameEn) in 2023-06 — the ratio is undefined (denominator not positive)"])
    }
}
