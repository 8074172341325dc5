import ArgumentParser
import Foundation
import Testing
@testable import CNFinCLI

/// The one break rule (the library's `BreakPolicy`, as `arima` and `forecast` use it) on `seasonal`
/// (every method) and `filter`, for `m1`: registered definitional breaks m1_2024 (2024-01) and
/// m1_2025_01 (2025-01). By default only the span of the current definition (2025-01…) is used
/// and a note says so; too short for a method is an error naming the break; an explicit span
/// across a break is an error naming it; no growth rate is ever printed across a break.
@Suite struct BreakRuleCommandTests {
    /// The error `cnfin seasonal|filter ARGS` ends with, and its exit code (a `ValidationError`
    /// exits with 2, see `CNFinCommand.errorForExit`; everything else with 1), in `language` (the
    /// English wording by default: the assertions read it).
    func failure(_ arguments: [String], language: String = "en") throws -> (code: Int32, message: String) {
        let command = try CNFinCommand.parseAsRoot(arguments + ["--lang", language])
        do {
            _ = try (command as? SeasonalCommand)?.render() ?? (command as? FilterCommand)?.render()
            Issue.record("expected an error for \(arguments)")
            return (0, "")
        } catch let error as ValidationError {
            return (2, error.message)
        } catch {
            return (1, "\(error)")
        }
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        // English notes (`--lang en`): the assertions read the English wording and the break ids it names.
        let parsed = try CNFinCommand.parseAsRoot(arguments + ["--format", "json", "--lang", "en"])
        let text = try (parsed as? SeasonalCommand)?.render() ?? (parsed as? FilterCommand)?.render() ?? ""
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Default span: since m1_2025_01, 19 months or so — too short for X-11 (36), STL and
    /// classical (24) and Hamilton (49): each an error naming the break and the method's minimum.
    @Test(arguments: [
        (["seasonal", "m1"], "X-11 needs at least 36"),
        (["seasonal", "m1", "--method", "stl"], "at least 24"),
        (["seasonal", "m1", "--method", "classical"], "at least 24"),
        (["filter", "hamilton", "m1"], "at least 49"),
    ])
    func currentDefinitionTooShort(_ arguments: [String], _ minimum: String) throws {
        let (code, message) = try failure(arguments)
        #expect(code == 2, "\(message)")
        #expect(message.contains("m1_2025_01") && message.contains("2025-01…") && message.contains(minimum), "\(message)")
        #expect(message.contains("--ignore-breaks"))
        // In Chinese: the series by its catalog name, the break, the span and the flag.
        let (chineseCode, chinese) = try failure(arguments, language: "zh")
        #expect(chineseCode == 2)
        #expect(chinese.hasPrefix("狭义货币（M1）余额（「m1」）现行口径（自统计口径变更「m1_2025_01」起）的区间2025-01…"), "\(chinese)")
        #expect(chinese.contains("至少需要") && chinese.contains("--ignore-breaks"), "\(chinese)")
    }

    /// --from before a break: an error naming the first break inside the span, for every method and filter.
    @Test(arguments: [
        ["seasonal", "m1", "--from", "2020-01"],
        ["seasonal", "m1", "--method", "stl", "--from", "2020-01", "--to", "2024-12"],
        ["seasonal", "m1", "--method", "classical", "--from", "2020-01"],
        ["filter", "hp", "m1", "--from", "2020-01"],
        ["filter", "hamilton", "m1", "--from", "2015-01", "--to", "2024-06"],
    ])
    func explicitSpanAcrossABreak(_ arguments: [String]) throws {
        let (code, message) = try failure(arguments)
        #expect(code == 2, "\(message)")
        #expect(message.contains("m1_2024") && message.contains("2024-01") && message.contains("do not mix"), "\(message)")
        let (_, chinese) = try failure(arguments, language: "zh")
        #expect(chinese.contains("「m1_2024」") && chinese.contains("2024-01") && chinese.contains("变更前后的水平值不可混用"), "\(chinese)")
    }

    /// The HP filter fits the current definition only: months from 2025-01, the note names the break.
    @Test func hpFilterOnTheCurrentDefinition() throws {
        let object = try json(["filter", "hp", "m1"])
        let months = try #require(object["months"] as? [String])
        #expect(months.first == "2025-01")
        #expect((object["notes"] as? [String])?.contains { $0.contains("m1_2025_01") && $0.contains("2025-01…") } == true)
        // Across the breaks only when asked, and the note says so.
        let across = try json(["filter", "hp", "m1", "--ignore-breaks"])
        #expect((across["months"] as? [String])?.first == "1997-01")
        #expect((across["notes"] as? [String])?.contains { $0.contains("as if there were none") } == true)
    }

    /// STL across the breaks when asked: no month-on-month or annualised growth at 2024-01 or 2025-01
    /// (m1 is a stock, so every other month has both), and a note naming the break months.
    @Test func stlAcrossBreaksPrintsNoGrowthThere() throws {
        let object = try json(["seasonal", "m1", "--method", "stl", "--ignore-breaks", "--from", "2015-01"])
        let months = try #require(object["months"] as? [String])
        let mom = try #require(object["mom_growth_pct"] as? [Any])
        let ann = try #require(object["annualized_growth_pct"] as? [Any])
        for (i, m) in months.enumerated() where i > 0 {
            let atBreak = m == "2024-01" || m == "2025-01"
            #expect((mom[i] is NSNull) == atBreak, "mom at \(m)")
            #expect((ann[i] is NSNull) == atBreak, "annualised at \(m)")
        }
        #expect((object["notes"] as? [String])?.contains { $0.contains("no growth rate across") && $0.contains("2024-01, 2025-01") } == true)
    }

    /// A span on one definition needs no flag and has no break note: tsf_increase from 2020-01.
    @Test func spanOnOneDefinitionIsUntouched() throws {
        let object = try json(["filter", "hp", "tsf_increase", "--from", "2020-01", "--to", "2025-12"])
        #expect((object["months"] as? [String])?.first == "2020-01")
        #expect((object["notes"] as? [String] ?? []).isEmpty)
    }
}
