import Foundation
import Testing
@testable import CNFinRelease

@Test func ingestDebugDump() throws {
    for (name, text, y, m) in [("x", IngestFixtureTexts.xinhua2023May, 2023, 5), ("en", IngestFixtureTexts.englishAFREFlow2023May, 2023, 5), ("zh", IngestFixtureTexts.pbocRelease2024March, 2024, 3)] {
        let r = try IngestParser.parse(text: text, source: name, year: y, month: m)
        print("=== \(name): \(r.figures.count) figures")
        for f in r.figures { print(f.monthText, f.id, f.measure.rawValue, f.value, f.unit, f.resolution, "|", f.span.text) }
        for u in r.unparsed { print("UNPARSED:", u.reason, "|", u.span.text.prefix(80)) }
    }
}
