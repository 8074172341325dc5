import CNFinRelease

/// Chinese or English text for the report.
struct ReportText {
    let language: ReleaseLanguage
    func callAsFunction(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
}
