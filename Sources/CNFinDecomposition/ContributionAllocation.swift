/// How the growth of an aggregate is allocated to its components.
///
/// With X = Σ_i x_i, base B (normally X_{t−h}) and c_i = 100 · (x_{i,t} − x_{i,t−h}) / B:
/// - ``arithmetic``: contributions are c_i, and Σ_i c_i = 100 · (X_t − X_{t−h}) / B,
///   the simple growth rate, exactly.
/// - ``logarithmic``: contributions are c_i · λ with
///   λ = ln(X_t / X_{t−h}) / ((X_t − X_{t−h}) / X_{t−h}) (λ = 1 when X_t = X_{t−h}),
///   so that Σ_i c_i λ = 100 · Δln X, the log growth rate, exactly. Each component
///   keeps its share of the arithmetic growth; only the total is rescaled.
///   Needs X_{t−h} > 0 and X_t > 0 and the base equal to X_{t−h}.
public enum ContributionAllocation: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// c_i = 100 · Δx_i / X_{t−h}; the contributions add up to the simple growth rate.
    case arithmetic
    /// c_i · ln(X_t/X_{t−h}) / (ΔX/X_{t−h}); the contributions add up to 100 · Δln X.
    case logarithmic

    public var description: String { rawValue }
}
