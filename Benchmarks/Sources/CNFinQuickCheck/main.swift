// CI quick check: times each quick case (median of 7 after 2 warm-up calls) and its
// in-run reference (the raw LAPACK call, a process spawn, or a plain loop measured
// in this process), and fails when a ratio case/reference exceeds the committed
// threshold in thresholds.json. No absolute times are judged.
//
//   CNFinQuickCheck [--thresholds FILE] [--filter TEXT]      quick check (exit 1 on a breach)
//   CNFinQuickCheck --all [--filter TEXT] [--json FILE]      every case, self-timed medians
//   CNFinQuickCheck --checksums                              data checksums (compare with peer.py)
import BenchCases
import Foundation

struct Options {
    var thresholds = "thresholds.json"
    var filter: String?
    var all = false
    var json: String?
    var iterations = 7
    var warmup = 2
}

func parseOptions() -> Options {
    var o = Options()
    var args = CommandLine.arguments.dropFirst().makeIterator()
    while let a = args.next() {
        switch a {
        case "--thresholds": o.thresholds = args.next() ?? o.thresholds
        case "--filter": o.filter = args.next()
        case "--all": o.all = true
        case "--json": o.json = args.next()
        case "--iterations": o.iterations = Int(args.next() ?? "") ?? o.iterations
        case "--checksums":
            // Data checksums, compared with `peer.py --checksums` by run.sh.
            let r = DeterministicData.regression(n: 240, k: 10, seed: BenchRegistry.Seed.ols240)
            let sums: [String: Double] = [
                "regression_240x10": DeterministicData.checksum(r.y) + DeterministicData.checksum(r.x),
                "seasonal_240": DeterministicData.checksum(DeterministicData.seasonal(n: 240, seed: BenchRegistry.Seed.stl)),
                "random_walk_240": DeterministicData.checksum(DeterministicData.randomWalk(n: 240, seed: BenchRegistry.Seed.adf)),
            ]
            if let data = try? JSONSerialization.data(withJSONObject: sums, options: [.sortedKeys]) {
                print(String(decoding: data, as: UTF8.self))
            }
            exit(0)
        default:
            FileHandle.standardError.write(Data("error: unknown argument \(a)\n".utf8))
            exit(2)
        }
    }
    return o
}

func format(_ s: Double) -> String {
    if s.isNaN { return "—" }
    if s < 1e-3 { return String(format: "%.1f µs", s * 1e6) }
    if s < 1 { return String(format: "%.2f ms", s * 1e3) }
    return String(format: "%.3f s", s)
}

struct Outcome { let median: Double?; let note: String? }

let options = parseOptions()
let registry = BenchRegistry.all()
let byId = Dictionary(registry.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
var selected = registry.filter { options.all || $0.quick }
if let f = options.filter { selected = selected.filter { $0.id.contains(f) || ($0.reference ?? "").contains(f) } }

var results: [String: Outcome] = [:]
@MainActor func measure(_ c: BenchCase) -> Outcome {
    if let r = results[c.id] { return r }
    let outcome: Outcome
    do {
        let call = try c.make()
        let budget = options.all ? 5.0 : 3.0
        let samples = try Timing.samples(warmup: options.warmup, iterations: options.all ? 51 : options.iterations,
                                         minIterations: options.all ? 3 : options.iterations, budgetSeconds: budget, call)
        outcome = Outcome(median: Timing.median(samples), note: nil)
    } catch {
        outcome = Outcome(median: nil, note: "\(error)")
    }
    results[c.id] = outcome
    return outcome
}

if options.all {
    var json: [String: Any] = [:]
    print("| case | median | note |")
    print("|---|---:|---|")
    for c in selected {
        let o = measure(c)
        print("| \(c.id) | \(o.median.map(format) ?? "—") | \(o.note ?? "") |")
        var e: [String: Any] = ["title": c.title, "scale": c.scale]
        if let m = o.median { e["median_s"] = m }
        if let n = o.note { e["unavailable"] = n }
        json[c.id] = e
    }
    if let path = options.json {
        let data = try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: URL(fileURLWithPath: path))
    }
    exit(0)
}

// Quick check.
var thresholds: [String: Double] = [:]
if let data = FileManager.default.contents(atPath: options.thresholds),
   let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
   let t = obj["max_ratio"] as? [String: Any] {
    for (k, v) in t { if let d = v as? Double { thresholds[k] = d } else if let i = v as? Int { thresholds[k] = Double(i) } }
} else {
    FileHandle.standardError.write(Data("error: cannot read thresholds from \(options.thresholds)\n".utf8))
    exit(1)
}

print("| case | reference | ratio case/reference | threshold | status |")
print("|---|---|---:|---:|---|")
var passed = 0, over = 0, skipped = 0
for c in selected {
    guard let refId = c.reference else { continue }
    let o = measure(c)
    guard let ref = byId[refId] else { continue }
    let r = measure(ref)
    guard let m = o.median, let rm = r.median, rm > 0 else {
        skipped += 1
        print("| \(c.id) | \(refId) | — | — | skipped: \(o.note ?? r.note ?? "no timing") |")
        continue
    }
    let ratio = m / rm
    guard let limit = thresholds[c.id] else {
        over += 1
        print("| \(c.id) | \(refId) | \(String(format: "%.2f", ratio)) | — | FAIL: no threshold committed |")
        continue
    }
    if ratio <= limit {
        passed += 1
        print("| \(c.id) | \(refId) | \(String(format: "%.2f", ratio)) | \(String(format: "%.1f", limit)) | ok |")
    } else {
        over += 1
        print("| \(c.id) | \(refId) | \(String(format: "%.2f", ratio)) | \(String(format: "%.1f", limit)) | FAIL: over threshold |")
    }
}
print("benchmark quick check: \(passed) within thresholds, \(over) over, \(skipped) skipped")
exit(over == 0 ? 0 : 1)
