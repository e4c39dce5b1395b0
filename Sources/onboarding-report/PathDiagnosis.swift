import Foundation

/// What is wrong with a path the user gave, in words a person can act on
/// (issue 10 item 25): never "NSCocoaErrorDomain error 512".
enum PathDiagnosis {
    enum Kind: Equatable {
        case missing, regularFile, directory, fifo, other
    }

    /// The kind of what `path` names, following symlinks.
    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFDIR: return .directory
        case S_IFIFO: return .fifo
        default: return .other
        }
    }

    /// Why `directory` cannot be created: the first existing ancestor that is
    /// not a directory, else the system's reason for the deepest one.
    static func cannotCreateDirectory(_ directory: String, systemReason: String) -> String {
        var ancestor = (directory as NSString).deletingLastPathComponent
        var ancestors: [String] = [directory]
        while !ancestor.isEmpty, ancestor != "/", ancestor != "." {
            ancestors.append(ancestor)
            ancestor = (ancestor as NSString).deletingLastPathComponent
        }
        for path in ancestors.reversed() {
            switch kind(path) {
            case .directory, .missing: continue
            case .regularFile: return "\(path) is a file, not a directory"
            case .fifo, .other: return "\(path) is not a directory"
            }
        }
        return systemReason
    }
}
