import CGlibc
import Foundation
import OnboardingModel

/// Flushes files and directories to disk, so that a report renamed into place
/// after a power cut or kernel crash is the whole report, not empty files.
enum DurableFiles {
    /// Flushes every file and directory under `directory` to disk, so each
    /// file's data and name are there: on Linux with one `syncfs` of the file
    /// system that holds it (a report has one file per CSM, thousands of them,
    /// and an fsync each waits for a journal commit each), elsewhere, or when
    /// that fails, with `fsyncTree`.
    static func syncTree(_ directory: String) throws {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(directory) }
        defer { close(descriptor) }
        if cglibc_syncfs(descriptor) == 0 { return }
        try fsyncTree(directory)
    }

    /// fsyncs every regular file under `directory`, then every directory
    /// (deepest first, `directory` last).
    static func fsyncTree(_ directory: String) throws {
        let entries = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        for name in entries {
            let path = (directory as NSString).appendingPathComponent(name)
            var info = stat()
            guard lstat(path, &info) == 0 else { throw failure(path) }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: try fsyncTree(path)
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
