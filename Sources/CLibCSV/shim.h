// Debian's libcsv-dev ships csv.h and libcsv.so but no pkg-config file,
// so the module map links "csv" directly.
#include <csv.h>
#include <stdbool.h>
#include <stddef.h>

// What CSVStream's reader needs of libcsv's internals, declared next to the
// library instead of re-derived in Swift. csv.h lays out struct csv_parser but
// says nothing of what its fields hold; the states and field uses below mirror
// libcsv.c of libcsv 3.0.3, the version of Debian's libcsv-dev 3.0.3+dfsg-6
// (csv.h's CSV_MAJOR, CSV_MINOR, CSV_RELEASE). Another version's libcsv.c
// must be read against these before the check below is widened.
#if CSV_MAJOR != 3 || CSV_MINOR != 0 || CSV_RELEASE != 3
#error "shim.h mirrors libcsv 3.0.3's libcsv.c; check its accessors against this version's"
#endif

// libcsv.c's parser states (csv_parser.pstate), which csv.h leaves out.
#define CLIBCSV_ROW_NOT_BEGUN 0          // no field of the row yet: between rows
#define CLIBCSV_FIELD_NOT_BEGUN 1        // after a delimiter, before the next field
#define CLIBCSV_FIELD_BEGUN 2            // inside a field
#define CLIBCSV_FIELD_MIGHT_HAVE_ENDED 3 // a quote inside a quoted field: its end, or the first of two

// The bytes libcsv.c's inline space test (`c == CSV_SPACE || c == CSV_TAB`,
// used while no space function is set) trims around unquoted fields.
#define CLIBCSV_INLINE_SPACE CSV_SPACE
#define CLIBCSV_INLINE_TAB CSV_TAB

/// Whether the parser is between rows: the next byte starts a row or a blank line.
static inline bool clibcsv_between_rows(const struct csv_parser *p) {
    return p->pstate == CLIBCSV_ROW_NOT_BEGUN;
}

/// The bytes kept so far of the field the parser holds open (`entry_pos`:
/// with an unquoted field's trailing spaces, and a quoted field's quote that
/// may be its closing one), or -1 between fields.
static inline ptrdiff_t clibcsv_open_field_length(const struct csv_parser *p) {
    bool open = p->pstate == CLIBCSV_FIELD_BEGUN || p->pstate == CLIBCSV_FIELD_MIGHT_HAVE_ENDED;
    return open ? (ptrdiff_t)p->entry_pos : -1;
}

/// Whether a quoted field is open with no closing quote seen: at the end of
/// the input, a quote that never closes. (CSV_STRICT_FINI reports the same,
/// but only together with CSV_STRICT's other checks.)
static inline bool clibcsv_quote_left_open(const struct csv_parser *p) {
    return p->pstate == CLIBCSV_FIELD_BEGUN && p->quoted;
}

/// Whether the field being parsed opened with a quote. After csv_parse stops
/// on CSV_EPARSE, false means the quote it stopped before is inside an
/// unquoted field.
static inline bool clibcsv_field_quoted(const struct csv_parser *p) {
    return p->quoted != 0;
}

/// Clears the error csv_parse stopped on (csv_error then says CSV_SUCCESS).
/// Its state is that before the byte it stopped at, so parsing can resume
/// there, with other options.
static inline void clibcsv_clear_error(struct csv_parser *p) {
    p->status = CSV_SUCCESS;
}

/// Drops the open field's kept bytes past `length`. Not while the field ends
/// in spaces libcsv has counted (`spaces`): it takes them off the kept
/// length when the field ends. After a quote that may close a quoted field,
/// one byte more: libcsv takes that quote off too when the field ends, and
/// the field must still come out `length` bytes long.
static inline void clibcsv_cap_open_field(struct csv_parser *p, size_t length) {
    size_t kept = p->pstate == CLIBCSV_FIELD_MIGHT_HAVE_ENDED ? length + 1 : length;
    if (p->entry_pos > kept && p->spaces == 0) {
        p->entry_pos = kept;
    }
}
