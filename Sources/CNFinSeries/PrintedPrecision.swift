/// The decimal precision of figures as printed, and arithmetic that does not claim more.
///
/// A published rate such as `11.4` is a decimal with one place; its `Double` is only the nearest binary
/// value, so `4.7 − 11.6` computed in binary is `-6.8999999999999995`. A difference of two printed
/// figures is stated at the coarser of their precisions: the exact decimal difference when both have
/// the same number of places (`-6.9`), and no more places than the coarser input when one of them is a
/// rounded print and the other an unrounded value (8.0 − 11.8234 → `-3.8`).
public enum PrintedPrecision {
    /// The number of decimals in the shortest text that reads back to `x` (`11.4` → 1, `13600` → 0),
    /// or `nil` when that text has an exponent or more than 9 decimals (an unrounded value).
    public static func decimals(of x: Double) -> Int? {
        guard x.isFinite else { return nil }
        let text = "\(x)"
        if text.contains("e") || text.contains("E") { return nil }
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        let fraction = text[text.index(after: dot)...]
        if fraction == "0" { return 0 }
        return fraction.count <= 9 ? fraction.count : nil
    }

    /// `x` rounded half away from zero to `places` decimals (0…9), through the scaled integer so the
    /// result is the `Double` nearest the decimal.
    public static func rounded(_ x: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<min(max(0, places), 9) { scale *= 10 }
        let scaled = x * scale
        guard scaled.isFinite, abs(scaled) < 1e15 else { return x }
        return scaled.rounded(.toNearestOrAwayFromZero) / scale
    }

    /// `a − b` stated at the coarser precision of the two (see the type's description); unrounded when
    /// neither is a rounded print. A `Double` does not remember a printed trailing zero (`8.0` reads as
    /// 0 decimals), so `atLeast` gives the precision the inputs are known to be printed with (growth
    /// rates: 1).
    public static func difference(_ a: Double, _ b: Double, atLeast minimum: Int = 0) -> Double {
        let da = decimals(of: a), db = decimals(of: b)
        let places: Int?
        switch (da, db) {
        case let (x?, y?): places = min(x, y)
        case let (x?, nil): places = x
        case let (nil, y?): places = y
        case (nil, nil): places = nil
        }
        guard let places else { return a - b }
        return rounded(a - b, places: max(places, minimum))
    }
}
