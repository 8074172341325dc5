import CNFinSeries
import CNFinSupport

extension Dataset {
    /// The catalog's series names in `language` (`name_zh` or `name_en`), by series id; of two entries
    /// with one id, the first (as ``entry(_:)`` finds).
    public func seriesNames(language: DisplayLanguage) -> [String: String] {
        Dictionary(catalog.map { ($0.id, language == .zh ? $0.nameZh : $0.nameEn) }, uniquingKeysWith: { first, _ in first })
    }
}
