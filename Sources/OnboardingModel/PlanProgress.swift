/// One account's progress along the plan: a `MilestoneProgress` per plan
/// milestone, in `Config.milestones.order`.
///
/// Plans of up to seven milestones are stored inside the account, so a
/// million accounts need no million small arrays (about 70 bytes each with
/// the allocator's overhead) and copying an account retains nothing for its
/// progress; a longer plan spills to an array.
public struct PlanProgress: Sendable, Equatable {
    public static let inlineCapacity = 7

    private typealias Codes = (Int32, Int32, Int32, Int32, Int32, Int32, Int32)

    private enum Storage: Sendable {
        case inline(Codes, count: UInt8)
        case spilled([MilestoneProgress])
    }

    private var storage: Storage

    /// `count` milestones, each `progress`.
    public init(repeating progress: MilestoneProgress, count: Int) {
        self.init(Array(repeating: progress, count: count))
    }

    /// `count` milestones, milestone `m` being `progress(m)`; builds the
    /// storage once rather than milestone by milestone.
    public init(count: Int, _ progress: (Int) -> MilestoneProgress) {
        guard count <= Self.inlineCapacity else {
            storage = .spilled((0..<count).map(progress))
            return
        }
        var codes: Codes = (0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &codes) { raw in
            for m in 0..<count { raw.storeBytes(of: progress(m).code, toByteOffset: m * 4, as: Int32.self) }
        }
        storage = .inline(codes, count: UInt8(count))
    }

    public init(_ progress: [MilestoneProgress]) {
        guard progress.count <= Self.inlineCapacity else {
            storage = .spilled(progress)
            return
        }
        var codes: Codes = (0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &codes) { raw in
            for (i, milestone) in progress.enumerated() {
                raw.storeBytes(of: milestone.code, toByteOffset: i * 4, as: Int32.self)
            }
        }
        storage = .inline(codes, count: UInt8(progress.count))
    }

    public static func == (a: PlanProgress, b: PlanProgress) -> Bool {
        a.elementsEqual(b)
    }
}

extension PlanProgress: RandomAccessCollection, MutableCollection {
    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .inline(_, let count): Int(count)
        case .spilled(let progress): progress.count
        }
    }

    public subscript(position: Int) -> MilestoneProgress {
        get {
            precondition(indices.contains(position), "PlanProgress index \(position) out of range")
            switch storage {
            case .inline(var codes, _):
                return withUnsafeBytes(of: &codes) {
                    MilestoneProgress(code: $0.load(fromByteOffset: position * 4, as: Int32.self))
                }
            case .spilled(let progress):
                return progress[position]
            }
        }
        set {
            precondition(indices.contains(position), "PlanProgress index \(position) out of range")
            switch storage {
            case .inline(var codes, let count):
                withUnsafeMutableBytes(of: &codes) {
                    $0.storeBytes(of: newValue.code, toByteOffset: position * 4, as: Int32.self)
                }
                storage = .inline(codes, count: count)
            case .spilled(var progress):
                storage = .inline((0, 0, 0, 0, 0, 0, 0), count: 0)  // drop the array's second reference
                progress[position] = newValue
                storage = .spilled(progress)
            }
        }
    }
}

extension PlanProgress: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: MilestoneProgress...) {
        self.init(elements)
    }
}

extension PlanProgress: CustomStringConvertible {
    public var description: String { Array(self).description }
}
