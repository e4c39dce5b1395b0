import Foundation
import OnboardingModel
@testable import SampleExports

/// A generated sample set in a temporary directory, parsed for assertions.
struct GeneratedSample {
    static let through = Day(year: 2026, month: 6, day: 30)!
    let directory: String

    init(accounts: Int, seed: UInt64, through: Day = GeneratedSample.through) throws {
        directory = NSTemporaryDirectory() + "sample-\(accounts)-\(seed)-\(UUID().uuidString)"
        try SampleGenerator(accounts: accounts, seed: seed, through: through).write(to: directory)
    }

    func bytes(_ file: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: directory + "/" + file))
    }

    /// Rows of `file` with the header, parsed as RFC 4180.
    func rows(_ file: String) throws -> [[String]] {
        TestCSV.parse(String(decoding: try bytes(file), as: UTF8.self))
    }

    /// Data rows as dictionaries keyed by header name.
    func records(_ file: String) throws -> [[String: String]] {
        let all = try rows(file)
        let header = all[0]
        return all.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }

    static let files = ["deals.csv", "milestones.csv", "events.csv", "csms.csv", "forecast.csv", "surveys.csv",
                        "holds.csv"]
}

/// A minimal RFC 4180 reader for checking the generator's output (LF records,
/// quoted fields with `""`, commas and line breaks).
enum TestCSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, afterQuote = false
        for ch in text {
            if quoted {
                if ch == "\"" { quoted = false; afterQuote = true } else { field.append(ch) }
                continue
            }
            switch ch {
            case "\"":
                if afterQuote { field.append("\"") }
                quoted = true
                afterQuote = false
            case ",":
                row.append(field); field = ""; afterQuote = false
            case "\n":
                row.append(field); rows.append(row); row = []; field = ""; afterQuote = false
            default:
                field.append(ch); afterQuote = false
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}

/// Reads the date spellings SPEC §3 allows, as the product would (UTC day).
enum TestDates {
    static func day(_ text: String) -> Day? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.contains("/") {
            let p = t.split(separator: "/").compactMap { Int($0) }
            return p.count == 3 ? Day(year: p[2], month: p[0], day: p[1]) : nil
        }
        guard t.count >= 10, let day = Day(iso: t.prefix(10)) else { return nil }
        guard t.count > 10 else { return day }
        // Date-time: shift by the offset, if any, to reach the UTC day.
        let rest = t.dropFirst(11)
        guard let sign = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) else { return day }
        let clock = rest[..<sign].prefix(5).split(separator: ":").compactMap { Int($0) }
        let offset = rest[rest.index(after: sign)...].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 2, offset.count == 2 else { return nil }
        let local = clock[0] * 60 + clock[1]
        let shift = (offset[0] * 60 + offset[1]) * (rest[sign] == "+" ? 1 : -1)
        let utc = local - shift
        return utc < 0 ? day - 1 : utc >= 1440 ? day + 1 : day
    }

    /// ACV text with the allowed currency prefixes and thousands separators.
    static func money(_ text: String) -> Double? {
        var t = text
        for prefix in ["USD", "$", "€", "£"] { t = t.replacingOccurrences(of: prefix, with: "") }
        return Double(t.replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces))
    }
}
