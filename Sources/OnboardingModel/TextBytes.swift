/// Text built straight into UTF-8 bytes, with string interpolation.
///
/// A red flag's message is worded twice per report (red_flags.csv and the
/// CSM digest) and there can be a million open flags: built as a `String`
/// out of pieces, each message cost a dozen small strings. Written here, a
/// message is one literal whose numbers, days and decimals are appended
/// digit by digit, exactly as their `description` and `formatted(places:)`
/// would write them.
///
///     let text: TextBytes = "Open \(days) days since \(close)"
public struct TextBytes: ExpressibleByStringInterpolation, Equatable, Sendable, CustomStringConvertible {
    /// The text's UTF-8 bytes.
    public var bytes: [UInt8]

    public init() { bytes = [] }

    public init(_ text: String) { bytes = Array(text.utf8) }

    public init(stringLiteral literal: StaticString) {
        var interpolation = Interpolation(literalCapacity: literal.utf8CodeUnitCount, interpolationCount: 0)
        interpolation.appendLiteral(literal)
        bytes = interpolation.bytes
    }

    public init(stringInterpolation: Interpolation) { bytes = stringInterpolation.bytes }

    public var description: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends `other`'s bytes.
    public mutating func append(_ other: TextBytes) { bytes.append(contentsOf: other.bytes) }

    /// The pieces of an interpolated `TextBytes`, appended in order.
    public struct Interpolation: StringInterpolationProtocol {
        public typealias StringLiteralType = StaticString

        public var bytes: [UInt8] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 24 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        public mutating func appendInterpolation(_ text: String) {
            if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
                bytes.append(contentsOf: text.utf8)
            }
        }

        public mutating func appendInterpolation(_ text: TextBytes) { bytes.append(contentsOf: text.bytes) }

        /// Decimal, as `Int.description`.
        public mutating func appendInterpolation(_ value: Int) {
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            appendDigits(UInt64(value.magnitude), width: 1)
        }

        /// `YYYY-MM-DD`, as `Day.description`.
        public mutating func appendInterpolation(_ day: Day) {
            let c = day.components
            appendDigits(UInt64(c.year), width: 4)
            bytes.append(UInt8(ascii: "-"))
            appendDigits(UInt64(c.month), width: 2)
            bytes.append(UInt8(ascii: "-"))
            appendDigits(UInt64(c.day), width: 2)
        }

        /// `value` with `places` decimals, as `value.formatted(places:)`.
        public mutating func appendInterpolation(_ value: Rational, places: Int) {
            let (whole, fraction) = value.fixedPoint(places: places)
            if value.numerator < 0 && (whole != 0 || fraction != 0) { bytes.append(UInt8(ascii: "-")) }
            appendDigits(whole, width: 1)
            if places > 0 {
                bytes.append(UInt8(ascii: "."))
                appendDigits(fraction, width: places)
            }
        }

        /// At least `width` digits, zero-padded.
        private mutating func appendDigits(_ value: UInt64, width: Int) {
            // 20 digits hold any UInt64.
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
            var count = 0
            var n = value
            withUnsafeMutableBytes(of: &digits) { buffer in
                repeat {
                    buffer[23 - count] = UInt8(truncatingIfNeeded: n % 10) + UInt8(ascii: "0")
                    n /= 10
                    count += 1
                } while n > 0
                for _ in count..<max(count, width) { bytes.append(UInt8(ascii: "0")) }
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
            }
        }
    }
}
