import Foundation

/// Runs a Python 3 script (python3 is on every machine the product targets)
/// with one file path argument and returns its stdout: the tests check MIME
/// and XML with Python's own `email` and `xml` packages, independent parsers
/// that share no code with the writers under test.
enum EmailPython {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ script: String, file: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "python3 failed: " + String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Parses an .eml with `email.policy.default` and prints, as JSON, its
    /// headers, the longest raw line, and each leaf part's type, charset,
    /// transfer encoding and decoded text (line breaks as LF).
    static let parseMessage = """
        import sys, json, email, email.policy, email.utils
        raw = open(sys.argv[1], 'rb').read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parts = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            parts.append({'type': part.get_content_type(), 'charset': part.get_content_charset(),
                          'encoding': part['Content-Transfer-Encoding'],
                          'text': part.get_content().replace('\\r\\n', '\\n')})
        print(json.dumps({
            'from': str(msg['From']), 'to': [str(a) for a in msg['To'].addresses],
            'cc': [str(a) for a in msg['Cc'].addresses] if msg['Cc'] else [],
            'subject': str(msg['Subject']), 'date': email.utils.parsedate_to_datetime(msg['Date']).isoformat(),
            'message_id': str(msg['Message-ID']), 'type': msg.get_content_type(),
            'defects': len(msg.defects), 'max_line': max(len(l) for l in raw.split(b'\\r\\n')),
            'bare_lf': raw.replace(b'\\r\\n', b'').count(b'\\n'), 'parts': parts}))
        """

    /// Prints the root element's tag and the number of `circle` and
    /// `polyline` elements of an SVG file; fails on malformed XML.
    static let parseSVG = """
        import sys, xml.etree.ElementTree as ET
        root = ET.parse(sys.argv[1]).getroot()
        ns = '{http://www.w3.org/2000/svg}'
        print(root.tag.replace(ns, ''), len(root.findall(ns + 'circle')), len(root.findall(ns + 'polyline')))
        """
}

/// The JSON `EmailPython.parseMessage` prints.
struct ParsedMessage: Decodable {
    struct Part: Decodable {
        var type: String
        var charset: String?
        var encoding: String?
        var text: String
    }

    var from: String
    var to: [String]
    var cc: [String]
    var subject: String
    var date: String
    var message_id: String
    var type: String
    var defects: Int
    var max_line: Int
    var bare_lf: Int
    var parts: [Part]
}
