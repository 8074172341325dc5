import Foundation

extension BenchRegistry {
    /// Cases on the cnfin library APIs (added as the modules land on main).
    static func libraryCases() -> [BenchCase] {
        var cases: [BenchCase] = []
        cases.append(BenchCase(id: "summary_cold@x1", title: "`cnfin summary` cold start (process)",
                               reference: "spawn_true@x1", quick: true) {
            guard let path = ProcessSpawn.cnfinPath() else { throw CaseUnavailable("no cnfin binary (set CNFIN_BIN)") }
            guard try ProcessSpawn.run(path, ["summary"]) == 0 else { throw CaseUnavailable("`cnfin summary` exits non-zero") }
            return {
                let status = try ProcessSpawn.run(path, ["summary"])
                if status != 0 { throw CaseUnavailable("`cnfin summary` exited \(status)") }
            }
        })
        return cases
    }
}
