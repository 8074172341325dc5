import Foundation
import Testing
@testable import CNFinX11

/// Inputs X-11 cannot decompose give typed errors, never a crash or a silent number.
@Suite("X-11 bad input")
struct BadInputTests {
    /// A positive seasonal series of `n` months.
    static func series(_ n: Int) -> [Double] {
        (0..<n).map { (i: Int) -> Double in
            let t = Double(i)
            let seasonal: Double = 10 * sin(t * Double.pi / 6)
            return 100 + t * 0.5 + seasonal + Double((i * 7) % 5)
        }
    }

    func error(_ values: [Double], firstMonth: Int = 1, _ options: X11Options = X11Options()) -> X11Error? {
        do {
            _ = try X11.decompose(values, firstMonth: firstMonth, options: options)
            return nil
        } catch {
            return error
        }
    }

    @Test("fewer than three years")
    func shortSpan() {
        #expect(error(Self.series(35)) == .spanTooShort(observations: 35, minimum: 36))
        #expect(error(Self.series(36)) == nil)
    }

    @Test("forecast months leaving fewer than three years of data")
    func forecasts() {
        #expect(error(Self.series(40), X11Options(forecastMonths: 12)) == .invalidForecastCount(forecasts: 12, observations: 40))
        #expect(error(Self.series(48), X11Options(forecastMonths: -1)) == .invalidForecastCount(forecasts: -1, observations: 48))
    }

    @Test("zero or negative values in multiplicative and log-additive modes")
    func nonPositive() {
        var x = Self.series(60)
        x[17] = 0
        #expect(error(x) == .nonPositiveValue(index: 17, value: 0))
        x[17] = -3
        #expect(error(x, X11Options(mode: .logAdditive)) == .nonPositiveValue(index: 17, value: -3))
        #expect(error(x, X11Options(mode: .additive)) == nil)
    }

    @Test("gaps (NaN) and infinities")
    func nonFinite() {
        var x = Self.series(60)
        x[30] = .nan
        #expect(error(x, X11Options(mode: .additive)) == .nonFiniteValue(index: 30))
        x[30] = .infinity
        #expect(error(x) == .nonFiniteValue(index: 30))
    }

    @Test("a seasonal filter longer than the span allows")
    func seasonalFilterTooLong() {
        let x = Self.series(10 * 12)
        #expect(error(x, X11Options(seasonalFilter: .fixed(.s3x9))) ==
            .seasonalFilterTooLong(filter: "3x9", yearsNeeded: 11, yearsAvailable: 10))
        #expect(error(x, X11Options(seasonalFilter: .fixed(.s3x15))) ==
            .seasonalFilterTooLong(filter: "3x15", yearsNeeded: 17, yearsAvailable: 10))
        #expect(error(x, X11Options(seasonalFilter: .fixed(.s3x5))) == nil)
    }

    @Test("Henderson lengths: even, too short, too long for the series")
    func henderson() {
        let x = Self.series(48)
        #expect(error(x, X11Options(henderson: .fixed(12))) == .invalidHendersonLength(12))
        #expect(error(x, X11Options(henderson: .fixed(1))) == .invalidHendersonLength(1))
        #expect(error(x, X11Options(henderson: .fixed(103))) == .invalidHendersonLength(103))
        #expect(error(x, X11Options(henderson: .fixed(49))) == .hendersonTooLong(length: 49, observations: 48))
        #expect(error(x, X11Options(henderson: .fixed(47))) == nil)
    }

    @Test("sigma limits and first month")
    func limits() {
        let x = Self.series(48)
        #expect(error(x, X11Options(lowerSigma: 2.5, upperSigma: 1.5)) == .invalidSigmaLimits(lower: 2.5, upper: 1.5))
        #expect(error(x, X11Options(lowerSigma: 0.5, upperSigma: 1.5)) == .invalidSigmaLimits(lower: 0.5, upper: 1.5))
        #expect(error(x, firstMonth: 13) == .invalidFirstMonth(13))
        #expect(error(x, firstMonth: 0) == .invalidFirstMonth(0))
    }

    @Test("every error has a sentence")
    func descriptions() {
        let errors: [X11Error] = [
            .spanTooShort(observations: 35, minimum: 36), .nonFiniteValue(index: 3), .nonPositiveValue(index: 1, value: 0),
            .invalidFirstMonth(13), .seasonalFilterTooLong(filter: "3x9", yearsNeeded: 11, yearsAvailable: 10),
            .invalidHendersonLength(12), .hendersonTooLong(length: 49, observations: 48),
            .invalidSigmaLimits(lower: 2, upper: 1), .invalidForecastCount(forecasts: 12, observations: 40), .nonPositiveTrend,
        ]
        for e in errors { #expect(!e.description.isEmpty) }
        #expect(X11Error.nonFiniteValue(index: 3).description.contains("4"))
    }
}
