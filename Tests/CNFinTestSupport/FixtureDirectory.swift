import Foundation

/// The `Fixtures` folder a test target copies into its bundle (`resources: [.copy("Fixtures")]`),
/// read by name. Every test target's fixture access goes through this one loader:
/// `FixtureDirectory(bundle: .module)`.
public struct FixtureDirectory: Sendable {
    /// The folder.
    public let url: URL

    /// The `Fixtures` folder of `bundle` (a test target's `Bundle.module`).
    /// - Throws: ``FixtureError/missing(_:)`` when the bundle has no such folder.
    public init(bundle: Bundle, folder: String = "Fixtures") throws {
        guard let url = bundle.url(forResource: folder, withExtension: nil) else { throw FixtureError.missing(folder) }
        self.url = url
    }

    /// The file `relative` inside the folder.
    public func url(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    /// The UTF-8 text of `relative`.
    public func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    /// The JSON object at the top of `relative`.
    /// - Throws: ``FixtureError/malformed(_:)`` when the top level is not an object.
    public func json(_ relative: String) throws -> [String: Any] {
        let data = try Data(contentsOf: url(relative))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FixtureError.malformed(relative)
        }
        return object
    }

    /// The numbers of a JSON array, `null` (or any non-number) → NaN.
    public static func doubles(_ any: Any?) -> [Double] {
        guard let array = any as? [Any] else { return [] }
        return array.map { ($0 as? NSNumber)?.doubleValue ?? .nan }
    }
}

/// A fixture that is not there or not in the expected form.
public enum FixtureError: Error, CustomStringConvertible {
    case missing(String)
    case malformed(String)

    public var description: String {
        switch self {
        case let .missing(name): return "fixture \(name) not found in the test bundle"
        case let .malformed(name): return "fixture \(name) is malformed"
        }
    }
}
