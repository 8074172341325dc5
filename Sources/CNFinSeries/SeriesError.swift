import CNFinSupport

/// Errors of operations on series.
public enum SeriesError: Error, Equatable, LocalizedMessage {
    /// No conversion between the two units is defined.
    case unitConversion(seriesID: String, from: SeriesUnit, to: SeriesUnit)
    /// A series id that does not exist; `suggestions` are close matches.
    case unknownSeries(id: String, suggestions: [String])

    public var description: String { message(in: .en) }

    /// The message in `language`; ids, units and suggestions are quoted in 「」 in Chinese.
    public func message(in language: DisplayLanguage) -> String {
        let q = ChineseWording.quoted
        switch (self, language) {
        case let (.unitConversion(id, from, to), .en):
            return "cannot convert series '\(id)' from \(from) to \(to): only 亿元 ↔ 万亿元 is defined"
        case let (.unitConversion(id, from, to), .zh):
            return "无法将序列\(q(id))从\(q(from.description))换算为\(q(to.description))：只定义了亿元与万亿元之间的换算"
        case let (.unknownSeries(id, suggestions), .en):
            return "unknown series '\(id)'" + CloseMatches.didYouMean(suggestions)
        case let (.unknownSeries(id, suggestions), .zh):
            return "未知序列\(q(id))" + ChineseWording.didYouMean(suggestions)
        }
    }
}
