import OnboardingModel

/// The onboarded accounts at one snapshot day, each with its snapshot. Grain:
/// one per account with close date ≤ S, in the order of the snapshots.
///
/// A view over two arrays, not a table of pairs: `accounts` is the ingest's
/// array, shared rather than copied, and `snapshots` runs beside it, each
/// snapshot naming its account by `accountIndex` (accounts closed after S
/// have none). What metrics and reports read of an account at S they take as
/// this one value; iterating it yields `AccountAtSnapshot`, which reads its
/// account in place.
public struct SnapshotAccounts: RandomAccessCollection, Sendable {
    /// Every onboarded account, as ingest made them (also those closed after S).
    public let accounts: [OnboardedAccount]
    /// One per account closed by S; `accountIndex` points into `accounts`.
    public let snapshots: [AccountSnapshot]

    /// - Precondition: every snapshot's `accountIndex` is an index of `accounts`.
    public init(accounts: [OnboardedAccount], snapshots: [AccountSnapshot]) {
        assert(snapshots.allSatisfy { accounts.indices.contains($0.accountIndex) },
               "a snapshot points past the accounts it was computed from")
        self.accounts = accounts
        self.snapshots = snapshots
    }

    @inlinable public var startIndex: Int { snapshots.startIndex }
    @inlinable public var endIndex: Int { snapshots.endIndex }

    /// The `position`th snapshot with its account.
    @inlinable public subscript(position: Int) -> AccountAtSnapshot {
        AccountAtSnapshot(snapshots[position], in: accounts)
    }

    /// The account `snapshot` was computed from, read in place (not copied).
    @inlinable public subscript(account snapshot: AccountSnapshot) -> OnboardedAccount {
        _read { yield accounts[snapshot.accountIndex] }
    }
}

/// One onboarded account at the snapshot day with its snapshot. Grain: one
/// account closed by S.
///
/// Holds the snapshot and the accounts array it came from (a reference, not
/// a copy): `account` is read in place, so reading a field of it does not
/// retain every string and array an account holds.
public struct AccountAtSnapshot: Sendable {
    public let snapshot: AccountSnapshot
    @usableFromInline let accounts: [OnboardedAccount]

    /// - Parameter accounts: the array `snapshot.accountIndex` points into.
    @inlinable init(_ snapshot: AccountSnapshot, in accounts: [OnboardedAccount]) {
        self.snapshot = snapshot
        self.accounts = accounts
    }

    /// The account the snapshot was computed from.
    @inlinable public var account: OnboardedAccount {
        _read { yield accounts[snapshot.accountIndex] }
    }

    /// Index of the account in the accounts array.
    @inlinable public var accountIndex: Int { snapshot.accountIndex }
}
