/// A 64-bit multiply-xorshift hash of bytes taken eight at a time: what the
/// ingest's tables (account ids, deal ids, spellings of names and statuses)
/// key on. Ids and names are short, so this beats byte-at-a-time hashing,
/// and the mixing spreads sequential ids (`ACC-000001`, `ACC-000002`) across
/// a table.
func byteHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    guard let base = bytes.baseAddress else { return h }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    while offset + 8 <= bytes.count {
        h = mix(h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
    }
    if offset < bytes.count {
        var tail: UInt64 = 0
        for i in offset..<bytes.count { tail = tail << 8 | UInt64(bytes[i]) }
        h = mix(h ^ tail)
    }
    return h
}

/// `byteHash` of a string's UTF-8.
func byteHash(_ text: String) -> UInt64 {
    var text = text
    return text.withUTF8(byteHash)
}

@inline(__always)
private func mix(_ value: UInt64) -> UInt64 {
    var x = value &* 0xBF58_476D_1CE4_E5B9
    x ^= x >> 31
    x = x &* 0x94D0_49BB_1331_11EB
    return x ^ (x >> 29)
}
