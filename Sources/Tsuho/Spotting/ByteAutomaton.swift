import Foundation

/// An Aho–Corasick automaton over UTF-8 bytes: finds every occurrence of every key in one pass.
///
/// The trie is built from the sorted keys, so each node's children are one contiguous, sorted range;
/// failure links and dictionary-suffix links are computed breadth-first. What the scan reads of a node
/// is one 16-byte record, so a step costs one memory access for the node and one for its children: with
/// tens of thousands of keys the automaton is far bigger than the caches, and scanning speed is the
/// number of cache lines touched per byte. The root and every node with many children (the lead bytes
/// of CJK and kana, for example) get a dense 256-entry row, so the hot transitions are one load; the
/// rest are a short search in their sorted children.
struct ByteAutomaton: Sendable {
    /// What the scan reads of one node.
    private struct Node {
        /// The first child's node number (children are contiguous and sorted by label).
        var firstChild: Int32 = 0
        /// The longest proper suffix that is also a node.
        var failure: Int32 = 0
        /// The nearest entry of ``ByteAutomaton/outputLists`` on the failure chain (this node included),
        /// or -1.
        var output: Int32 = -1
        /// The number of children when zero or more; a dense row's number as `~row` when negative.
        var children: Int32 = 0
    }

    /// The keys ending at one node, and the next node on its failure chain that ends keys.
    private struct OutputList {
        /// The keys' range in ``ByteAutomaton/outputs``.
        var start: Int32
        var count: Int32
        /// The keys' length in bytes: the node's depth.
        var length: Int32
        /// The next output list on the failure chain, or -1.
        var next: Int32
    }

    private var nodes: [Node] = []
    /// The byte leading to each node, apart from the records so a child search reads only bytes.
    private var label: [UInt8] = []
    private var outputLists: [OutputList] = []
    /// Key numbers, grouped by the node where they end.
    private var outputs: [Int32] = []
    /// Dense rows, 256 entries each: a child or -1; the root's row is complete (a missing child is the
    /// root itself, 0).
    private var rows: [Int32] = []

    /// Nodes with at least this many children get a dense row.
    private static let denseChildren = 12

    /// Builds the automaton.
    ///
    /// - Parameter keys: Non-empty UTF-8 keys; a key's number is its position. Equal keys are allowed.
    init(keys: FlatKeys) {
        keys.bytes.withUnsafeBufferPointer { bytes in
            keys.starts.withUnsafeBufferPointer { starts in
                keys.lengths.withUnsafeBufferPointer { lengths in
                    build(bytes: bytes, starts: starts, lengths: lengths)
                }
            }
        }
    }

