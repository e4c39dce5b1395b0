// Debian's libcsv-dev ships csv.h and libcsv.so but no pkg-config file,
// so the module map links "csv" directly.
#include <csv.h>
