import ArgumentParser
import Foundation
import Testing
@testable import CNFinCLI

/// A minimal data directory for the commands.
struct CLIFixture {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let files = [
            "catalog.csv": """
            id,name_zh,name_en,unit,kind,family,frequency,first,last,source,rate_id,stock_id,flow_id,ytd_id,notes
            m2,广义货币(M2),"M2, month-end",亿元,stock,money,monthly,2022-04,2023-05,t,m2_yoy,,,,
            m2_yoy,M2同比,M2 YoY,%,rate,money,monthly,2023-04,2023-05,t,,m2,,,
            tsf_increase_ytd,社融增量累计,TSF YTD,亿元,flow,tsf,monthly,2023-01,2023-03,t,,,,,

            """,
            "money.csv": """
            id,month,value,source
            m2,2022-04,2499688.01,t
            m2,2022-05,2527026.15,t
            m2,2023-04,2808469.34,t
            m2,2023-05,2820504.68,t
            m2_yoy,2023-04,12.4,t
            m2_yoy,2023-05,11.6,t

            """,
            "tsf.csv": "id,month,value,source\ntsf_increase_ytd,2023-02,90000,t\ntsf_increase_ytd,2023-03,143000,t\n",
            "loans.csv": "id,month,value,source\n",
            "deposits.csv": "id,month,value,source\n",
            "vintages.csv": "id,month,value,source,note\n",
            "published.csv": "id,month,measure,value,unit,source\n",
            "breaks.csv": "id,series,from,to,kind,description,source,confirmed\n",
            "disagreements.csv": "id,month,source_a,value_a,source_b,value_b,difference,explanation\n",
            "sources.csv": "source,description,raw_files,origin\nt,test,,here\n",
            "chinese-new-year.csv": "year,date\n2023,2023-01-22\n",
        ]
        for (name, text) in files {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

@Suite struct DataCommandTests {
    @Test func showCSVPrintsValuesAsStored() throws {
        let fixture = try CLIFixture()
        defer { fixture.remove() }
        let command = try DataShowCommand.parse(["m2", "m2_yoy", "--from", "2023-04", "--format", "csv", "--data", fixture.directory.path])
        let (text, notes) = try command.render(dataset: command.data.dataset())
        #expect(text == "month,m2,m2_yoy\n2023-04,2808469.34,12.4\n2023-05,2820504.68,11.6\n")
        #expect(notes.isEmpty)
    }

    @Test func showWithGapsAndTransforms() throws {
        let fixture = try CLIFixture()
        defer { fixture.remove() }
        let dir = fixture.directory.path
        let gaps = try DataShowCommand.parse(["m2", "--to", "2022-07", "--format", "csv", "--data", dir])
        #expect(try gaps.render(dataset: gaps.data.dataset()).text == "month,m2\n2022-04,2499688.01\n2022-05,2527026.15\n2022-06,\n2022-07,\n")
        let yoy = try DataShowCommand.parse(["m2", "--transform", "yoy", "--from", "2023-05", "--format", "csv", "--data", dir])
        // The computed rate compares as a number (to 1e-12 relative, far below any printed rate's
        // precision), not as its last printed digits.
        let yoyLines = try yoy.render(dataset: yoy.data.dataset()).text.split(separator: "\n")
        #expect(yoyLines.count == 2 && yoyLines[0] == "month,m2.yoy" && yoyLines[1].hasPrefix("2023-05,"))
        let yoyValue = try #require(yoyLines.last.flatMap { Double($0.dropFirst("2023-05,".count)) })
        #expect(abs(yoyValue / ((2820504.68 / 2527026.15 - 1) * 100) - 1) < 1e-12)
        let flow = try DataShowCommand.parse(["tsf_increase_ytd", "--transform", "flow", "--format", "csv", "--data", dir])
        #expect(try flow.render(dataset: flow.data.dataset()).text == "month,tsf_increase_ytd.flow\n2023-02,90000\n2023-03,53000\n")
        let json = try DataShowCommand.parse(["m2", "--from", "2023-05", "--format", "json", "--data", dir])
        #expect(try json.render(dataset: json.data.dataset()).text.contains("\"m2\": 2820504.68\n"))
    }

    /// `ID:TRANSFORM` as in the SeriesInput commands: one series transformed beside others; the same column as
    /// `--transform` gives it; an unknown transform is a usage error.
    @Test func showTakesIDColonTransform() throws {
        let fixture = try CLIFixture()
        defer { fixture.remove() }
        let dir = fixture.directory.path
        let mixed = try DataShowCommand.parse(["m2", "m2:yoy", "--from", "2023-05", "--format", "csv", "--data", dir])
        let lines = try mixed.render(dataset: mixed.data.dataset()).text.split(separator: "\n").map(String.init)
        #expect(lines.first == "month,m2,m2.yoy")
        #expect(lines.count == 2 && lines[1].hasPrefix("2023-05,2820504.68,"))
        for format in ["csv", "text", "json"] {
            for lang in ["zh", "en"] {
                let own = try DataShowCommand.parse(["m2:yoy", "--format", format, "--lang", lang, "--data", dir])
                let all = try DataShowCommand.parse(["m2", "--transform", "yoy", "--format", format, "--lang", lang, "--data", dir])
                #expect(try own.render(dataset: own.data.dataset()).text == all.render(dataset: all.data.dataset()).text)
            }
        }
        // `--transform` sets the others' transform; a name's own wins.
        let both = try DataShowCommand.parse(["m2", "tsf_increase_ytd:flow", "--transform", "diff", "--format", "csv", "--data", dir])
        #expect(try both.render(dataset: both.data.dataset()).text.hasPrefix("month,m2.diff,tsf_increase_ytd.flow\n"))
        #expect(throws: (any Error).self) { try CNFinCommand.parseAsRoot(["data", "show", "m2:qoq"]) }
        #expect(throws: (any Error).self) { try CNFinCommand.parseAsRoot(["chart", "m2:qoq"]) }
    }

    @Test func listAndBreaks() throws {
        let fixture = try CLIFixture()
        defer { fixture.remove() }
        let list = try DataListCommand.parse(["--format", "csv", "--data", fixture.directory.path])
        let text = try list.output(dataset: list.data.dataset())
        #expect(text.hasPrefix("id,name_zh,name_en,unit,kind,family,first,last\nm2,广义货币(M2),\"M2, month-end\",亿元,stock,money,2022-04,2023-05\n"))
        let breaks = try DataBreaksCommand.parse(["--format", "csv", "--data", fixture.directory.path])
        let report = try breaks.output(dataset: breaks.data.dataset())
        // 2023-04: published 12.4 vs 12.3529… (rounding, not listed); 2023-05: 11.6 vs 11.6136 (rounding)
        #expect(report == "series,month,published,recomputed,diff_pp,class,explanation\n")
    }

    @Test func unknownIDIsARuntimeErrorWithSuggestions() throws {
        let fixture = try CLIFixture()
        defer { fixture.remove() }
        let command = try DataShowCommand.parse(["m3", "--data", fixture.directory.path])
        #expect(throws: (any Error).self) { try command.render(dataset: command.data.dataset()) }
        do {
            _ = try command.render(dataset: command.data.dataset())
        } catch {
            #expect("\(error)" == "unknown series 'm3'; did you mean 'm2'?")
        }
    }

    @Test(arguments: [
        ["data", "show", "m2", "--format", "xml"],
        ["data", "show", "m2", "--from", "2023-13"],
        ["data", "show", "m2", "--from", "2023-05", "--to", "2023-01"],
        ["data", "show"],
        ["data", "show", "m2", "--transform", "qoq"],
        ["data", "list", "--format", "xml"],
        ["data", "nonsense"],
    ])
    func usageErrorsExitWithTwo(arguments: [String]) {
        do {
            _ = try CNFinCommand.parseAsRoot(arguments)
            Issue.record("expected a usage error for \(arguments)")
        } catch {
            #expect(CNFinCommand.exitCode(for: error) == .validationFailure)
            let mapped = CNFinCommand.errorForExit(error)
            #expect((mapped as? ExitCode)?.rawValue == 2)
        }
    }

    @Test func helpHasExamples() {
        #expect(DataShowCommand.helpMessage().contains("cnfin data show m2 --from 2023-01 --to 2023-05"))
        #expect(DataListCommand.helpMessage().contains("Examples:"))
        #expect(DataBreaksCommand.helpMessage().contains("Examples:"))
    }
}
