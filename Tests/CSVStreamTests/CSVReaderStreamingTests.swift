import Testing
@testable import CSVStream

@Suite("Streaming in chunks")
struct CSVReaderStreamingTests {
    /// The reader's read(2) chunk size.
    static let chunkSize = 1 << 20

    @Test func fileLargerThanSeveralChunks() throws {
        // Row i (0-based) is two physical lines, so it starts on line 2 + 2i after the header.
        var text = "id,name,note\n"
        var rowCount = 0
        while text.utf8.count < 3 * Self.chunkSize {
            text += "\(rowCount),name \(rowCount),\"note \(rowCount)\nsecond, line\"\n"
            rowCount += 1
        }
        let bytes = Array(text.utf8)
        // The 1 MiB boundary must cut a line, or the test proves nothing about spanning.
        #expect(bytes[Self.chunkSize - 1] != 0x0A)

        try withTemporaryFile(bytes) { path in
            let reader = try CSVReader(path: path)
            #expect(reader.totalBytes == bytes.count)
            var hashed: [UInt8] = []
            var progress: [Int] = []
            reader.onBytes = { hashed.append(contentsOf: $0) }
            reader.onProgress = { progress.append($0) }
            var index = -1
            var mismatches = 0
            try reader.forEachRecord { record in
                defer { index += 1 }
                if index < 0 { return }
                let expected = ["\(index)", "name \(index)", "note \(index)\nsecond, line"]
                if record.line != 2 + 2 * index || record.fields != expected { mismatches += 1 }
            }
            #expect(index == rowCount)
            #expect(mismatches == 0)
            #expect(hashed == bytes)
            // 3 full chunks and one partial one.
            #expect(progress == [1, 2, 3].map { $0 * Self.chunkSize } + [bytes.count])
        }
    }

