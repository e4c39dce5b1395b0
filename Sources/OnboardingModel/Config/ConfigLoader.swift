/// Loading `onboarding.yaml` (SPEC §4) into a validated `Config`.
///
/// Every key is optional and defaults to `Config()`'s value; a key written
/// without a value also means the default. Unknown keys, wrong types and
/// inconsistent values are `PipelineError(.config, _)` (exit 78) whose message
/// names the file and the key path. List items are counted from 0:
/// `segments[1]` is the second segment.
public enum ConfigLoader {
    /// Parses YAML text (empty text or only comments = all defaults) into a
    /// validated Config.
    ///
    /// - Parameters:
    ///   - yaml: the configuration text.
    ///   - source: names the file in messages (`onboarding.yaml`).
    /// - Throws: `PipelineError(.config, message)`.
    public static func load(yaml: String, source: String) throws(PipelineError) -> Config {
        var config = Config()
        if let root = try YAMLDocument.parse(yaml, source: source), root.value != .null {
            try ConfigBuilder(reader: ConfigReader(source: source)).apply(root, to: &config)
        }
        try validate(config, source: source)
        return config
    }

    /// The top-level sections, in the order `init` writes them.
    static let sections = ["data", "deals", "csv", "currency", "columns", "milestones", "segments", "handoff",
                           "stall", "calendar", "hold", "adoption", "health", "outcomes", "compare", "thresholds",
                           "baseline", "email"]
}

/// Copies what the YAML tree says over a default `Config`, section by section.
struct ConfigBuilder {
    let reader: ConfigReader

    func apply(_ root: YAMLNode, to config: inout Config) throws(PipelineError) {
        let top = try reader.section(root, at: "", keys: ConfigLoader.sections)
        if let node = top["data"] { try readData(node, into: &config.data) }
        if let node = top["deals"] { try readDeals(node, into: &config.deals) }
        if let node = top["csv"] { try readCSV(node, into: &config.csv) }
        if let node = top["currency"] { try readCurrency(node, into: &config.currency) }
        if let node = top["columns"] { config.columns = try readColumns(node) }
        if let node = top["milestones"] { try readMilestones(node, into: &config.milestones) }
        if let node = top["segments"] { config.segments = try readSegments(node) }
        if let node = top["handoff"] { try readHandoff(node, into: &config.handoff) }
        if let node = top["stall"] { try readStall(node, into: &config.stall) }
        if let node = top["calendar"] { try readCalendar(node, into: &config.calendar) }
        if let node = top["hold"] { try readHold(node, into: &config.hold) }
        if let node = top["adoption"] { try readAdoption(node, into: &config.adoption) }
        if let node = top["health"] { try readHealth(node, into: &config.health) }
        if let node = top["outcomes"] { try readOutcomes(node, into: &config.outcomes) }
        if let node = top["compare"] { config.compare = try readCompare(node) }
        if let node = top["thresholds"] { try readThresholds(node, into: &config.thresholds) }
        if let node = top["baseline"] { config.baselineTTVDays = try readBaseline(node) }
        if let node = top["email"] { try readEmail(node, into: &config.email) }
    }

    /// A free-key mapping whose keys are names compared as headers are
    /// (milestones, fields, segments): keys normalized, duplicates rejected.
    ///
    /// - Returns: (normalized key, value, key path) in document order.
    func namedEntries(_ node: YAMLNode, at path: String,
                      expected: String) throws(PipelineError) -> [(name: String, node: YAMLNode, path: String)] {
        var result: [(name: String, node: YAMLNode, path: String)] = []
        var firstSpelling: [String: String] = [:]
        for entry in try reader.entries(node, at: path, expected: expected) {
            let name = normalizedName(entry.key)
            if let earlier = firstSpelling[name] {
                throw reader.failure(path, "names \(name) twice (as \(quoted(earlier)) and \(quoted(entry.key))); keep one")
            }
            firstSpelling[name] = entry.key
            result.append((name, entry.value, join(path, name)))
        }
        return result
    }

    /// A list of names compared as headers are (`milestones.order`, `handoff.fields`).
    func names(_ node: YAMLNode, at path: String, item: String, items: String) throws(PipelineError) -> [String] {
        var result: [String] = []
        for text in try reader.strings(node, at: path, item: item, items: items) { result.append(normalizedName(text)) }
        return result
    }
}
