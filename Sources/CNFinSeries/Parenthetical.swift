import CNFinSupport
/// How a label and its parenthetical (a unit, a qualifier) are joined in each language — written once,
/// so that every table header and title follows one rule:
///
/// - Chinese: full-width parentheses, no space — `余额（亿元）`, `占比（%）`, `M1−M2（个百分点）`
///   (GB/T 15834-2011《标点符号用法》: 括号 in Chinese text are the full-width `（）`);
/// - English: a space and ASCII parentheses — `Balance (RMB 100 million)`.
public enum Parenthetical {
    /// `label` followed by `inner` in parentheses, in the punctuation of `language`.
    public static func label(_ label: String, _ inner: String, language: DisplayLanguage) -> String {
        language == .zh ? "\(label)（\(inner)）" : "\(label) (\(inner))"
    }
}
