import CNFinRelease
import CNFinSeries
import CNFinSupport

/// Chinese or English text for the report.
struct ReportText {
    let language: DisplayLanguage
    func callAsFunction(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
}
