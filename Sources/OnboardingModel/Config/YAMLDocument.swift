import Yams

/// One node of a parsed YAML document, in a neutral form the config loader
/// walks: a mapping, a list, a scalar's text, or null.
///
/// This file is the only one that imports Yams, so the YAML library can be
/// swapped here alone. Scalars keep their source text (`0.60` stays `0.60`)
/// so that numbers are read exactly, never through `Double`.
struct YAMLNode: Sendable, Equatable {
    enum Value: Sendable, Equatable {
        /// A plain, empty, `~` or `null` scalar: the key was written without a value.
        case null
        case scalar(String)
        case list([YAMLNode])
        case map([YAMLEntry])
    }

    var value: Value
    /// 1-based line where the node starts, when the parser reported it.
    var line: Int?

    init(_ value: Value, line: Int? = nil) {
        self.value = value
        self.line = line
    }
}

/// One `key: value` pair of a YAML mapping, in document order.
struct YAMLEntry: Sendable, Equatable {
    var key: String
    var value: YAMLNode
}

/// Parsing YAML text into `YAMLNode`s.
enum YAMLDocument {
    /// Parses one YAML document; nil when the text holds no document (empty,
    /// or only comments).
    ///
    /// - Throws: `PipelineError(.config)` naming `source` and, when the parser
    ///   knows it, the line of the syntax error.
    static func parse(_ text: String, source: String) throws(PipelineError) -> YAMLNode? {
        let root: Node?
        do {
            root = try Parser(yaml: text, encoding: .utf8).singleRoot()
        } catch let error as YamlError {
            throw PipelineError(.config, syntaxMessage(error, source: source))
        } catch {
            throw PipelineError(.config, "\(source): cannot read the YAML: \(error)")
        }
        guard let root else { return nil }
        var budget = maxNodes
        return try convert(root, source: source, budget: &budget)
    }

    /// The most values a configuration may expand to, aliases repeated. The
    /// full default config has a few hundred; a "billion laughs" file, whose
    /// aliases nest so that a few hundred bytes expand to gigabytes, stops here
    /// at once instead of exhausting memory (SPEC §3 "Config").
    static let maxNodes = 100_000

    private static func convert(_ node: Node, source: String, budget: inout Int) throws(PipelineError) -> YAMLNode {
        budget -= 1
        guard budget >= 0 else {
            throw PipelineError(.config, "\(source): the YAML expands to more than \(maxNodes) values, "
                + "most likely aliases (*name) that repeat anchors (&name) inside each other; "
                + "a configuration needs far fewer: write the values out without nested aliases")
        }
        let line = node.mark?.line
        switch node {
        case .scalar(let scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            return YAMLNode(isNull ? .null : .scalar(scalar.string), line: line)
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try convert(item, source: source, budget: &budget)) }
            return YAMLNode(.list(items), line: line)
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    let at = key.mark.map { " at line \($0.line)" } ?? ""
                    throw PipelineError(.config, "\(source): a key\(at) is a list or mapping; keys must be plain names")
                }
                entries.append(YAMLEntry(key: keyScalar.string, value: try convert(value, source: source, budget: &budget)))
            }
            return YAMLNode(.map(entries), line: line)
        case .alias:
            // The parser resolves aliases to the anchored node; one left here
            // would mean an anchor the document never defined.
            throw PipelineError(.config, "\(source): an alias (*name) refers to no anchor (&name)")
        }
    }

    private static func syntaxMessage(_ error: YamlError, source: String) -> String {
        let fix = "check the indentation and quoting there"
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let during = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return "\(source): line \(mark.line), column \(mark.column): invalid YAML: \(problem)\(during); \(fix)"
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.joined(separator: ", ")
            return "\(source): line \(context.mark.line): key \(keys) appears twice in the same mapping; keep one"
        case let .reader(problem, _, _, _):
            return "\(source): cannot read the YAML: \(problem); save the file as UTF-8"
        default:
            return "\(source): invalid YAML: \(error)"
        }
    }
}
