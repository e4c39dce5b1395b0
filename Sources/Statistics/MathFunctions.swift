#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C math library's special functions, the only ones the statistics need,
/// entered through this one file.
enum MathFunctions {
    /// ln(n!) for n ≥ 0, through `lgamma_r` (the reentrant form: plain
    /// `lgamma` writes a global sign, a data race when reports run in parallel).
    static func logFactorial(_ n: Int) -> Double {
        var sign: Int32 = 0
        return lgamma_r(Double(n) + 1, &sign)
    }

    /// ln C(n, k) for 0 ≤ k ≤ n.
    static func logBinomial(_ n: Int, _ k: Int) -> Double {
        logFactorial(n) - logFactorial(k) - logFactorial(n - k)
    }

    /// The complementary error function, accurate in the far tail where
    /// 1 − erf(x) would cancel to 0.
    static func complementaryError(_ x: Double) -> Double { erfc(x) }

    static func squareRoot(_ x: Double) -> Double { x.squareRoot() }
    static func exponential(_ x: Double) -> Double { exp(x) }
    static func logarithm(_ x: Double) -> Double { log(x) }
}
