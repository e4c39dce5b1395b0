/// Renders csms.csv (grain: one CSM on the team): every CSM named on a deal, once,
/// with their FTE, the segment they mainly serve, their email and their manager's.
struct CSMsWriter {
    let roster: TeamRoster

    static let header = ["csm", "fte", "segment", "email", "manager_email"]

    func write(to path: String) throws {
        var out = try ByteSink(path: path)
        try out.header(Self.header)
        for csm in roster.csms {
            out.field(csm.name); out.comma()
            out.tenths(csm.fteTenths); out.comma()
            out.text(csm.segment.name); out.comma()
            out.text(csm.email); out.comma()
            out.text(csm.managerEmail)
            try out.endRow()
        }
        try out.close()
    }
}
