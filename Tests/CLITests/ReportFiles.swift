import Foundation

/// The files of a report directory by relative path, in byte order: the
/// tables at the top and the digests under `csm/`.
func reportFiles(_ root: String) throws -> [String] {
    try FileManager.default.subpathsOfDirectory(atPath: root).filter { path in
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory)
        return !isDirectory.boolValue
    }.sorted()
}
