import Testing
@testable import OnboardingModel

/// One config text and the exact message loading it must fail with.
struct ConfigErrorCase: Sendable, CustomTestStringConvertible {
    let name: String
    let yaml: String
    /// Without the `onboarding.yaml: ` prefix, which every case shares.
    let message: String

    init(_ name: String, _ yaml: String, _ message: String) {
        self.name = name
        self.yaml = yaml
        self.message = message
    }

    var testDescription: String { name }
}

/// The error `load` throws for `yaml`, or nil when it loads.
func loadError(_ yaml: String) -> PipelineError? {
    do {
        _ = try ConfigLoader.load(yaml: yaml, source: "onboarding.yaml")
        return nil
    } catch {
        return error
    }
}

/// Checks that `yaml` fails with exactly `message` (after the file prefix) and exit kind `.config`.
func expectLoadError(_ yaml: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let error = loadError(yaml)
    #expect(error?.kind == .config, sourceLocation: sourceLocation)
    #expect(error?.message == "onboarding.yaml: " + message, sourceLocation: sourceLocation)
}

/// A segments list with one complete segment per name, every plan milestone due.
func segmentsYAML(_ rows: [(name: String, minACV: String)]) -> String {
    var yaml = "segments:\n"
    for row in rows {
        yaml += "  - {name: \(row.name), min_acv: \(row.minACV), capacity_per_csm: 10,\n"
        yaml += "     due_days: {kickoff: 3, setup: 7, training: 10, first_value: 14, handoff: 30}}\n"
    }
    return yaml
}
