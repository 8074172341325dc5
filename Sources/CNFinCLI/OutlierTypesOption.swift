import ArgumentParser
import CNFin

/// `--outliers ao,ls,tc|none` (arima, forecast, seasonal --method x13): the automatic outlier types
/// to search for, as X-13's `outlier{types=…}`; a comma-separated list of ``OutlierTypeOption`` values
/// or `none`. An unknown type is a usage error from the parser naming the valid ones.
struct OutlierTypesOption: ExpressibleByArgument, Equatable {
    /// The types, in the order given (empty for `none`).
    var kinds: [OutlierRegressor.Kind]

    init(_ kinds: [OutlierRegressor.Kind]) { self.kinds = kinds }

    init?(argument: String) {
        let items = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if items == ["none"] {
            kinds = []
            return
        }
        var kinds: [OutlierRegressor.Kind] = []
        for item in items {
            guard let type = OutlierTypeOption.parse(item) else { return nil }
            kinds.append(type.kind)
        }
        guard !kinds.isEmpty else { return nil }
        self.kinds = kinds
    }

    static var allValueStrings: [String] { OutlierTypeOption.allValueStrings + ["none"] }

    var defaultValueDescription: String {
        kinds.isEmpty ? "none" : kinds.map { $0.rawValue.lowercased() }.joined(separator: ",")
    }
}

/// One automatic outlier type: additive outlier, level shift or temporary change.
enum OutlierTypeOption: String, EnumeratedArgument {
    case ao, ls, tc

    /// The library's outlier kind.
    var kind: OutlierRegressor.Kind {
        switch self {
        case .ao: return .additive
        case .ls: return .levelShift
        case .tc: return .temporaryChange
        }
    }
}
