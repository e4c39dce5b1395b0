import ArgumentParser
import Ingest
import OnboardingModel

/// `validate`: ingest and checks only; prints the data-quality summary.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the config and exports without writing a report; prints a data-quality summary."
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        AllocatorTuning.apply()
        let logger = input.makeLogger()
        try ErrorReporting.exitOnFailure {
            let resolved = try ResolvedConfig.resolve(explicitPath: input.config, dataDirectory: input.data,
                                                      preset: input.preset)
            // validate writes nothing: rejected rows are counted, not kept (memory does not grow with them).
            let data = try input.ingest(config: resolved.config, today: try Clock.today(), logger: logger,
                                        rejectSinks: { _ in DiscardingRejectSink() })
            print(HumanText.clean(DataQualityText.render(data, configSource: resolved.source, config: resolved.config)),
                  terminator: "")
            let over = RejectGate.filesOverLimit(data, maxRejectRate: resolved.config.thresholds.maxRejectRate)
            if !over.isEmpty {
                throw PipelineError(.data, RejectGateMessage.text(
                    over: over, data: data, limit: resolved.config.thresholds.maxRejectRate,
                    outcome: "`run` would publish no report; the commonest reasons are listed above."))
            }
        }
    }
}

/// Drops each rejected row: `validate` reports counts only.
final class DiscardingRejectSink: RejectSink {
    func write(_ row: RejectedRow) {}
}
