import CSVStream
import OnboardingModel

/// Finds an onboarded account's position from the raw bytes of an
/// `account_id` field, for the files that attach rows to accounts by the
/// million (events, milestones).
///
/// A `ByteKeyTable` of the ids, built once from the accounts, so a key's
/// number is the account's position. A row costs no `String` and no
/// allocation; a reader that knows its rows a few ahead calls `prefetch`
/// first, so the lookup finds its slot in cache whatever the rows' order.
struct AccountIDIndex: Sendable {
    private var table: ByteKeyTable

    /// - Parameter accounts: unique ids (deals ingest guarantees it).
    init(_ accounts: [OnboardedAccount]) {
        table = ByteKeyTable(capacity: accounts.count)
        // By index: `for account in accounts` would copy every account to read one field.
        for position in accounts.indices { table.insert(accounts[position].accountID) }
        precondition(table.count == accounts.count, "AccountIDIndex needs unique account ids")
    }

    /// An account a lookup found: its position in the accounts given to
    /// `init`, and where its id's bytes are, for the next row to try first.
    struct Found: Sendable, Equatable {
        fileprivate let match: ByteKeyTable.Match
        var position: Int { match.number }
    }

    /// The account whose id is exactly `id`, or nil when there is none. The
    /// caller trims the field.
    ///
    /// - Parameter hint: the previous row's account, tried first. In a file
    ///   grouped by account the row then reads only bytes the previous row
    ///   brought into cache; in any other order the try compares bytes that
    ///   are in cache, and costs no read of the table.
    func find(_ id: UnsafeBufferPointer<UInt8>, hint: Found? = nil) -> Found? {
        if let hint, table.matches(hint.match, id) { return hint }
        return table.match(of: id, hash: ByteKeyTable.hash(id)).map(Found.init)
    }

    /// The position of the account whose id is exactly `id` (already trimmed), or nil.
    func position(of id: UnsafeBufferPointer<UInt8>) -> Int? { find(id)?.position }

    /// The position of the account whose id is `id` (already trimmed).
    func position(of id: String) -> Int? { table.index(of: id) }

    /// Starts loading what a lookup of `id` will read (the caller trims the
    /// field): the table's slot when `.far` ahead, the id's bytes when `.near`.
    /// - Returns: when `.near`, the position the lookup will likely find, for
    ///   the caller to prefetch that account's state; else nil.
    @discardableResult
    func prefetch(_ id: UnsafeBufferPointer<UInt8>, _ stage: LookaheadStage) -> Int? {
        let hash = ByteKeyTable.hash(id)
        switch stage {
        case .far:
            table.prefetch(hash: hash)
            return nil
        case .near:
            return table.prefetchKey(hash: hash)
        }
    }
}

/// `bytes` without surrounding spaces, tabs, CR or LF, as `trimmedField` trims.
func trimmedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var lo = 0, hi = bytes.count
    while lo < hi, isFieldSpace(bytes[lo]) { lo += 1 }
    while hi > lo, isFieldSpace(bytes[hi - 1]) { hi -= 1 }
    return UnsafeBufferPointer(rebasing: bytes[lo..<hi])
}
