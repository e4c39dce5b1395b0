// libFuzzer's driver entry point (compiler-rt FuzzerInterface.h); the library itself is
// linked by -sanitize=fuzzer. SwiftPM aliases an executable's `main` to the module's own
// entry point, so the targets start libFuzzer from there rather than through its `main`.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
