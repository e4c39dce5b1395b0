/// Merges per-account event lists, each already in time order, into one stream in
/// time order across accounts (how analytics exports write events), holding only
/// the lists of accounts still being merged: a binary heap keyed by each list's
/// next instant, ties going to the account added first, so the output is deterministic.
struct TimeOrderedMerge {
    private var lists: [[UsageEvent]] = []
    private var cursors: [Int] = []
    private var freeSlots: [Int] = []
    /// (next instant, admission number, slot) — a min-heap on the first two.
    private var heap: [(instant: Int, admission: Int, slot: Int)] = []
    private var admitted = 0

    /// The instant of the next event `next()` returns; nil when nothing is pending.
    var earliest: Int? { heap.first?.instant }

    /// Adds an account's events, in time order.
    mutating func add(_ events: [UsageEvent]) {
        guard let first = events.first else { return }
        let slot: Int
        if let free = freeSlots.popLast() {
            slot = free
            lists[slot] = events
            cursors[slot] = 0
        } else {
            slot = lists.count
            lists.append(events)
            cursors.append(0)
        }
        heap.append((first.instant, admitted, slot))
        admitted += 1
        siftUp(heap.count - 1)
    }

    /// The earliest pending event, removed; nil when nothing is pending.
    mutating func next() -> UsageEvent? {
        guard let top = heap.first else { return nil }
        let slot = top.slot
        let event = lists[slot][cursors[slot]]
        cursors[slot] += 1
        if cursors[slot] < lists[slot].count {
            heap[0].instant = lists[slot][cursors[slot]].instant
        } else {
            lists[slot] = []
            freeSlots.append(slot)
            let last = heap.removeLast()
            guard !heap.isEmpty else { return event }
            heap[0] = last
        }
        siftDown(0)
        return event
    }

    private func less(_ a: Int, _ b: Int) -> Bool {
        (heap[a].instant, heap[a].admission) < (heap[b].instant, heap[b].admission)
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(child, parent) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            guard left < heap.count else { return }
            var smallest = left
            if left + 1 < heap.count, less(left + 1, left) { smallest = left + 1 }
            guard less(smallest, parent) else { return }
            heap.swapAt(smallest, parent)
            parent = smallest
        }
    }
}
