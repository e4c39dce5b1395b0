import Foundation

/// The files of a report directory by relative path, in byte order: the
/// tables at the top and the digests under `csm/`.
public func reportFiles(_ root: String) throws -> [String] {
    try FileManager.default.subpathsOfDirectory(atPath: root).filter { path in
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory)
        return !isDirectory.boolValue
    }.sorted()
}
