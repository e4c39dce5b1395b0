// glibc's allocator tuning (mallopt); absent elsewhere, where the module is empty.
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
