import CSVStream

/// Holds back rows that read as report footer lines until the file shows
/// whether they trail the data: a footer is skipped only when nothing but
/// blank or footer rows follows it, so a data row that happens to read
/// `Grand Totals (3 records)` mid-file is judged like any other row.
///
/// At most `limit` rows are held (a real footer has three); a longer run is
/// no footer and goes to the ingester as it stands.
struct FooterHold {
    static let limit = 16
    private var held: [HeldRow] = []

    /// Passes `record` to `ingester`, or holds it when it may be a footer line.
    ///
    /// Blank rows go straight through (they are skipped either way) without
    /// releasing held rows, since a blank row separates footer lines.
    mutating func pass<I: FileIngester>(_ record: CSVRecord, to ingester: inout I) {
        if ReportFooter.isFooterLine(record) {
            if held.count < Self.limit {
                held.append(HeldRow(record))
                return
            }
        } else if ReportFooter.isBlank(record) {
            ingester.consume(record)
            return
        }
        release(to: &ingester)
        ingester.consume(record)
    }

    /// At end of file: the held rows trail the data, so each is counted as a
    /// skipped row. It reaches the ingester as a row of `width` empty fields,
    /// which every ingester skips as blank (`RowTally.admit`).
    mutating func finish<I: FileIngester>(into ingester: inout I, width: Int) {
        for row in held { ingester.consume(HeldRow(line: row.line, blankFields: width)) }
        held.removeAll()
    }

    /// Hands the held rows over as ordinary rows, in file order.
    private mutating func release<I: FileIngester>(to ingester: inout I) {
        for row in held { ingester.consume(row) }
        held.removeAll()
    }
}

/// A copy of a row that outlives the reader's callback.
struct HeldRow: IngestRecord {
    let line: Int
    let fields: [String]
    let invalidUTF8: (field: Int, byteOffset: Int)?

    init(_ record: CSVRecord) {
        line = record.line
        fields = record.fields
        invalidUTF8 = record.invalidUTF8
    }

    init(line: Int, blankFields width: Int) {
        self.line = line
        fields = Array(repeating: "", count: width)
        invalidUTF8 = nil
    }

    var count: Int { fields.count }
    func string(_ i: Int) -> String { fields[i] }
}
