import OnboardingModel

/// Renders forecast.csv (grain: one segment × month): expected closed-won deals for
/// the three calendar months after `through`, from the last 90 days' pace plus
/// modest growth, to one decimal.
struct ForecastWriter {
    let through: Day
    let roster: TeamRoster

    static let header = ["segment", "month", "deals"]

    func write(to path: String) throws {
        var out = try ByteSink(path: path)
        try out.header(Self.header)
        for segment in SampleSegment.allCases {
            var month = through.lastOfMonth + 1
            for ahead in 1...3 {
                // Deals per month now (90 days ≈ 3 months), growing 3% a month; in tenths.
                let tenths = roster.recentCloses[segment.rawValue] * 10 * (100 + 3 * ahead) / 300
                out.text(segment.name); out.comma()
                out.text(month.monthKey); out.comma()
                out.tenths(tenths)
                try out.endRow()
                month = month.lastOfMonth + 1
            }
        }
        try out.close()
    }
}
