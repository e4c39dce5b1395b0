import Dispatch

/// Runs two independent computations on two cores and returns both results.
///
/// For stages that only read shared immutable inputs (snapshots, accounts):
/// the results do not depend on which finishes first.
func sideBySide<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let results = ResultPair<A, B>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { results.first = first() } else { results.second = second() }
    }
    return (results.first!, results.second!)
}

/// Each slot written by one job only, read after `concurrentPerform` returns,
/// which orders the writes before the reads.
private final class ResultPair<A, B>: @unchecked Sendable {
    var first: A?
    var second: B?
}
