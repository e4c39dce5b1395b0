import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signals handled by a function of ours, on a thread of its own, in place of
/// their default action (which for SIGTERM and SIGINT ends the process).
///
/// A handler on its own thread, not in signal context, may take locks and
/// remove files; `endProcess(by:)` then ends the process as the signal would
/// have.
public final class SignalWatch: @unchecked Sendable {
    /// Kept for as long as the watch: a released source stops watching.
    private let sources: [DispatchSourceSignal]

    /// Watches `signals` from now on, calling `handler` with each one that arrives.
    public init(_ signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) {
        sources = signals.map { signalNumber in
            // A dispatch source sees the signal only once its default action is off.
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { handler(signalNumber) }
            source.resume()
            return source
        }
    }

    /// Ends the process as `signalNumber`'s default action would have, so
    /// that the parent sees what stopped it.
    ///
    /// The signal is unblocked on this thread first, since a parent may have
    /// left it blocked.
    public static func endProcess(by signalNumber: Int32) -> Never {
        signal(signalNumber, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signalNumber)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(signalNumber)
        _exit(128 + signalNumber)
    }
}
