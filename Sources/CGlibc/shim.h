// The few libc calls the CLI needs that Swift's Glibc module leaves out: glibc's
// allocator tuning (mallopt, in <malloc.h>), the atomic exchange of two paths
// (renameat2) and the flush of a whole file system (syncfs), both declared only
// under _GNU_SOURCE. Part of libc: nothing to install.
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/syscall.h>
#endif

/// Swaps `from` and `to`, which must both exist, in one step: afterwards each name
/// holds what the other held. Returns 0, or -1 with errno set (EINVAL or ENOSYS
/// when the file system or kernel cannot exchange).
static inline int cglibc_rename_exchange(const char *from, const char *to) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 1 << 1 /* RENAME_EXCHANGE */);
#elif defined(__APPLE__)
    return renamex_np(from, to, RENAME_SWAP);
#else
    errno = ENOSYS;
    return -1;
#endif
}

/// Flushes every file and directory of the file system that holds the open
/// file `descriptor` to disk and waits for it: one call in place of one fsync
/// per file, each of which waits for its own journal commit. Returns 0, or -1
/// with errno set (ENOSYS where there is no syncfs).
static inline int cglibc_syncfs(int descriptor) {
#if defined(__linux__) && defined(SYS_syncfs)
    return (int)syscall(SYS_syncfs, descriptor);
#else
    errno = ENOSYS;
    return -1;
#endif
}
