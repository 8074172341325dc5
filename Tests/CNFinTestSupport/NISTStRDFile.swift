/// A NIST StRD linear-regression file (https://www.itl.nist.gov/div898/strd/lls/lls.shtml):
/// the certified values and the data, as the files under `Fixtures` hold them.
public struct NISTStRDFile: Sendable {
    /// Certified estimates `B0, B1, …`.
    public var estimates: [Double] = []
    /// Their certified standard deviations.
    public var standardDeviations: [Double] = []
    /// Certified residual standard deviation.
    public var residualSD = Double.nan
    /// Certified R².
    public var rSquared = Double.nan
    /// The data rows (`y` first, then the predictors).
    public var rows: [[Double]] = []

    /// The response.
    public var y: [Double] { rows.map { $0[0] } }
    /// The predictor columns.
    public var predictors: [[Double]] { rows.map { Array($0.dropFirst()) } }

    /// Parses the certified block (`B<i>  estimate  sd`, `Residual Standard Deviation  v`,
    /// `R-Squared  v`) and the data block (the lines after the second line starting with `Data:`).
    /// - Throws: ``FixtureError/malformed(_:)`` when either block is missing.
    public init(text: String, name: String) throws {
        var dataSeen = 0
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if line.hasPrefix("Data:") {
                dataSeen += 1
                continue
            }
            if dataSeen >= 2 {
                let values = fields.compactMap(Double.init)
                if values.count == fields.count, !values.isEmpty { rows.append(values) }
                continue
            }
            if fields.count == 3, fields[0].hasPrefix("B"), Int(fields[0].dropFirst()) != nil,
               let e = Double(fields[1]), let s = Double(fields[2]) {
                estimates.append(e)
                standardDeviations.append(s)
            } else if fields.count == 3, fields[0] == "Standard", fields[1] == "Deviation", let v = Double(fields[2]) {
                residualSD = v
            } else if fields.count == 2, fields[0] == "R-Squared", let v = Double(fields[1]) {
                rSquared = v
            }
        }
        guard !estimates.isEmpty, !rows.isEmpty else { throw FixtureError.malformed(name) }
    }
}
