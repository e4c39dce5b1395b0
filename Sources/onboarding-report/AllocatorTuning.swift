#if canImport(CGlibc)
import CGlibc
#endif

/// Tunes glibc's allocator for a batch run that builds and drops large arrays.
///
/// By default glibc serves an allocation from its heap rather than with its
/// own mapping once a freed mapping was larger than it (the threshold climbs
/// to 32 MiB), and memory freed inside a heap mostly stays resident. Ingest
/// frees tens of MiB of indexes and progress arrays just before the metrics
/// allocate theirs, so the peak carried that dead weight (the measured
/// difference is in docs/performance.md).
/// The only file that touches the allocator; a no-op off glibc.
enum AllocatorTuning {
    static func apply() {
        #if canImport(CGlibc) && os(Linux)
        // Fixing the threshold also turns off its climbing.
        _ = mallopt(M_MMAP_THRESHOLD, 1 << 20)
        #endif
    }
}
