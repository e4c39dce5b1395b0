import CSVStream
import OnboardingModel
import Runtime

/// Streams one export file through a `FileIngester`: opens it, hashes its raw
/// bytes, hands over the header and then every data row (a trailing report
/// footer as skipped rows), and turns a file that cannot be read at all into
/// the `PipelineError` the spec assigns.
enum CSVFileReading {
    /// Reads the file at `path` into `ingester`.
    ///
    /// - Parameters:
    ///   - fileName: the name messages use (`deals.csv`).
    ///   - progress: called after each chunk with bytes read so far and the
    ///     file's size.
    /// - Returns: lowercase hex SHA-256 of the file's bytes.
    /// - Throws: `.missingInput` when the file cannot be opened; `.data` when it
    ///   is empty, lacks a required column, or has a quote that never closes.
    static func read<I: FileIngester>(_ ingester: inout I, path: String, fileName: String, delimiter: UInt8,
                                      progress: ((Int, Int) -> Void)? = nil) throws(PipelineError) -> String {
        let reader: CSVReader
        do {
            reader = try CSVReader(path: path, options: CSVReadOptions(delimiter: delimiter))
        } catch {
            throw PipelineError(.missingInput, """
                \(fileName): cannot open \(path) (\(reasonText(error.kind))). Put the \(ingester.tally.name) \
                export there, point --data at the directory that holds it, or set data.\(ingester.tally.name) \
                in the config to its file name.
                """)
        }
        // Hashed beside the parse: on the parsing thread it lengthened every read.
        let digest = BackgroundDigest()
        defer { _ = digest.finish() }
        reader.onBytes = digest.update
        if let progress {
            let total = reader.totalBytes
            reader.onProgress = { progress($0, total) }
        }
        var headerWidth: Int?
        var footer = FooterHold()
        do {
            try reader.forEachRecord(lookahead: { ingester.prefetch($0, $1) }) { record in
                if headerWidth != nil {
                    footer.pass(record, to: &ingester)
                } else {
                    headerWidth = record.count
                    try ingester.readHeader(record.fields)
                }
            }
        } catch let error as PipelineError {
            throw error
        } catch let error as CSVError {
            throw PipelineError(.data, message(for: error, fileName: fileName))
        } catch {
            throw PipelineError(.data, "\(fileName): cannot be read as CSV (\(error)).")
        }
        guard let headerWidth else {
            throw PipelineError(.data, """
                \(fileName): the file is empty. It needs a header row naming at least \
                \(I.requiredColumns.joined(separator: ", ")), then one row per record.
                """)
        }
        footer.finish(into: &ingester, width: headerWidth)
        return digest.finish()
    }

    private static func message(for error: CSVError, fileName: String) -> String {
        switch error.kind {
        case .unclosedQuote(let line):
            "\(fileName): line \(line): a quoted field opened here never closes; close the quote, "
                + "or double every \" inside a quoted field (\"\"), then re-export."
        case .quoteClosedMidField(let line):
            "\(fileName): line \(line): a quoted field is closed by a quote that is followed by more text "
                + "(as in \"Acme\"Inc); quote the whole field and double every \" inside it "
                + "(\"\"\"Acme\"\" Inc\"), then re-export. Nothing after this line was read."
        case .cannotOpen(let reason):
            "\(fileName): cannot be read (\(reason))."
        case .parser(let reason):
            "\(fileName): cannot be read as CSV (\(reason))."
        }
    }

    private static func reasonText(_ kind: CSVError.Kind) -> String {
        switch kind {
        case .cannotOpen(let reason), .parser(let reason): reason
        case .unclosedQuote(let line): "unclosed quote at line \(line)"
        case .quoteClosedMidField(let line): "text after a closing quote at line \(line)"
        }
    }
}
