/// Normalises release text scalar by scalar, so that offsets in the
/// normalised text are offsets in the original.
///
/// Full-width digits, letters, `％` and `．` become ASCII; ASCII `, ; : ( ) ! ?`
/// become their full-width forms (a `,` between digits is kept); dashes and
/// tildes become `-`; the traditional characters that occur in release
/// wording (餘額, 萬億, 貸款 …) become simplified ones.
enum IngestTextNormalizer {
    /// The text with its scalars normalised (and the original ones kept where they differ).
    static func normalize(_ text: String) -> IngestScalarText {
        IngestScalarText(text, normalize: map)
    }

    /// The normalised form of `c`, given the original scalars before and after it.
    private static func map(_ before: Unicode.Scalar?, _ c: Unicode.Scalar, _ after: Unicode.Scalar?) -> Unicode.Scalar {
        let v = c.value
        // Full-width ASCII variants FF01–FF5E → 0021–007E (digits, letters, ％, ．).
        if (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v)
            || v == 0xFF05 || v == 0xFF0E {
            return Unicode.Scalar(v - 0xFEE0) ?? c
        }
        switch c {
        case ",":
            let digitBefore = before.map(isDigit) ?? false
            let digitAfter = after.map(isDigit) ?? false
            return digitBefore && digitAfter ? c : "，"
        case ";": return "；"
        case ":": return "："
        case "(": return "（"
        case ")": return "）"
        case "!": return "！"
        case "?": return "？"
        case "\u{2014}", "\u{2013}", "\u{2012}", "\u{2212}", "\u{FF0D}", "~", "\u{FF5E}", "\u{301C}": return "-"
        case "\u{3000}", "\u{00A0}": return " "
        default:
            return traditional[c] ?? c
        }
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    /// Traditional → simplified for the characters of release wording.
    private static let traditional: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(Character, Character)] = [
            ("餘", "余"), ("額", "额"), ("萬", "万"), ("億", "亿"), ("貸", "贷"), ("幣", "币"),
            ("長", "长"), ("這", "这"), ("於", "于"), ("發", "发"), ("對", "对"), ("實", "实"),
            ("體", "体"), ("經", "经"), ("濟", "济"), ("託", "托"), ("託", "托"), ("銀", "银"),
            ("行", "行"), ("承", "承"), ("兌", "兑"), ("匯", "汇"), ("債", "债"), ("券", "券"),
            ("內", "内"), ("業", "业"), ("單", "单"), ("資", "资"), ("產", "产"), ("證", "证"),
            ("會", "会"), ("規", "规"), ("模", "模"), ("存", "存"), ("量", "量"), ("爲", "为"),
            ("為", "为"), ("較", "较"), ("與", "与"), ("個", "个"), ("點", "点"), ("貨", "货"),
            ("義", "义"), ("廣", "广"), ("狹", "狭"), ("増", "增"), ("減", "减"), ("東", "东"),
            ("戶", "户"), ("財", "财"), ("稅", "税"), ("觀", "观"), ("據", "据"), ("報", "报"),
            ("統", "统"), ("計", "计"), ("數", "数"), ("從", "从"), ("結", "结"), ("構", "构"),
            ("佔", "占"), ("摺", "折"), ("覈", "核"), ("銷", "销"), ("幹", "干"), ("國", "国"),
            ("現", "现"), ("負", "负"), ("營", "营"), ("機", "机"), ("構", "构"), ("蓄", "蓄"),
            ("淨", "净"), ("資", "资"), ("場", "场"), ("後", "后"), ("盤", "盘"), ("陸", "陆"),
            ("季", "季"), ("當", "当"), ("時", "时"), ("間", "间"), ("類", "类"), ("務", "务"),
            ("動", "动"), ("張", "张"), ("並", "并"), ("調", "调"), ("整", "整"), ("據", "据"),
            ("別", "别"), ("達", "达"), ("環", "环"), ("兩", "两"), ("顯", "显"), ("門", "门"), ("團", "团"),
            ("總", "总"), ("險", "险"), ("託", "托"), ("貼", "贴"), ("現", "现"), ("關", "关"), ("區", "区"),
            ("鄉", "乡"), ("專", "专"), ("項", "项"), ("準", "准"), ("備", "备"), ("權", "权"), ("級", "级"),
        ]
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (t, s) in pairs where t != s {
            if let a = t.unicodeScalars.first, let b = s.unicodeScalars.first { map[a] = b }
        }
        return map
    }()
}
