import Crypto

/// Incremental SHA-256 for the manifest: inputs are hashed while they stream,
/// outputs after they are written. The only file that imports swift-crypto.
public struct SHA256Digest {
    private var hasher = SHA256()

    public init() {}

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: bytes)
    }

    public mutating func update(_ bytes: [UInt8]) {
        hasher.update(data: bytes)
    }

    /// Lowercase hex of the digest.
    public func hexDigest() -> String {
        hasher.finalize().map { byte in
            let s = String(byte, radix: 16)
            return byte < 16 ? "0" + s : s
        }.joined()
    }

    public static func hex(of bytes: [UInt8]) -> String {
        var d = SHA256Digest()
        d.update(bytes)
        return d.hexDigest()
    }
}
