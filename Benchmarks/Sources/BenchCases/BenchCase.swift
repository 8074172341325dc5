/// One timed call. `make` builds the data (not timed) and returns the call to time.
public struct BenchCase: Sendable {
    /// Stable id shared with `compare/peer.py`, e.g. `ols_240x10@x10`.
    public let id: String
    /// Human-readable row label.
    public let title: String
    /// Size multiplier of the base case (1, 10 or 100).
    public let scale: Int
    /// Id of the in-run reference this case is compared with in the quick check.
    public let reference: String?
    /// Part of the CI quick check.
    public let quick: Bool
    /// Builds the inputs and returns the call to time.
    public let make: @Sendable () throws -> () throws -> Void

    public init(id: String, title: String, scale: Int = 1, reference: String? = nil, quick: Bool = false,
                make: @escaping @Sendable () throws -> () throws -> Void) {
        self.id = id
        self.title = title
        self.scale = scale
        self.reference = reference
        self.quick = quick
        self.make = make
    }
}

/// A case that cannot run here (an API not merged yet, a missing binary).
public struct CaseUnavailable: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