    @Test func fieldLargerThanAChunk() throws {
        // Under the 1 MiB field limit, read in chunks a quarter of it.
        let big = String(repeating: "x,\"y\"\n", count: Self.chunkSize / 8)
        let text = "h\n\"\(big.replacingOccurrences(of: "\"", with: "\"\""))\",end\nnext\n"
        var options = CSVReadOptions()
        options.chunkSize = Self.chunkSize / 4
        let records = try withTemporaryFile(text) { path in
            var read: [ReadRecord] = []
            try CSVReader(path: path, options: options).forEachRecord { read.append(ReadRecord($0.line, $0.fields)) }
            return read
        }
        #expect(records.count == 3)
        #expect(records[1].fields == [big, "end"])
        // The big field holds chunkSize / 8 newlines, so "next" comes that many lines later.
        #expect(records[2] == ReadRecord(3 + Self.chunkSize / 8, ["next"]))
    }

    @Test(arguments: [false, true])
    func fieldLongerThanTheLimitIsCutAndMarked(quoted: Bool) throws {
        // SPEC §3: a field over 1 MiB rejects its row; the reader keeps one byte past the
        // limit to say so, and memory does not grow with the rest of the field.
        let long = String(repeating: "x", count: 3 * CSVRecord.maxFieldBytes)
        let text = "h,n\n" + (quoted ? "\"\(long)\"" : long) + ",1\nnext,2\n"
        var seen: [(line: Int, sizes: [Int], tooLong: Int?)] = []
        try withTemporaryFile(text) { path in
            try CSVReader(path: path).forEachRecord { record in
                seen.append((record.line, (0..<record.count).map { record.bytes($0).count }, record.tooLongField))
            }
        }
        #expect(seen.count == 3)
        #expect(seen[1].line == 2 && seen[1].sizes == [CSVRecord.maxFieldBytes + 1, 1] && seen[1].tooLong == 0)
        #expect(seen[2].line == 3 && seen[2].sizes == [4, 1] && seen[2].tooLong == nil)
        #expect(seen[0].tooLong == nil)
    }

    @Test(arguments: [-1, 0, 1], [false, true])
    func longQuotedFieldIsMarkedWhereverItsClosingQuoteFalls(quoteFromChunkEnd: Int, fileEndsAtQuote: Bool) throws {
        // At 0 the closing quote is a chunk's last byte: the reader cuts the field while
        // libcsv still counts that quote in it, and libcsv drops a byte when the field ends.
        var options = CSVReadOptions()
        options.chunkSize = 1 << 16
        // "h,n\n" and the opening quote come first: the closing quote is byte 5 + length.
        let length = 17 * options.chunkSize - 6 + quoteFromChunkEnd
        #expect(length > CSVRecord.maxFieldBytes + 1)
        let text = "h,n\n\"" + String(repeating: "x", count: length) + (fileEndsAtQuote ? "\"" : "\",1\nnext,2\n")
        var seen: [(sizes: [Int], tooLong: Int?)] = []
        try withTemporaryFile(text) { path in
            try CSVReader(path: path, options: options).forEachRecord { record in
                seen.append(((0..<record.count).map { record.bytes($0).count }, record.tooLongField))
            }
        }
        #expect(seen.count == (fileEndsAtQuote ? 2 : 3))
        guard seen.count > 1 else { return }
        #expect(seen[1].sizes == [CSVRecord.maxFieldBytes + 1] + (fileEndsAtQuote ? [] : [1]))
        #expect(seen[1].tooLong == 0)
        if !fileEndsAtQuote { #expect(seen.last?.sizes == [4, 1]) }
    }

    @Test func bomIsHashedButNotParsed() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\n".utf8)
        try withTemporaryFile(bytes) { path in
            let reader = try CSVReader(path: path)
            var hashed: [UInt8] = []
            var fields: [[String]] = []
            reader.onBytes = { hashed.append(contentsOf: $0) }
            try reader.forEachRecord { fields.append($0.fields) }
            #expect(hashed == bytes)
            #expect(fields == [["a"]])
        }
    }

    /// 50,000 rows: a dozen pipeline batches, so every batch is filled, handed
    /// over and reused several times.
    static let manyRows = (0..<50_000).map { "\($0),name \($0)\n" }.joined()

    @Test(arguments: [true, false])
    func manyBatchesArriveInOrder(pipelined: Bool) throws {
        try withTemporaryFile(Self.manyRows) { path in
            let reader = try CSVReader(path: path, options: CSVReadOptions(pipelined: pipelined))
            var next = 0, mismatches = 0
            try reader.forEachRecord { record in
                if record.line != next + 1 || record.fields != ["\(next)", "name \(next)"] { mismatches += 1 }
                next += 1
            }
            #expect(next == 50_000)
            #expect(mismatches == 0)
        }
    }

    struct Stop: Error, Equatable {}

    @Test(arguments: [true, false])
    func errorFromBodyDeepInTheFileStopsTheParse(pipelined: Bool) throws {
        try withTemporaryFile(Self.manyRows) { path in
            let reader = try CSVReader(path: path, options: CSVReadOptions(pipelined: pipelined))
            var seen = 0
            #expect(throws: Stop.self) {
                try reader.forEachRecord { _ in
                    seen += 1
                    if seen == 30_000 { throw Stop() }
                }
            }
            #expect(seen == 30_000)
            // The reader is usable again afterwards (and its buffers were all returned).
            var again = 0
            try reader.forEachRecord { _ in again += 1 }
            #expect(again == 50_000)
        }
    }

    @Test func stoppingAtOnceWhileBatchesWaitIsClean() throws {
        // The parser runs ahead: batches are still queued when the consumer stops at
        // the first record. Repeated, so that every interleaving has its chance.
        try withTemporaryFile(Self.manyRows) { path in
            let reader = try CSVReader(path: path)
            for _ in 0..<20 {
                #expect(throws: Stop.self) { try reader.forEachRecord { _ in throw Stop() } }
            }
        }
    }

    @Test func rowsBeforeAnUnclosedQuoteArriveBeforeTheError() throws {
        try withTemporaryFile(Self.manyRows + "x,\"never closed\n") { path in
            let reader = try CSVReader(path: path)
            var seen = 0
            let error = try #require(throws: CSVError.self) { try reader.forEachRecord { _ in seen += 1 } }
            #expect(seen == 50_000)
            #expect(error.kind == .unclosedQuote(line: 50_001))
        }
    }
}
