/// libFuzzer target: one input is one YAML configuration, loaded and validated as `run`
/// loads `onboarding.yaml`.
///
/// Besides crashes and hangs (alias bombs, long digit strings, deep nesting), it checks
/// the loader's contract: a config either loads or fails as a configuration error (exit 78)
/// that names where; nothing else escapes.
import FuzzSupport
import OnboardingModel

runFuzzer(testOneInput)

private func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let yaml = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let config = try ConfigLoader.load(yaml: yaml, source: "fuzz.yaml")
        invariant(!config.segments.isEmpty, "a loaded config without segments")
        invariant(config.milestones.order.contains(config.milestones.firstValue),
                  "a loaded config whose first-value milestone is not in the plan")
    } catch {
        invariant(error.kind == .config, "config failed as \(error.kind), not a configuration error: \(error.message)")
    }
    return 0
}
