import Metrics

/// The `<name>` of `csm/<name>.md` and `.eml` (SPEC §7): the CSM name
/// lowercased, every run of characters other than `a-z0-9` turned into `-`,
/// and a numeric suffix (`-2`, `-3`) when two CSMs would share a name.
enum CSMDigestNames {
    /// The digest of the flags of accounts without a CSM.
    static let unassigned = "unassigned"
    /// Longer names are cut, so a file name stays far below the file system's limit.
    static let maxLength = 100

    /// A file name per CSM, for every name in `csms`.
    ///
    /// Names are taken in byte order, so the same team always gets the same
    /// files; `unassigned` is reserved for the unassigned digest first.
    static func assign(_ csms: [String]) -> [String: String] {
        var taken: Set<String> = [unassigned]
        var names: [String: String] = [:]
        for csm in Set(csms).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let base = slug(csm)
            var name = base
            var suffix = 2
            while taken.contains(name) {
                name = "\(base)-\(suffix)"
                suffix += 1
            }
            taken.insert(name)
            names[csm] = name
        }
        return names
    }

    /// `Ana María O'Neil` → `ana-mar-a-o-neil`.
    static func slug(_ name: String) -> String {
        var out: [UInt8] = []
        for byte in name.lowercased().utf8.prefix(maxLength * 4) {
            let kept = (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
            if kept {
                out.append(byte)
            } else if out.last != 45 {
                out.append(45)
            }
            if out.count == maxLength { break }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
