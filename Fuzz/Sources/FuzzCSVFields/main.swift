/// libFuzzer target: one input is one CSV file read with CSVReader, and every field of
/// every record goes through the date, money, placeholder and header-name parsers.
///
/// The first input byte picks the delimiter (`,` `;` tab, by value modulo 3); the rest is
/// the file. Besides crashes and hangs, it checks the readers' documented invariants.
import CSVStream
import FuzzSupport
@testable import Ingest
import OnboardingModel

/// Set up on the first input. Not top-level variables, which Swift 6 isolates to the main actor.
private enum Fixture {
    static let scratch = ScratchDirectory(label: "fuzz-csv-fields", fileNames: ["input.csv"])
    static let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
    static let parsers = Config.DateOrder.allCases.map { DateParser(order: $0) }
}

runFuzzer(testOneInput)

private func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = UnsafeBufferPointer(start: data, count: size)
    guard let mode = input.first else { return 0 }
    let file = Fixture.scratch.files[0]
    file.replaceContents(with: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(input)[1...]))
    // Every record starts on a line the file has. LF, CRLF and a lone CR each end a line
    // (a UTF-16 line end still holds its 0x0A or 0x0D byte, so this is an upper bound there).
    let lastLine = 1 + lineEnds(input.dropFirst())
    var previousLine = 0
    do {
        let options = CSVReadOptions(delimiter: Fixture.delimiters[Int(mode) % 3])
        let reader = try CSVReader(path: file.path, options: options)
        try reader.forEachRecord { record in
            invariant(record.line >= max(previousLine, 1) && record.line <= lastLine,
                      "record line \(record.line) after \(previousLine), file has \(lastLine)")
            previousLine = record.line
            invariant(record.count >= 1, "a record without fields")
            if let (field, offset) = record.invalidUTF8 {
                invariant(field < record.count && offset < record.bytes(field).count,
                          "invalid UTF-8 reported at field \(field), byte \(offset)")
            }
            for i in 0..<record.count { checkField(record.bytes(i), text: record.string(i)) }
        }
    } catch let error as CSVError {
        if case .unclosedQuote(let line) = error.kind {
            invariant(line >= 1 && line <= lastLine, "unclosed quote at line \(line), file has \(lastLine)")
        }
    } catch {
        invariant(false, "CSVReader threw something other than CSVError: \(error)")
    }
    return 0
}

private func checkField(_ bytes: UnsafeBufferPointer<UInt8>, text: String) {
    for parser in Fixture.parsers {
        guard let day = parser.parse(bytes: bytes) else { continue }
        // Day's own range: years 1...9999, so every parsed day prints and re-reads.
        invariant(Day(iso: day.description) == day, "parsed day \(day.ordinal) is outside 0001...9999")
        invariant(parser.parse(text) == day, "the String and byte entry points disagree")
    }
    if case .success(let money) = parseMoney(text) {
        invariant(money.cents >= 0, "negative cents \(money.cents)")
        if let code = money.currency {
            invariant(code.utf8.count == 3 && code.utf8.allSatisfy { (65...90).contains($0) }, "currency \(code)")
        }
    }
    _ = isMissingText(text)
    _ = normalizedName(text)
}

/// LF, CRLF (once) and lone CR line ends in `bytes`, as the reader counts them.
private func lineEnds(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> Int {
    var count = 0
    var previousWasCR = false
    for byte in bytes {
        if byte == 0x0A {
            if !previousWasCR { count += 1 }
        } else if byte == 0x0D {
            count += 1
        }
        previousWasCR = byte == 0x0D
    }
    return count
}
