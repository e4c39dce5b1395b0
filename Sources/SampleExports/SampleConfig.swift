extension SampleGenerator {
    /// The configuration written beside the sample exports: the defaults plus
    /// the alias the generated milestone export uses for kickoff and the
    /// rates of the euro and pound amounts a few generated deals carry.
    public static let configYAML = """
        # Configuration for the synthetic sample exports written by `onboarding-report sample`.
        # Every key not listed here takes its default; `onboarding-report init` writes them all.
        currency:
          # A few deals are written in euros (€) or pounds (£); ACV is reported in USD.
          rates: {EUR: 1.08, GBP: 1.27}
        milestones:
          # The CS platform export calls the kickoff milestone "Kick-off Call".
          aliases: {"Kick-off Call": kickoff}
          # First value is the product's own record of it: the first report a user shared
          # (events.csv), not the date a CSM typed into the CS platform.
          from_events: {first_value: {event: report_shared}}
        compare:
          # A new onboarding playbook piloted with some recent customers (deals.csv column track).
          name: New onboarding playbook
          pilot: {column: track, values: [pilot]}

        """
}
