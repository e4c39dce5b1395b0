/// Typed reads out of the YAML tree, each failure a config error that names
/// the file, the key path (`segments[1].due_days.setup`), what was found and
/// what is accepted.
struct ConfigReader {
    /// The config file's name, first in every message.
    let source: String

    /// A config error about the value at `path`: `"<source>: <path> <text>"`.
    func failure(_ path: String, _ text: String) -> PipelineError {
        PipelineError(.config, "\(source): \(path) \(text)")
    }

    /// A mapping with a fixed set of keys; any other key is an error with a
    /// "did you mean" hint.
    func section(_ node: YAMLNode, at path: String, keys: [String]) throws(PipelineError) -> ConfigSection {
        guard case .map(let entries) = node.value else {
            let what = path.isEmpty ? "the configuration" : path
            throw PipelineError(.config, "\(source): \(what) must be a mapping of \(keys.joined(separator: ", ")), "
                                + "found \(node.found)")
        }
        var values: [String: YAMLNode] = [:]
        for entry in entries {
            guard keys.contains(entry.key) else {
                throw unknownKey(entry.key, at: path, valid: keys)
            }
            values[entry.key] = entry.value
        }
        return ConfigSection(path: path, values: values)
    }

    func unknownKey(_ key: String, at path: String, valid: [String]) -> PipelineError {
        let hint = closestKey(to: key, among: valid).map { "did you mean \($0)?" }
            ?? "the keys here are \(valid.joined(separator: ", "))"
        return PipelineError(.config, "\(source): unknown key \(join(path, key)); \(hint)")
    }

    /// The entries of a mapping whose keys the user chooses (rates, aliases, due days).
    func entries(_ node: YAMLNode, at path: String, expected: String) throws(PipelineError) -> [YAMLEntry] {
        guard case .map(let entries) = node.value else {
            throw failure(path, "must be a mapping of \(expected), found \(node.found)")
        }
        return entries
    }

    func list(_ node: YAMLNode, at path: String, expected: String) throws(PipelineError) -> [YAMLNode] {
        guard case .list(let items) = node.value else {
            throw failure(path, "must be a list of \(expected), found \(node.found)")
        }
        return items
    }

    /// A scalar's text, as written (numbers included: `name: 2024` is "2024").
    func string(_ node: YAMLNode, at path: String, expected: String) throws(PipelineError) -> String {
        guard case .scalar(let text) = node.value else {
            throw failure(path, "must be \(expected), found \(node.found)")
        }
        return text
    }

    /// A list of scalars; each item's path is `path[i]`.
    ///
    /// - Parameters:
    ///   - item: one item, with its article (`a milestone name`).
    ///   - items: the plural (`milestone names`).
    func strings(_ node: YAMLNode, at path: String, item: String, items: String) throws(PipelineError) -> [String] {
        var result: [String] = []
        for (i, element) in try list(node, at: path, expected: items).enumerated() {
            result.append(try string(element, at: "\(path)[\(i)]", expected: item))
        }
        return result
    }

    /// A whole number, e.g. days: `stall.days must be a whole number of days, found "seven"`.
    func wholeNumber(_ node: YAMLNode, at path: String, of unit: String) throws(PipelineError) -> Int {
        let expected = "a whole number of \(unit)"
        let text = try string(node, at: path, expected: expected)
        guard let value = Int(withoutDigitGroups(text)) else {
            throw failure(path, "must be \(expected), found \(node.found)")
        }
        return value
    }

    /// An exact decimal, read from its text so that `0.6` is exactly 3/5.
    func number(_ node: YAMLNode, at path: String, example: String) throws(PipelineError) -> Rational {
        let expected = "a number such as \(example)"
        let text = try string(node, at: path, expected: expected)
        guard let value = Rational(decimal: withoutDigitGroups(text)) else {
            throw failure(path, "must be \(expected), found \(node.found)")
        }
        return value
    }

    /// YAML allows `100_000`; drop the underscores between digits.
    private func withoutDigitGroups(_ text: String) -> String {
        guard text.contains("_"), text.first?.isASCIIDigit == true, text.last?.isASCIIDigit == true else { return text }
        return text.filter { $0 != "_" }
    }
}

/// A mapping with fixed keys, already checked for unknown keys.
struct ConfigSection {
    let path: String
    let values: [String: YAMLNode]

    /// The value of `key`, or nil when the key is absent or written without a
    /// value (both mean "use the default").
    subscript(key: String) -> YAMLNode? {
        guard let node = values[key], node.value != .null else { return nil }
        return node
    }

    /// The full key path of `key` in this section.
    func path(_ key: String) -> String { join(path, key) }
}

/// `thresholds` + `min_group_size` → `thresholds.min_group_size`; the root has no prefix.
func join(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : path + "." + key
}

extension YAMLNode {
    /// How a message shows what was found: `"seven"`, `a list`, `nothing`.
    var found: String {
        switch value {
        case .null: return "nothing"
        case .scalar(let text): return quoted(text)
        case .list: return "a list"
        case .map: return "a mapping"
        }
    }
}

/// Text in double quotes, escaped like a JSON string.
func quoted(_ text: String) -> String { quotedLiteral(text) }
