extension ConfigReader {
    /// A YAML boolean: `true` or `false` (also `True`, `TRUE`, `False`, `FALSE`, as YAML 1.2 reads them).
    func boolean(_ node: YAMLNode, at path: String) throws(PipelineError) -> Bool {
        let text = try string(node, at: path, expected: "true or false")
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: throw failure(path, "must be true or false, found \(quoted(text))")
        }
    }
}
