import CNFinSupport
extension GrowthNote {
    /// The notes grouped by series, break and resolution — one line per group with its months as runs
    /// (`2023-01…2023-12`) — instead of one repeated sentence per month.
    ///
    /// `describe` gives a break's description (from the registry) for the line; the groups keep the
    /// order of their first note.
    public static func grouped(_ notes: [GrowthNote], describe: (String) -> String? = { _ in nil }) -> [String] {
        grouped(notes, language: .en, describe: describe)
    }

    /// The notes grouped as ``grouped(_:describe:)``, written in `language`: in Chinese the series is named by
    /// `name` (its catalog name; the id when `nil`) and the break by its description only, never its id.
    public static func grouped(_ notes: [GrowthNote], language: DisplayLanguage, name: (String) -> String? = { _ in nil },
                               describe: (String) -> String? = { _ in nil }) -> [String] {
        struct Key: Hashable { let series: String, breakID: String, resolution: Resolution }
        var order: [Key] = []
        var months: [Key: [Month]] = [:]
        for note in notes {
            let key = Key(series: note.seriesID, breakID: note.breakID, resolution: note.resolution)
            if months[key] == nil { order.append(key) }
            months[key, default: []].append(note.month)
        }
        return order.map { key in
            let list = (months[key] ?? []).sorted()
            let runs = Self.runs(list).map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)…\($0.upperBound)" }
            if language == .zh {
                let what = describe(key.breakID).map { "（\($0)）" } ?? ""
                let done = key.resolution == .usedPublishedRate ? "改用公布的可比口径增速，而非按水平值计算的增速" : "无公布的可比口径增速，故留空"
                return "\(name(key.series) ?? key.series) \(runs.joined(separator: "、"))（\(list.count)个月）：同比比较跨越统计口径变更\(what)；\(done)"
            }
            let count = list.count == 1 ? "1 month" : "\(list.count) months"
            let what = describe(key.breakID).map { " (\($0))" } ?? ""
            let done = key.resolution == .usedPublishedRate
                ? "the published comparable-basis rate is used instead of the rate from levels"
                : "no published comparable-basis rate, so left empty"
            return "\(key.series) \(runs.joined(separator: ", ")) (\(count)): the year-on-year comparison straddles "
                + "definitional break '\(key.breakID)'\(what); \(done)"
        }
    }

    /// Sorted months as maximal runs of consecutive months.
    public static func runs(_ months: [Month]) -> [ClosedRange<Month>] {
        var out: [ClosedRange<Month>] = []
        for m in months {
            if let last = out.last, last.upperBound.advanced(by: 1) == m {
                out[out.count - 1] = last.lowerBound...m
            } else if out.last?.contains(m) != true {
                out.append(m...m)
            }
        }
        return out
    }
}
