import Foundation

/// One subject of a survival analysis (for TTV: one account): the day it reached the event,
/// or the last day it was seen without it (censored).
public struct SurvivalObservation: Sendable, Hashable {
    /// Days from the start (close) to the event, or to the end of follow-up when censored.
    public var time: Int
    /// True when the event (first value) was observed at `time`; false when censored there.
    public var reached: Bool

    public init(time: Int, reached: Bool) {
        self.time = time
        self.reached = reached
    }
}

/// The Kaplan–Meier (product-limit) estimate of a survival curve over integer days, with
/// Greenwood's 95% pointwise bands on the log(−log Ŝ) scale, as lifelines'
/// `KaplanMeierFitter` computes them by default.
///
/// Ŝ(t) = Π over distinct event times tᵢ ≤ t of (1 − dᵢ ÷ nᵢ), dᵢ = subjects that reached the
/// event at tᵢ, nᵢ = subjects whose time ≥ tᵢ (a subject censored at tᵢ is still at risk at tᵢ).
///
/// ```swift
/// let km = KaplanMeier([.init(time: 10, reached: true), .init(time: 12, reached: false)])
/// km.median            // 10
/// km.reachedBy(30)     // 1 − Ŝ(30)
/// km.medianInterval    // (lower: Int?, upper: Int?)
/// ```
///
/// Complexity: O(n + k log k) to build for n subjects over k distinct days; `survival(at:)`
/// and `band(at:)` are O(log k).
public struct KaplanMeier: Sendable {
    /// The curve at one distinct event time.
    public struct Step: Sendable, Equatable {
        /// The event time tᵢ.
        public let time: Int
        /// nᵢ: subjects with time ≥ tᵢ.
        public let atRisk: Int
        /// dᵢ: subjects that reached the event at tᵢ.
        public let reached: Int
        /// Ŝ(tᵢ).
        public let survival: Double
        /// Σ over tⱼ ≤ tᵢ of dⱼ ÷ (nⱼ(nⱼ − dⱼ)): Greenwood's variance of log Ŝ(tᵢ)
        /// (a term with nⱼ = dⱼ counts 0, as in lifelines).
        public let greenwood: Double
    }

    /// A pointwise confidence band of Ŝ(t): `lower` ≤ Ŝ(t) ≤ `upper`.
    public struct Band: Sendable, Equatable {
        public let lower: Double
        public let upper: Double
    }

    /// The standard normal quantile for a two-sided 95% interval (scipy's norm.ppf(0.975)).
    public static let z95 = 1.959963984540054

    /// One step per distinct event time, ascending.
    public let steps: [Step]
    /// Subjects observed.
    public let count: Int
    /// Subjects that reached the event.
    public let reachedCount: Int
    /// The longest time observed (reached or censored); nil without subjects.
    public let longestFollowUp: Int?

    /// Subjects censored (never seen to reach the event).
    public var censoredCount: Int { count - reachedCount }

    /// Estimates the curve from `observations` (in any order).
    public init<Observations: Sequence>(_ observations: Observations)
    where Observations.Element == SurvivalObservation {
        var tally = SurvivalTally()
        for observation in observations { tally.add(observation) }
        self.init(tally)
    }

    /// Estimates the curve from observations already counted per day (one pass over a
    /// million accounts needs no array of them).
    public init(_ tally: SurvivalTally) {
        var steps: [Step] = []
        var remaining = tally.count
        var survival = 1.0
        var greenwood = 0.0
        let counts = tally.countsByTime
        for (time, reached, censored) in counts {
            let atRisk = remaining
            remaining -= reached + censored
            guard reached > 0 else { continue }
            survival *= Double(atRisk - reached) / Double(atRisk)
            if atRisk > reached {
                greenwood += Double(reached) / (Double(atRisk) * Double(atRisk - reached))
            }
            steps.append(Step(time: time, atRisk: atRisk, reached: reached,
                              survival: survival, greenwood: greenwood))
        }
        self.steps = steps
        self.count = tally.count
        self.reachedCount = tally.reachedCount
        self.longestFollowUp = counts.last?.time
    }

    /// Ŝ(t): the share of subjects not yet at the event after t days (1 before the first event).
    public func survival(at t: Int) -> Double {
        step(atOrBefore: t)?.survival ?? 1
    }

