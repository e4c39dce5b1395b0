import Runtime
import Testing

struct BackgroundDigestTests {
    /// The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
    private let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

    @Test func hashesExactlyTheBytesHandedOverInOrder() {
        let digest = BackgroundDigest()
        for piece in ["a", "b", "c"] { Array(piece.utf8).withUnsafeBytes(digest.update) }
        #expect(digest.finish() == abc)
        #expect(digest.finish() == abc, "a second finish returns the same digest")
    }

    @Test func splitsUpdatesLongerThanASlotAndWrapsTheRing() {
        // 10,000 bytes through 2 slots of 7 bytes: the ring wraps hundreds of
        // times and every update is split; the digest must equal one pass.
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let digest = BackgroundDigest(slots: 2, slotSize: 7)
        var offset = 0
        for length in [1, 6, 7, 8, 13, 14, 15, 100, 3] {
            let end = min(offset + length, bytes.count)
            bytes[offset..<end].withUnsafeBytes(digest.update)
            offset = end
        }
        bytes[offset...].withUnsafeBytes(digest.update)
        #expect(digest.finish() == SHA256Digest.hex(of: bytes))
    }

    @Test func anEmptyStreamHasTheEmptyDigest() {
        let digest = BackgroundDigest()
        #expect(digest.finish() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
