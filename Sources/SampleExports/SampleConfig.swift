extension SampleGenerator {
    /// The configuration written beside the sample exports: the defaults plus
    /// the alias the generated milestone export uses for kickoff.
    public static let configYAML = """
        # Configuration for the synthetic sample exports written by `onboarding-report sample`.
        # Every key not listed here takes its default; `onboarding-report init` writes them all.
        milestones:
          # The CS platform export calls the kickoff milestone "Kick-off Call".
          aliases: {"Kick-off Call": kickoff}

        """
}
