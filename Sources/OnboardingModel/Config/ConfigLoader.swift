// CONTRACT STUB (being implemented on branch `config`).
public enum ConfigLoader {
    public static func load(yaml: String, source: String) throws(PipelineError) -> Config { fatalError("stub") }
    public static func validate(_ config: Config, source: String) throws(PipelineError) { fatalError("stub") }
    public static let defaultYAML: String = ""
}
