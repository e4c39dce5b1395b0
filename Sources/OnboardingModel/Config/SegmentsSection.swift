/// Reader for `segments:`, the ordered list of onboarding tiers. A list given
/// in the file replaces the default list whole, so every segment must be
/// complete: name, min_acv, capacity_per_csm and due_days are all required.
extension ConfigBuilder {
    static let segmentKeys = ["name", "min_acv", "capacity_per_csm", "due_days"]

    func readSegments(_ node: YAMLNode) throws(PipelineError) -> [Segment] {
        var segments: [Segment] = []
        let items = try reader.list(node, at: "segments", expected: "segments ({name, min_acv, capacity_per_csm, due_days})")
        for (i, item) in items.enumerated() {
            segments.append(try readSegment(item, at: "segments[\(i)]"))
        }
        return segments
    }

    private func readSegment(_ node: YAMLNode, at path: String) throws(PipelineError) -> Segment {
        let s = try reader.section(node, at: path, keys: Self.segmentKeys)
        for key in Self.segmentKeys where s[key] == nil {
            throw reader.failure(path, "is missing \(key); every segment needs name, min_acv, capacity_per_csm and due_days")
        }
        // The loop above guarantees every key is present.
        let name = try reader.string(s["name"]!, at: s.path("name"), expected: "a segment name such as enterprise")
        let minACV = try reader.number(s["min_acv"]!, at: s.path("min_acv"), example: "25000")
        let capacity = try reader.number(s["capacity_per_csm"]!, at: s.path("capacity_per_csm"), example: "25")
        var dueDays: [String: Int] = [:]
        for milestone in try namedEntries(s["due_days"]!, at: s.path("due_days"), expected: "milestone: days after close") {
            dueDays[milestone.name] = try reader.wholeNumber(milestone.node, at: milestone.path, of: "days")
        }
        return Segment(name: normalizedName(name), minACV: minACV, capacityPerCSM: capacity, dueDays: dueDays)
    }
}
