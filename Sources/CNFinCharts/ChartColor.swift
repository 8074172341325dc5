/// An sRGB colour written as `#RRGGBB` in SVG.
public struct ChartColor: Sendable, Hashable, CustomStringConvertible {
    /// The `#RRGGBB` text.
    public let hex: String

    /// A colour from red, green and blue in 0…255 (values are clamped).
    public init(red: Int, green: Int, blue: Int) {
        func byte(_ v: Int) -> String {
            let c = min(max(v, 0), 255)
            let digits = Array("0123456789ABCDEF")
            return String([digits[c / 16], digits[c % 16]])
        }
        hex = "#" + byte(red) + byte(green) + byte(blue)
    }

    public var description: String { hex }

    /// The Tableau 10 palette (Maureen Stone, 2016): distinguishable hues that
    /// stay apart for the common colour-vision deficiencies.
    public static let palette: [ChartColor] = [
        ChartColor(red: 0x4E, green: 0x79, blue: 0xA7), // blue
        ChartColor(red: 0xF2, green: 0x8E, blue: 0x2B), // orange
        ChartColor(red: 0x59, green: 0xA1, blue: 0x4F), // green
        ChartColor(red: 0xE1, green: 0x57, blue: 0x59), // red
        ChartColor(red: 0x76, green: 0xB7, blue: 0xB2), // teal
        ChartColor(red: 0xED, green: 0xC9, blue: 0x48), // yellow
        ChartColor(red: 0xB0, green: 0x7A, blue: 0xA1), // purple
        ChartColor(red: 0xFF, green: 0x9D, blue: 0xA7), // pink
        ChartColor(red: 0x9C, green: 0x75, blue: 0x5F), // brown
        ChartColor(red: 0xBA, green: 0xB0, blue: 0xAC), // grey
    ]

    /// The palette colour for the i-th series (cycling).
    public static func palette(_ i: Int) -> ChartColor { palette[((i % palette.count) + palette.count) % palette.count] }

    /// Near-black for totals and text.
    public static let ink = ChartColor(red: 0x22, green: 0x22, blue: 0x22)
    /// Mid grey for axes and notes.
    public static let grey = ChartColor(red: 0x66, green: 0x66, blue: 0x66)
    /// Light grey for grid lines.
    public static let grid = ChartColor(red: 0xE3, green: 0xE3, blue: 0xE3)
}
