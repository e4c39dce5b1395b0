import Foundation
import OnboardingModel

/// Flushes files and directories to disk, so that a report renamed into place
/// after a power cut or kernel crash is the whole report, not empty files.
enum DurableFiles {
    /// fsyncs every regular file under `directory`, then every directory
    /// (deepest first, `directory` last), so each file's data and name are on disk.
    static func syncTree(_ directory: String) throws {
        let entries = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        for name in entries {
            let path = (directory as NSString).appendingPathComponent(name)
            var info = stat()
            guard lstat(path, &info) == 0 else { throw failure(path) }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: try syncTree(path)
            case S_IFREG: try sync(path, flags: O_RDONLY)
            default: continue
            }
        }
        try sync(directory, flags: O_RDONLY | O_DIRECTORY)
    }

    /// fsyncs a directory, making the renames and removals in it durable.
    static func syncDirectory(_ directory: String) throws {
        try sync(directory, flags: O_RDONLY | O_DIRECTORY)
    }

    private static func sync(_ path: String, flags: Int32) throws {
        let descriptor = open(path, flags | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure(path) }
    }

    private static func failure(_ path: String) -> PipelineError {
        PipelineError(.cannotWrite, "\(path): cannot flush the report to disk (\(String(cString: strerror(errno)))); "
            + "check that the output directory's disk has free space and no I/O errors.")
    }
}
