/// Every rounding and number-writing rule of the release text, in one place.
///
/// ## Amounts (data in 亿元, 1万亿 = 10,000亿)
/// - An amount whose magnitude, rounded to whole 亿元, is at least 10,000亿 is
///   written in 万亿元 with two decimals: `13627.94亿 → 1.36万亿元`,
///   `2820504.68亿 → 282.05万亿元`. Otherwise it is written in whole 亿元:
///   `5417.62亿 → 5418亿元`.
/// - The 1万亿 boundary is decided on the amount rounded to whole 亿元, so the
///   text never shows "10000亿元": `9999.6亿 → 1万亿元` and `9999.4亿 → 9999亿元`.
///   The 万亿 figure is rounded directly from the unrounded amount (no double
///   rounding through whole 亿元).
/// - Trailing zeros after the decimal point are dropped, as the PBoC's Chinese
///   releases do (`304.8万亿元`, `同比增长11%`, `中长期贷款增加6.2万亿元` in the
///   March 2024 release).
/// - English (the PBoC's English releases): amounts ≥ 1万亿 in trillion with two
///   decimals, trailing zeros dropped (`RMB67.1 trillion`, `RMB4.6 trillion`);
///   smaller amounts in billion with one decimal, kept even when zero
///   (`RMB331.2 billion`, `RMB167.0 billion`, `RMB9.0 billion`): 1亿元 = 0.1 billion.
///
/// ## Rates
/// Growth rates and their changes are written with one decimal (`11.4%`,
/// `0.4个百分点`), trailing zero dropped (`11%`, `1个百分点`).
///
/// ## Ties: half-up (四舍五入, away from zero)
/// The rounding acts on the exact decimal digits of the data
/// (``ReleaseDecimal``), never on binary approximations. The PBoC rounds half
/// away from zero (`.halfUp`). Evidence in the bundled data (values at an exact
/// tie, and the published figure): see `ReleaseRoundingEvidenceTests`, which
/// checks every amount in the data that sits exactly on a tie against the
/// release figures; values that are not ties (`13627.94 → 1.36`,
/// `2820504.68 → 282.05`) agree with both rules and are no evidence either way.
public enum ReleaseRounding {
    /// How a value exactly halfway between two rounded values is rounded.
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        /// Half away from zero (四舍五入): 0.25 → 0.3, −0.25 → −0.3.
        case halfUp
        /// Half to even (banker's rounding): 0.25 → 0.2, 0.35 → 0.4.
        case halfEven
    }

    /// The rule the release text uses.
    public static let rule: Rule = .halfUp

    /// 1万亿元 in 亿元.
    public static let wanYiInYi = 10_000

    /// An amount as the release writes it.
    public enum Amount: Sendable, Hashable {
        /// Whole 亿元.
        case yi(ReleaseDecimal)
        /// 万亿元 with two decimals.
        case wanYi(ReleaseDecimal)

        /// The rounded amount in 亿元.
        public var inYi: ReleaseDecimal {
            switch self {
            case .yi(let v): return v
            case .wanYi(let v): return ReleaseDecimal(significand: v.significand * wanYiInYi, scale: v.scale)
            }
        }

        /// `true` when the amount rounds to zero.
        public var isZero: Bool {
            switch self {
            case .yi(let v), .wanYi(let v): return v.isZero
            }
        }

        /// `true` when the rounded amount is below zero.
        public var isNegative: Bool {
            switch self {
            case .yi(let v), .wanYi(let v): return v.isNegative
            }
        }

        /// The absolute value.
        public var magnitude: Amount {
            switch self {
            case .yi(let v): return .yi(v.magnitude)
            case .wanYi(let v): return .wanYi(v.magnitude)
            }
        }
    }

    /// The release rounding of an amount given in 亿元.
    public static func amount(_ yi: ReleaseDecimal, rule: Rule = rule) -> Amount {
        let whole = yi.rounded(places: 0, rule: rule)
        if whole.magnitude >= ReleaseDecimal(significand: wanYiInYi, scale: 0) {
            return .wanYi(yi.shifted(down: 4).rounded(places: 2, rule: rule))
        }
        return .yi(whole)
    }

    /// A rate or a change of a rate (in % or percentage points) to one decimal.
    public static func rate(_ value: ReleaseDecimal, rule: Rule = rule) -> ReleaseDecimal {
        value.rounded(places: 1, rule: rule)
    }

    /// The magnitude of an amount in Chinese: `1.36万亿元`, `5418亿元`.
    public static func chineseAmount(_ amount: Amount) -> String {
        switch amount.magnitude {
        case .yi(let v): return v.trimmedDescription + "亿元"
        case .wanYi(let v): return v.trimmedDescription + "万亿元"
        }
    }

    /// The magnitude of an amount in English: `RMB1.36 trillion`, `RMB541.8 billion`.
    public static func englishAmount(_ amount: Amount) -> String {
        switch amount.magnitude {
        case .yi(let v): return "RMB" + v.shifted(down: 1).description + " billion"
        case .wanYi(let v): return "RMB" + v.trimmedDescription + " trillion"
        }
    }

    /// The magnitude of a rate or rate change, one decimal, trailing zero dropped: `11.4`, `11`.
    public static func rateText(_ value: ReleaseDecimal) -> String {
        rate(value).magnitude.trimmedDescription
    }
}
