extension Array {
    /// Rearranges the elements so that position `i` holds what was at
    /// `order[i]`, in place: each element moves once along the permutation's
    /// cycles, so a sorted million-element array is never held twice (as
    /// `order.map { self[$0] }` would hold it).
    ///
    /// - Parameter order: a permutation of `indices`.
    public mutating func rearrange(into order: [Int]) {
        precondition(order.count == count, "rearrange(into:) needs one position per element")
        var order = order
        withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for start in order.indices where order[start] != start {
                let held = (base + start).move()
                var position = start
                while order[position] != start {
                    let source = order[position]
                    (base + position).moveInitialize(from: base + source, count: 1)
                    order[position] = position
                    position = source
                }
                (base + position).initialize(to: held)
                order[position] = position
            }
        }
    }
}
