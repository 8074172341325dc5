// Fuzz target: `cnfin ingest` on Chinese release texts (CNFinIngest
// `IngestParser.parse(data:source:month:)`: decoding, language detection,
// the Chinese parser). The seed corpus and dictionary are
// Chinese (simplified and traditional, UTF-8 and GB18030) texts; the
// invariants are those of `checkIngest` (IngestFuzzCheck).
import FuzzSupport
import IngestFuzzCheck

runFuzzer { data, size in
    checkIngest(fuzzBytes(data, size))
    return 0
}