    /// 1 − Ŝ(d): the estimated share of subjects that reached the event within d days.
    public func reachedBy(_ d: Int) -> Double {
        1 - survival(at: d)
    }

    /// The 95% (or `z`) pointwise band of Ŝ(t): exp(−exp(log(−log Ŝ) ± z·√V ÷ |log Ŝ|)) with V
    /// Greenwood's variance of log Ŝ. (1, 1) before the first event, (0, 0) once Ŝ is 0.
    public func band(at t: Int, z: Double = KaplanMeier.z95) -> Band {
        guard let step = step(atOrBefore: t) else { return Band(lower: 1, upper: 1) }
        return Self.band(of: step, z: z)
    }

    /// The KM median: the smallest t with Ŝ(t) ≤ 0.5; nil when the curve never gets there.
    public var median: Int? {
        firstTime { $0.survival }
    }

    /// The 95% interval of the median: the first times the lower and the upper band fall to
    /// ≤ 0.5 (each nil when that band never does; `upper` is nil more often).
    public var medianInterval: (lower: Int?, upper: Int?) {
        (firstTime { Self.band(of: $0, z: Self.z95).lower },
         firstTime { Self.band(of: $0, z: Self.z95).upper })
    }

    private static func band(of step: Step, z: Double) -> Band {
        guard step.survival > 0 else { return Band(lower: 0, upper: 0) }
        let logS = log(step.survival)
        guard logS < 0 else { return Band(lower: 1, upper: 1) }
        let center = log(-logS)
        let spread = z * step.greenwood.squareRoot() / -logS
        return Band(lower: exp(-exp(center + spread)), upper: exp(-exp(center - spread)))
    }

    /// The first step time whose `value` is ≤ 0.5. A product of fractions that is exactly
    /// one half (2 of 4 reached) may land a rounding error above it in floating point, so
    /// the comparison allows 1e-12.
    private func firstTime(_ value: (Step) -> Double) -> Int? {
        steps.first { value($0) <= 0.5 + 1e-12 }?.time
    }

    /// The last step with time ≤ t (binary search).
    private func step(atOrBefore t: Int) -> Step? {
        var low = 0
        var high = steps.count
        while low < high {
            let mid = (low + high) / 2
            if steps[mid].time <= t { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : steps[low - 1]
    }
}

/// Survival observations counted per day: what `KaplanMeier` needs, built in one pass with
/// O(1) work per subject (days 0 ..< 65,536 in arrays, any other day in a dictionary).
public struct SurvivalTally: Sendable {
    private var reachedAt: [Int] = []
    private var censoredAt: [Int] = []
    private var outliers: [Int: (reached: Int, censored: Int)] = [:]
    public private(set) var count = 0
    public private(set) var reachedCount = 0
    private static let denseLimit = 1 << 16

    public init() {}

    public mutating func add(_ observation: SurvivalObservation) {
        add(time: observation.time, reached: observation.reached)
    }

    /// Counts one subject that reached the event at `time` (or was censored there).
    public mutating func add(time: Int, reached: Bool) {
        count += 1
        if reached { reachedCount += 1 }
        guard time >= 0, time < Self.denseLimit else {
            if reached { outliers[time, default: (0, 0)].reached += 1 } else { outliers[time, default: (0, 0)].censored += 1 }
            return
        }
        if time >= reachedAt.count {
            let size = min(Self.denseLimit, max(time + 1, 2 * reachedAt.count, 128))
            reachedAt.append(contentsOf: repeatElement(0, count: size - reachedAt.count))
            censoredAt.append(contentsOf: repeatElement(0, count: size - censoredAt.count))
        }
        if reached { reachedAt[time] += 1 } else { censoredAt[time] += 1 }
    }

    /// Every day with a subject, ascending, with the subjects reached and censored that day.
    public var countsByTime: [(time: Int, reached: Int, censored: Int)] {
        var result: [(time: Int, reached: Int, censored: Int)] = []
        let sortedOutliers = outliers.sorted { $0.key < $1.key }
        for (time, n) in sortedOutliers where time < 0 { result.append((time, n.reached, n.censored)) }
        for time in reachedAt.indices where reachedAt[time] > 0 || censoredAt[time] > 0 {
            result.append((time, reachedAt[time], censoredAt[time]))
        }
        for (time, n) in sortedOutliers where time >= 0 { result.append((time, n.reached, n.censored)) }
        return result
    }
}
