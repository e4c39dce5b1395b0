// A compiler memory hint Swift cannot spell: prefetch. Header-only: nothing to link.

/// Asks the processor to start loading the cache line holding `address`,
/// without waiting for it: ingest calls it a few rows ahead of a random lookup.
static inline void memory_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}
