/// Turns a UTF-16 byte stream into UTF-8, one chunk at a time, for exports saved as
/// "Unicode text" (SPEC §3: a file that starts with a UTF-16 byte-order mark).
///
/// Code units and surrogate pairs may be split across chunks. Ill-formed input (a lone
/// surrogate, an odd final byte) becomes ill-formed UTF-8, so that the row holding it is
/// reported by `CSVRecord.invalidUTF8` instead of being silently repaired.
struct UTF16Transcoder {
    enum ByteOrder { case littleEndian, bigEndian }

    let byteOrder: ByteOrder
    /// UTF-8 of the last chunk given to `transcode` or `finish`.
    private(set) var output: [UInt8] = []
    /// First byte of a code unit whose second byte is in the next chunk.
    private var pendingByte: UInt8?
    /// High surrogate waiting for its low half.
    private var pendingHighSurrogate: UInt16?

    init(byteOrder: ByteOrder) {
        self.byteOrder = byteOrder
    }

    /// The byte order announced by a UTF-16 byte-order mark at the start of `bytes`.
    static func byteOrder(ofMarkAtStartOf bytes: UnsafeRawBufferPointer) -> ByteOrder? {
        guard bytes.count >= 2 else { return nil }
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): return .littleEndian
        case (0xFE, 0xFF): return .bigEndian
        default: return nil
        }
    }

    /// Replaces `output` with the UTF-8 of `input`, keeping incomplete units for later.
    mutating func transcode(_ input: UnsafeRawBufferPointer) {
        output.removeAll(keepingCapacity: true)
        output.reserveCapacity(input.count * 3 / 2 + 4)
        var index = 0
        if let first = pendingByte, !input.isEmpty {
            pendingByte = nil
            append(codeUnit(first, input[0]))
            index = 1
        }
        while index + 1 < input.count {
            append(codeUnit(input[index], input[index + 1]))
            index += 2
        }
        if index < input.count { pendingByte = input[index] }
    }

    /// Replaces `output` with what is left at end of input: ill-formed by construction.
    mutating func finish() {
        output.removeAll(keepingCapacity: true)
        if let high = pendingHighSurrogate {
            appendScalarValue(UInt32(high))
            pendingHighSurrogate = nil
        }
        if pendingByte != nil {
            // Half a code unit; 0xFF never occurs in UTF-8.
            output.append(0xFF)
            pendingByte = nil
        }
    }

    private func codeUnit(_ first: UInt8, _ second: UInt8) -> UInt16 {
        switch byteOrder {
        case .littleEndian: UInt16(second) << 8 | UInt16(first)
        case .bigEndian: UInt16(first) << 8 | UInt16(second)
        }
    }

    private mutating func append(_ unit: UInt16) {
        if let high = pendingHighSurrogate {
            pendingHighSurrogate = nil
            if (0xDC00...0xDFFF).contains(unit) {
                appendScalarValue(0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00))
                return
            }
            appendScalarValue(UInt32(high))
        }
        if (0xD800...0xDBFF).contains(unit) {
            pendingHighSurrogate = unit
        } else {
            appendScalarValue(UInt32(unit))
        }
    }

    /// UTF-8 encoding of `value`; a lone surrogate comes out as the ill-formed ED A0..BF xx.
    private mutating func appendScalarValue(_ value: UInt32) {
        switch value {
        case ..<0x80:
            output.append(UInt8(value))
        case ..<0x800:
            output.append(0xC0 | UInt8(value >> 6))
            output.append(0x80 | UInt8(value & 0x3F))
        case ..<0x10000:
            output.append(0xE0 | UInt8(value >> 12))
            output.append(0x80 | UInt8(value >> 6 & 0x3F))
            output.append(0x80 | UInt8(value & 0x3F))
        default:
            output.append(0xF0 | UInt8(value >> 18))
            output.append(0x80 | UInt8(value >> 12 & 0x3F))
            output.append(0x80 | UInt8(value >> 6 & 0x3F))
            output.append(0x80 | UInt8(value & 0x3F))
        }
    }
}
