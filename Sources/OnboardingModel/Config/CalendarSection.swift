/// Readers for `calendar` (business days) and `hold` (SPEC §4).
extension ConfigBuilder {
    func readCalendar(_ node: YAMLNode, into calendar: inout Config.CalendarOptions) throws(PipelineError) {
        let s = try reader.section(node, at: "calendar", keys: ["weekend", "holidays"])
        if let n = s["weekend"] {
            let path = s.path("weekend")
            var weekend: [Int] = []
            for (i, item) in try reader.list(n, at: path, expected: "weekday names such as saturday").enumerated() {
                let itemPath = "\(path)[\(i)]"
                let text = try reader.string(item, at: itemPath, expected: "a weekday name such as saturday")
                let name = text.trimmingWhitespace().lowercased()
                guard let index = Config.CalendarOptions.weekdayNames.firstIndex(where: {
                    $0 == name || $0.prefix(3) == name
                }) else {
                    let hint = closestKey(to: name, among: Config.CalendarOptions.weekdayNames)
                        .map { "; did you mean \($0)?" } ?? ""
                    throw reader.failure(itemPath, "must be a weekday name (monday … sunday), found \(item.found)\(hint)")
                }
                if !weekend.contains(index + 1) { weekend.append(index + 1) }
            }
            calendar.weekend = weekend
        }
        if let n = s["holidays"] {
            let path = s.path("holidays")
            var holidays: [Day] = []
            for (i, item) in try reader.list(n, at: path, expected: "dates such as 2026-12-25").enumerated() {
                let itemPath = "\(path)[\(i)]"
                let text = try reader.string(item, at: itemPath, expected: "a date such as 2026-12-25")
                guard let day = Day(iso: text.trimmingWhitespace()) else {
                    throw reader.failure(itemPath, "must be a date written YYYY-MM-DD such as 2026-12-25, "
                                         + "found \(item.found)")
                }
                holidays.append(day)
            }
            calendar.holidays = holidays
        }
    }

    func readHold(_ node: YAMLNode, into hold: inout Config.HoldOptions) throws(PipelineError) {
        let s = try reader.section(node, at: "hold", keys: ["max_days"])
        if let n = s["max_days"] { hold.maxDays = try reader.wholeNumber(n, at: s.path("max_days"), of: "days") }
    }
}
