import ArgumentParser
import CNFin
import Foundation

// The structured values of the model options (`--order`, `--seasonal-order`, `--cny-window`, `--cny-split`,
// `--outlier`), parsed by swift-argument-parser through `@Option(transform:)` with each type's throwing
// parser: a malformed or out-of-range value is a usage error (exit status 2) naming the flag, the value
// and why, before any arithmetic. Each type is also `ExpressibleByArgument` (`init?(argument:)`) for
// callers that only need to know whether a value parses.

/// `--order p,d,q` or `p,d,q(P,D,Q)`: the ARIMA orders, parsed and range-checked by the library
/// (``ARIMAOrder/init(parsing:seasonal:)``).
struct ARIMAOrderOption: ExpressibleByArgument, Equatable {
    /// The orders (the seasonal ones the airline model's when not written).
    var order: ARIMAOrder
    /// Whether the text gave the seasonal orders, `p,d,q(P,D,Q)`.
    var seasonalGiven: Bool

    init(_ order: ARIMAOrder, seasonalGiven: Bool = false) {
        self.order = order
        self.seasonalGiven = seasonalGiven
    }

    /// The value of `--order TEXT`, or a usage error saying why not.
    static func parse(_ text: String) throws -> Self {
        do {
            return Self(try ARIMAOrder(parsing: text), seasonalGiven: text.filter { !$0.isWhitespace }.dropFirst().contains("("))
        } catch {
            throw OptionValueError(error)
        }
    }

    init?(argument: String) {
        guard let value = try? Self.parse(argument) else { return nil }
        self = value
    }
}

/// `--seasonal-order P,D,Q`: the seasonal ARIMA orders, range-checked by the library
/// (``ARIMAOrder/init(parsingSeasonal:regular:)``).
struct SeasonalOrderOption: ExpressibleByArgument, Equatable {
    var seasonalP: Int, seasonalD: Int, seasonalQ: Int

    /// The value of `--seasonal-order TEXT`, or a usage error saying why not.
    static func parse(_ text: String) throws -> Self {
        do {
            let order = try ARIMAOrder(parsingSeasonal: text)
            return Self(seasonalP: order.seasonalP, seasonalD: order.seasonalD, seasonalQ: order.seasonalQ)
        } catch {
            throw OptionValueError(error)
        }
    }

    init(seasonalP: Int, seasonalD: Int, seasonalQ: Int) {
        self.seasonalP = seasonalP
        self.seasonalD = seasonalD
        self.seasonalQ = seasonalQ
    }

    init?(argument: String) {
        guard let value = try? Self.parse(argument) else { return nil }
        self = value
    }
}

/// `--cny-window B,A` and `--cny-split B,A`: a Chinese New Year window from `before` days before the
/// festival to `after` days after it, each a whole number of days in the option's range.
struct HolidayDaysOption: ExpressibleByArgument, Equatable {
    var before: Int
    var after: Int

    init(before: Int, after: Int) {
        self.before = before
        self.after = after
    }

    /// A parser for `@Option(transform:)`: `B,A` with both in `days`.
    static func parser(days: ClosedRange<Int>) -> @Sendable (String) throws -> Self {
        { text in try parse(text, days: days) }
    }

    /// `B,A` with both in `days`, or a usage error saying why not.
    static func parse(_ text: String, days: ClosedRange<Int> = OptionRange.holidayDays) throws -> Self {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let b = parts[0], let a = parts[1] else {
            throw OptionValueError(en: "write B,A: whole numbers of days before and after the festival, e.g. 5,20",
                                   zh: "应写作 B,A：节前与节后的天数（整数），如 5,20")
        }
        guard days.contains(b), days.contains(a) else {
            throw OptionValueError(en: "the days before and after must each be in \(days.lowerBound)…\(days.upperBound)",
                                   zh: "节前与节后的天数均须在 \(days.lowerBound)…\(days.upperBound) 之间")
        }
        return Self(before: b, after: a)
    }

    init?(argument: String) {
        guard let value = try? Self.parse(argument) else { return nil }
        self = value
    }

    var defaultValueDescription: String { "\(before),\(after)" }
}

/// `--x a,b,c`: column or series names, comma-separated (spaces around a name are dropped); at least one.
struct ColumnListOption: ExpressibleByArgument, Equatable {
    var names: [String]

    /// The value of `--x TEXT`, or a usage error when it names nothing.
    static func parse(_ text: String) throws -> Self {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw OptionValueError(en: "give at least one name", zh: "至少给出一个名称") }
        return Self(names: names)
    }

    init(names: [String]) { self.names = names }

    init?(argument: String) {
        guard let value = try? Self.parse(argument) else { return nil }
        self = value
    }
}

/// `--outlier LS2020-03,AO2015-07 …`: fixed outlier regressors, comma-separated, each parsed by the
/// library (``OutlierRegressor/init(parsing:)``: AO, LS, TC or RP and the month).
struct OutlierListOption: ExpressibleByArgument, Equatable {
    /// The outliers, in the order given.
    var regressors: [OutlierRegressor]

    /// The value of `--outlier TEXT`, or a usage error naming the item at fault.
    static func parse(_ text: String) throws -> Self {
        let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !items.isEmpty else { throw OptionValueError(en: "give an outlier such as LS2020-03", zh: "请给出离群值，如 LS2020-03") }
        do {
            return Self(regressors: try items.map { item throws(ARIMAError) in try OutlierRegressor(parsing: item) })
        } catch {
            throw OptionValueError(error)
        }
    }

    init(regressors: [OutlierRegressor]) { self.regressors = regressors }

    init?(argument: String) {
        guard let value = try? Self.parse(argument) else { return nil }
        self = value
    }
}