    private mutating func build(
        bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int32>, lengths: UnsafeBufferPointer<Int32>
    ) {
        let order = Self.sortedKeyNumbers(bytes: bytes, starts: starts, lengths: lengths)
        // The keys' bytes again, in sorted order, so the level-by-level walk below reads memory in order.
        var sortedBytes: [UInt8] = []
        sortedBytes.reserveCapacity(bytes.count)
        var sortedStart: [Int32] = []
        sortedStart.reserveCapacity(order.count)
        var sortedLength: [Int32] = []
        sortedLength.reserveCapacity(order.count)
        for key in order {
            sortedStart.append(Int32(sortedBytes.count))
            let start = Int(starts[Int(key)])
            let length = Int(lengths[Int(key)])
            sortedLength.append(Int32(length))
            sortedBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<(start + length)]))
        }
        var childCount: [Int32] = [0]
        var label: [UInt8] = [0]
        var nodes = [Node()]
        nodes.reserveCapacity(bytes.count + 1)
        childCount.reserveCapacity(bytes.count + 1)
        label.reserveCapacity(bytes.count + 1)
        var endingKeys: [(node: Int32, key: Int32, length: Int32)] = []
        endingKeys.reserveCapacity(order.count)
        // Build the trie level by level from the sorted keys: the keys sharing a prefix of length d are a
        // contiguous run, so the children of a node are the distinct bytes at depth d within its run.
        sortedBytes.withUnsafeBufferPointer { sortedBytes in
            sortedStart.withUnsafeBufferPointer { sortedStart in
                sortedLength.withUnsafeBufferPointer { sortedLength in
                    var frontier: [(node: Int32, lower: Int, upper: Int)] = [(0, 0, order.count)]
                    var next: [(node: Int32, lower: Int, upper: Int)] = []
                    var depth = 0
                    while !frontier.isEmpty {
                        next.removeAll(keepingCapacity: true)
                        for (node, lower, upper) in frontier {
                            var index = lower
                            // Keys that end at this node come first in the sorted run.
                            while index < upper, Int(sortedLength[index]) == depth {
                                endingKeys.append((node, order[index], Int32(depth)))
                                index += 1
                            }
                            nodes[Int(node)].firstChild = Int32(label.count)
                            var count: Int32 = 0
                            while index < upper {
                                let value = sortedBytes[Int(sortedStart[index]) + depth]
                                var end = index + 1
                                while end < upper, sortedBytes[Int(sortedStart[end]) + depth] == value {
                                    end += 1
                                }
                                let child = Int32(label.count)
                                label.append(value)
                                nodes.append(Node())
                                childCount.append(0)
                                next.append((child, index, end))
                                count += 1
                                index = end
                            }
                            childCount[Int(node)] = count
                            nodes[Int(node)].children = count
                        }
                        swap(&frontier, &next)
                        depth += 1
                    }
                }
            }
        }
        let nodeCount = nodes.count
        // Output lists: the keys ending at each node, grouped (endingKeys is grouped by node already,
        // since each node's run is visited once).
        var outputs: [Int32] = []
        outputs.reserveCapacity(endingKeys.count)
        var outputLists: [OutputList] = []
        var listOfNode = [Int32](repeating: -1, count: nodeCount)
        var index = 0
        while index < endingKeys.count {
            let node = endingKeys[index].node
            let start = outputs.count
            while index < endingKeys.count, endingKeys[index].node == node {
                outputs.append(endingKeys[index].key)
                index += 1
            }
            listOfNode[Int(node)] = Int32(outputLists.count)
            outputLists.append(
                OutputList(
                    start: Int32(start), count: Int32(outputs.count - start), length: endingKeys[start].length,
                    next: -1))
        }
        // Dense rows for the root and for nodes with many children.
        var rows: [Int32] = []
        for node in 0..<nodeCount where node == 0 || Int(childCount[node]) >= Self.denseChildren {
            let start = rows.count
            nodes[node].children = ~Int32(start / 256)
            rows.append(contentsOf: repeatElement(node == 0 ? 0 : -1, count: 256))
            let first = Int(nodes[node].firstChild)
            for child in first..<(first + Int(childCount[node])) {
                rows[start + Int(label[child])] = Int32(child)
            }
        }
        // Failure and output links, breadth-first (node numbers are already in breadth-first order).
        nodes.withUnsafeMutableBufferPointer { nodes in
            label.withUnsafeBufferPointer { label in
                rows.withUnsafeBufferPointer { rows in
                    for node in 0..<nodeCount {
                        let first = Int(nodes[node].firstChild)
                        for child in first..<(first + Int(childCount[node])) {
                            // The root's children fall back to the root.
                            let target =
                                node == 0
                                ? 0
                                : Self.next(nodes[node].failure, label[child], UnsafeBufferPointer(nodes), label, rows)
                            nodes[child].failure = target
                            let inherited = nodes[Int(target)].output
                            let own = listOfNode[child]
                            if own >= 0 {
                                outputLists[Int(own)].next = inherited
                                nodes[child].output = own
                            } else {
                                nodes[child].output = inherited
                            }
                        }
                    }
                }
            }
        }
        self.nodes = nodes
        self.label = label
        self.outputLists = outputLists
        self.outputs = outputs
        self.rows = rows
    }

    /// The numbers of the non-empty keys in byte order.
    private static func sortedKeyNumbers(
        bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int32>, lengths: UnsafeBufferPointer<Int32>
    ) -> [Int32] {
        var numbers = (0..<Int32(lengths.count)).filter { lengths[Int($0)] > 0 }
        guard let base = bytes.baseAddress else { return numbers }
        numbers.withUnsafeMutableBufferPointer { numbers in
            numbers.sort { left, right in
                let leftLength = Int(lengths[Int(left)])
                let rightLength = Int(lengths[Int(right)])
                let compared = memcmp(
                    base + Int(starts[Int(left)]), base + Int(starts[Int(right)]), min(leftLength, rightLength))
                return compared != 0 ? compared < 0 : leftLength < rightLength
            }
        }
        return numbers
    }

    /// The number of nodes.
    var nodeCount: Int { nodes.count }

    /// The largest key number the automaton reports, or -1 when it has none.
    var largestKeyNumber: Int32 { outputs.max() ?? -1 }

    /// The bytes the automaton's arrays hold.
    var memoryBytes: Int {
        nodes.count * MemoryLayout<Node>.stride + label.count + outputLists.count * MemoryLayout<OutputList>.stride
            + outputs.count * 4 + rows.count * 4
    }

    /// The transition from a node on a byte, following failure links.
    @inline(__always)
    private static func next(
        _ node: Int32, _ byte: UInt8, _ nodes: UnsafeBufferPointer<Node>, _ label: UnsafeBufferPointer<UInt8>,
        _ rows: UnsafeBufferPointer<Int32>
    ) -> Int32 {
        var state = node
        while true {
            let record = nodes[Int(state)]
            if record.children < 0 {
                let child = rows[Int(~record.children) &* 256 &+ Int(byte)]
                if child >= 0 { return child }  // the root's row is complete
            } else if record.children > 0 {
                var low = Int(record.firstChild)
                var high = low &+ Int(record.children) &- 1
                while low <= high {
                    let middle = (low &+ high) >> 1
                    let value = label[middle]
                    if value == byte { return Int32(middle) }
                    if value < byte { low = middle &+ 1 } else { high = middle &- 1 }
                }
            }
            state = record.failure
        }
    }

    /// Calls `body` with every occurrence of every key: the key number and its byte range.
    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, _ body: (_ key: Int32, _ range: Range<Int>) -> Void) {
        nodes.withUnsafeBufferPointer { nodes in
            label.withUnsafeBufferPointer { label in
                rows.withUnsafeBufferPointer { rows in
                    outputLists.withUnsafeBufferPointer { outputLists in
                        outputs.withUnsafeBufferPointer { outputs in
                            var state: Int32 = 0
                            for position in 0..<text.count {
                                state = Self.next(state, text[position], nodes, label, rows)
                                var list = nodes[Int(state)].output
                                while list >= 0 {
                                    let entry = outputLists[Int(list)]
                                    let end = position &+ 1
                                    let start = end &- Int(entry.length)
                                    for index in Int(entry.start)..<Int(entry.start &+ entry.count) {
                                        body(outputs[index], start..<end)
                                    }
                                    list = entry.next
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

extension ByteAutomaton {
    /// Builds the automaton from keys given as arrays.
    ///
    /// - Parameter keys: Non-empty UTF-8 keys; a key's number is its position.
    init(keys: [[UInt8]]) {
        var flat = FlatKeys()
        for key in keys { flat.append(key) }
        self.init(keys: flat)
    }
}

extension ByteAutomaton {
    /// Writes the automaton's tables.
    func archive(into archive: inout BinaryArchive) {
        archive.append(nodes)
        archive.append(label)
        archive.append(outputLists)
        archive.append(outputs)
        archive.append(rows)
    }

    /// Reads tables written by ``archive(into:)``, or nil when they are cut short or do not fit
    /// together (every index the scan follows is checked, so a damaged cache cannot make it read
    /// out of bounds).
    init?(reading reader: inout BinaryArchiveReader) {
        guard let nodes = reader.array(of: Node.self), let label = reader.array(of: UInt8.self),
            let outputLists = reader.array(of: OutputList.self), let outputs = reader.array(of: Int32.self),
            let rows = reader.array(of: Int32.self), !nodes.isEmpty, label.count == nodes.count,
            rows.count % 256 == 0, rows.count >= 256
        else { return nil }
        let nodeCount = Int32(nodes.count)
        let rowCount = Int32(rows.count / 256)
        let listCount = Int32(outputLists.count)
        for (index, node) in nodes.enumerated() {
            // Failure links lead to shallower nodes, numbered earlier, so the scan's loop always ends.
            guard node.failure >= 0, index == 0 || Int(node.failure) < index, node.output >= -1,
                node.output < listCount, node.firstChild >= 0
            else { return nil }
            if node.children < 0 {
                guard ~node.children < rowCount else { return nil }
            } else {
                guard Int64(node.firstChild) + Int64(node.children) <= Int64(nodeCount) else { return nil }
            }
        }
        guard rows.allSatisfy({ $0 >= -1 && $0 < nodeCount }), nodes[0].children < 0, nodeCount > 0,
            rows[Int(~nodes[0].children) * 256..<Int(~nodes[0].children) * 256 + 256].allSatisfy({ $0 >= 0 })
        else { return nil }
        for (index, list) in outputLists.enumerated() {
            guard list.start >= 0, list.count >= 0, Int64(list.start) + Int64(list.count) <= Int64(outputs.count),
                list.next >= -1, Int(list.next) < index, list.length > 0
            else { return nil }
        }
        self.nodes = nodes
        self.label = label
        self.outputLists = outputLists
        self.outputs = outputs
        self.rows = rows
    }
}
