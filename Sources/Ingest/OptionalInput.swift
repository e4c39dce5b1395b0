#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OnboardingModel

/// Whether an optional export is there to be read (SPEC §3 "Inputs are regular files").
///
/// Only a path with nothing at it is absent. Whatever else is there is read, so
/// that a FIFO, a device, a directory, a dangling or looping symlink or a file
/// that cannot be read stops the run naming it instead of silently dropping the
/// metrics that need the file. A zero-byte regular file is the one exception: an
/// export job that produced nothing; it counts as absent, with a data-quality note.
enum OptionalInput: Equatable {
    case absent
    case empty
    case present

    init(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            // Anything but "nothing there" (a permission problem on the way to it,
            // say) is left to the open, which reports it.
            self = errno == ENOENT ? .absent : .present
            return
        }
        // stat follows a symlink to a regular file; a broken one fails and is read (and refused).
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size == 0 {
            self = .empty
        } else {
            self = .present
        }
    }

    /// The note the data-quality section shows for an empty optional export.
    static func emptyNote(fileName: String) -> DataQualityNote {
        DataQualityNote(file: fileName, message: "the file is empty (0 bytes), so it was read as absent and "
            + "the figures that need it are left empty; check the export job that writes it", count: 1)
    }
}
