/// Renders csms.csv (grain: one CSM on the team): every CSM named on a deal, once,
/// with their FTE and the segment they mainly serve.
struct CSMsWriter {
    let roster: TeamRoster

    static let header = ["csm", "fte", "segment"]

    func write(to path: String) throws {
        var out = try ByteSink(path: path)
        try out.header(Self.header)
        for csm in roster.csms {
            out.field(csm.name); out.comma()
            out.tenths(csm.fteTenths); out.comma()
            out.text(csm.segment.name)
            try out.endRow()
        }
        try out.close()
    }
}
