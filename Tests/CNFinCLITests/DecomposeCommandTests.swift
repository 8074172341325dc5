import ArgumentParser
import CNFin
import Foundation
import Testing
@testable import CNFinCLI

@Suite struct DecomposeCommandTests {
    func output(_ arguments: [String]) throws -> String {
        let command = try DecomposeCommand.parse(arguments)
        return try command.render(dataset: Dataset.bundled(), hierarchiesText: command.hierarchiesText())
    }

    /// `cnfin decompose money --month 2023-05 --format json`: the documented keys, M2 11.6% published,
    /// and contributions + residual = growth.
    @Test func moneyJSON() throws {
        let text = try output(["money", "--month", "2023-05", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let aggregate = try #require(object["aggregate"] as? [String: Any])
        #expect(aggregate["id"] as? String == "m2")
        #expect(aggregate["growth_pct"] as? Double == 11.6)
        let components = try #require(object["components"] as? [[String: Any]])
        #expect(components.map { $0["id"] as? String } == ["m0", "m1_less_m0", "m2_less_m1", "money_other"])
        for key in ["id", "name_zh", "name_en", "level", "share_pct", "growth_pct", "contribution_pp"] {
            #expect(components[0][key] != nil, "missing \(key)")
        }
        let sum = components.reduce(0.0) { $0 + (($1["contribution_pp"] as? Double) ?? 0) }
        let residual = try #require(object["residual_pp"] as? Double)
        // JSON numbers are exact (shortest round trip), so the identity survives serialization to 1e-9 pp.
        #expect(abs(sum + residual - 11.6) < 1e-9)
        #expect(object["notes"] is [String])
    }

    @Test func textFormatsRender() throws {
        let text = try output(["money", "--month", "2023-05", "--lang", "en"])
        #expect(text.contains("11.600") && text.contains("residual"))
        // Readers get names, not ids; the CSV keeps the ids, the month and both names, the same in both languages.
        let zhText = try output(["money", "--month", "2023-05"])
        #expect(zhText.contains("残差") && !zhText.contains("m1_less_m0"))
        let csv = try output(["money", "--month", "2023-05", "--format", "csv"])
        #expect(csv.hasPrefix("month,id,name_zh,name_en,level,share_pct,growth_pct,contribution_pp\n2023-05,m0,"))
        // The header line: the data currency, and without --month the month the one rule chose.
        #expect(zhText.hasPrefix("数据截至") && !zhText.hasPrefix("数据截至2026年8月；月份"))
        let latest = try output(["tsf"])
        #expect(latest.split(separator: "\n").first?.contains("；月份：") == true && latest.contains("即本表所需数据齐全的最近月份"))
        #expect(!csv.contains("数据截至"))
        let csvEnglish = try output(["money", "--month", "2023-05", "--format", "csv", "--lang", "en"])
        #expect(csv.contains("\n2023-05,residual,") && csv == csvEnglish)
        let zh = try output(["loans", "--month", "2023-05", "--lang", "zh", "--flow", "--format", "markdown"])
        #expect(zh.contains("住户中长期贷款") && zh.contains("-5418.00"))
        for format in ["csv", "latex"] {
            #expect(!(try output(["tsf", "--basis", "sum12", "--format", format])).isEmpty)
        }
    }

    @Test func usageErrors() {
        #expect(throws: (any Error).self) { try DecomposeCommand.parse(["money", "--basis", "weekly"]) }
        #expect(throws: (any Error).self) { try DecomposeCommand.parse(["money", "--lang", "fr"]) }
        #expect(throws: (any Error).self) { try DecomposeCommand.parse(["loans", "--basis", "ytd", "--flow"]) }
        #expect(throws: (any Error).self) { try DecomposeCommand.parse(["money", "--month", "2023-13"]) }
    }

    @Test func runtimeErrors() {
        #expect(throws: DecompositionError.self) { try output(["money", "--month", "2030-01"]) }
        #expect(throws: DecompositionError.self) { try output(["nope"]) }
        #expect(throws: DecompositionError.self) { try output(["money", "--basis", "ytd"]) }
    }

    @Test func indicators() throws {
        let command = try IndicatorsCommand.parse(["--from", "2023-05", "--to", "2023-05", "--format", "csv"])
        let text = try command.render(dataset: Dataset.bundled())
        let lines = text.split(separator: "\n")
        #expect(lines.first?.hasPrefix("month,m1_m2_gap") == true)
        // m1_yoy 4.7 − m2_yoy 11.6 = −6.9 pp in May 2023 (the release); CSV carries the exact value, which
        // for a difference of two printed rates is the decimal difference (not -6.8999999999999995).
        #expect(lines.count > 1 && lines[1].hasPrefix("2023-05,-6.9,"))
    }

    /// A single bound outside the data is a runtime error (exit 1, as `decompose --month 2030-01`), not a crash on an empty month range.
    @Test func indicatorsBoundOutsideData() throws {
        for arguments in [["--from", "2100-01"], ["--to", "1900-01"]] {
            let command = try IndicatorsCommand.parse(arguments)
            // The command's own error (it was a StatisticsError carrying flag text before).
            #expect(throws: IndicatorsCommandError.self) { try command.render(dataset: Dataset.bundled()) }
        }
    }
}
