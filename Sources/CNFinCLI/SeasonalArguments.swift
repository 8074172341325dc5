import ArgumentParser
import CNFin

/// `seasonal --method`: STL or classical decomposition (``SeasonalAdjustment/Method``), or X-13-style
/// X-11 on a regARIMA pre-adjustment (``X13Adjustment``).
enum SeasonalMethodOption: String, EnumeratedArgument {
    case stl, classical, x13

    /// The ``SeasonalAdjustment`` method; `nil` for x13.
    var decomposition: SeasonalAdjustment.Method? {
        switch self {
        case .stl: return .stl
        case .classical: return .classical
        case .x13: return nil
        }
    }
}

/// `seasonal --mode` (x13): X-11's decomposition mode; `auto` follows X-13's log/none transform choice.
enum X11ModeOption: String, EnumeratedArgument {
    case auto, add, mult, logadd

    /// The library's mode choice.
    var choice: X13Options.ModeChoice {
        switch self {
        case .auto: return .automatic
        case .add: return .additive
        case .mult: return .multiplicative
        case .logadd: return .logAdditive
        }
    }
}

/// `seasonal --seasonal-filter` (x13): a fixed X-11 seasonal filter, or `auto` (X-13's choice from
/// the global moving-seasonality ratio).
enum SeasonalFilterOption: String, EnumeratedArgument {
    case s3x1 = "3x1", s3x3 = "3x3", s3x5 = "3x5", s3x9 = "3x9", s3x15 = "3x15", stable, auto

    /// The library's filter choice.
    var choice: X11Options.SeasonalFilterChoice {
        SeasonalFilter(rawValue: rawValue).map { .fixed($0) } ?? .automatic
    }
}

/// `seasonal --henderson N|auto` (x13): the Henderson trend filter length, odd in 3…101, or `auto`
/// (X-13's choice from the I/C ratio). Anything else is a usage error from the parser.
struct HendersonOption: ExpressibleByArgument, Equatable {
    /// The library's Henderson choice.
    var choice: X11Options.HendersonChoice

    /// The lengths X-11 accepts.
    static let lengths = 3...101

    init(_ choice: X11Options.HendersonChoice) { self.choice = choice }

    init?(argument: String) {
        if argument.lowercased() == "auto" {
            choice = .automatic
            return
        }
        guard let n = Int(argument), Self.lengths.contains(n), n % 2 == 1 else { return nil }
        choice = .fixed(n)
    }

    var defaultValueDescription: String {
        switch choice {
        case .automatic: return "auto"
        case .fixed(let n): return String(n)
        }
    }
}
