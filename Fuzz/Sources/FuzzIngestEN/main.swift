// Fuzz target: `cnfin ingest` on English release texts (CNFinIngest
// `IngestParser.parse(data:source:month:)`: decoding, language detection,
// the English parser). The seed corpus and dictionary are
// English texts; the
// invariants are those of `checkIngest` (IngestFuzzCheck).
import FuzzSupport
import IngestFuzzCheck

runFuzzer { data, size in
    checkIngest(fuzzBytes(data, size))
    return 0
}
