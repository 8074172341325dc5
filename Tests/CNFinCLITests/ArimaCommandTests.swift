import ArgumentParser
import CNFin
import Foundation
import Testing
@testable import CNFinCLI

@Suite struct ArimaCommandTests {
    /// `cnfin arima` and `cnfin forecast` in English (`--lang en`: the assertions read the English wording).
    func arima(_ arguments: [String]) throws -> String { try ArimaCommand.parse(arguments + ["--lang", "en"]).render() }
    func forecast(_ arguments: [String]) throws -> String { try ForecastCommand.parse(arguments + ["--lang", "en"]).render() }

    /// `cnfin arima m0 --log --horizon 3 --format json`: the issue's keys; m0's span has no
    /// definitional break, so the estimates are the X-13 fixture's (the library tests compare
    /// them to 1e-5); here only structure and consistency (intervals around the forecast).
    @Test func json() throws {
        let text = try arima(["m0", "--log", "--outliers", "none", "--horizon", "3", "--format", "json"])
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for key in ["series", "span", "nobs", "model", "arma", "regression", "outliers", "sigma2", "loglik", "aic", "aicc", "bic",
                    "diagnostics", "forecast", "notes"] {
            #expect(obj[key] != nil, "missing \(key)")
        }
        let model = try #require(obj["model"] as? [String: Any])
        #expect(model["transform"] as? String == "log")
        let arma = try #require(obj["arma"] as? [[String: Any]])
        #expect(arma.map { $0["name"] as? String } == ["ma1", "sma1"])
        let reg = try #require(obj["regression"] as? [[String: Any]])
        #expect(reg.map { $0["name"] as? String } == ["cny_pre", "cny_post"])
        let fc = try #require(obj["forecast"] as? [[String: Any]])
        #expect(fc.count == 3)
        for p in fc {
            let m = try #require(p["mean"] as? Double), lo = try #require(p["lower"] as? Double), hi = try #require(p["upper"] as? Double)
            #expect(lo < m && m < hi)
        }
        let lb = try #require((obj["diagnostics"] as? [String: Any])?["ljung_box"] as? [String: Any])
        #expect(lb["df"] as? Double == 22)
    }

    /// Default automatic AO/LS outliers: on m1 with --break-regressors the level shifts at the
    /// breaks are fixed and the search adds others; the note names them.
    @Test func automaticOutliers() throws {
        let text = try arima(["m1", "--break-regressors", "--format", "json"])
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let outliers = obj["outliers"] as? [String] ?? []
        #expect(outliers.contains("LS2024-01"))
        #expect(outliers.count > 3)
        let notes = obj["notes"] as? [String] ?? []
        #expect(notes.contains { $0.hasPrefix("automatic outliers (AO, LS") })
        #expect(throws: (any Error).self) { try ArimaCommand.parse(["m0", "--outliers", "ao,xx"]) }
        #expect(throws: (any Error).self) { try ArimaCommand.parse(["m0", "--critical-value", "-2"]) }
    }

    /// --auto: the model comes from the automatic selection and the note lists the candidates;
    /// forecast accepts it too. On m2 since 2018-01 (its current definition, 103 months: the search fits ~25 models; the
    /// library test compares the choice with X-13 on the full spans).
    @Test func automaticModel() throws {
        let text = try arima(["m2", "--from", "2018-01", "--auto", "--outliers", "none", "--format", "json"])
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let notes = obj["notes"] as? [String] ?? []
        let note = try #require(notes.first { $0.hasPrefix("automatic model (X-13 automdl procedure)") })
        #expect(note.contains("airline") && note.contains("chosen"))
        let model = try #require(obj["model"] as? [String: Any])
        let order = try #require(model["order"] as? [Double]), seasonal = try #require(model["seasonal_order"] as? [Double])
        #expect(note.hasSuffix("chosen (\(order.map { String(Int($0)) }.joined(separator: ",")))(\(seasonal.map { String(Int($0)) }.joined(separator: ",")))"))
        let fc = try forecast(["m2", "--from", "2018-01", "--auto", "--outliers", "none", "--horizon", "3", "--format", "csv"])
        #expect(fc.split(separator: "\n").count == 4)
    }

    @Test func forecastCSVAndText() throws {
        let csv = try forecast(["household_deposits_increase", "--horizon", "4", "--format", "csv"]).split(separator: "\n")
        #expect(csv.first == "month,mean,std_error,lower,upper")
        #expect(csv.count == 5)
        let text = try forecast(["m2", "--horizon", "2"])
        #expect(text.contains("Forecasts of m2") && text.contains("median"))
    }

    /// The break rule: m1's current definition is too short for the model (an error naming the
    /// flags), --break-regressors adds a level shift per break, an explicit span across a break
    /// is an error naming it.
    @Test func breaks() throws {
        #expect(throws: ValidationError.self) { try arima(["m1"]) }
        let text = try arima(["m1", "--break-regressors", "--format", "json"])
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let names = (obj["regression"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(names.contains("LS2024-01"))
        #expect((obj["outliers"] as? [String] ?? []).contains("LS2024-01"))
        do {
            _ = try arima(["m2", "--from", "2010-01"])
            Issue.record("expected an error")
        } catch let e as ValidationError {
            #expect(e.message.contains("m2_2011_10") && e.message.contains("--break-regressors") && e.message.contains("--ignore-breaks"))
        }
        #expect(throws: Never.self) { try arima(["m2", "--from", "2010-01", "--ignore-breaks"]) }
    }

    @Test func usageErrors() {
        #expect(throws: (any Error).self) { try ArimaCommand.parse(["m0", "--order", "1,1"]) }
        #expect(throws: (any Error).self) { try ArimaCommand.parse(["m0", "--order", "9,1,1"]) }
        #expect(throws: (any Error).self) { try ArimaCommand.parse(["m0", "--log", "--no-log"]) }
        #expect(throws: (any Error).self) { try ArimaCommand.parse(["m0", "--cny-window", "5,20", "--no-cny"]) }
        #expect(throws: (any Error).self) { try ArimaCommand.parse(["m0", "--outlier", "ZZ2020-01"]) }
        #expect(throws: (any Error).self) { try ArimaCommand.parse(["m0", "--level", "2"]) }
        #expect(throws: (any Error).self) { try arima(["m0", "--outlier", "AO1990-01"]) }
    }
}
