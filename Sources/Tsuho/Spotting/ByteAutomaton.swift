import Foundation

/// An Aho–Corasick automaton over UTF-8 bytes: finds every occurrence of every key in one pass.
///
/// The trie is built from the sorted keys, so each node's children are one contiguous, sorted range;
/// failure links and dictionary-suffix links are computed breadth-first. Everything lives in flat
/// arrays. The root and every node with many children (the lead bytes of CJK and kana, for example)
/// get a dense 256-entry row, so the hot transitions are one load; the rest are a short search in
/// their sorted children.
struct ByteAutomaton: Sendable {
    /// Per node: its first child, its number of children, the byte leading to it.
    private var firstChild: [Int32] = []
    private var childCount: [UInt16] = []
    private var label: [UInt8] = []
    /// Per node: the longest proper suffix that is also a node.
    private var failure: [Int32] = []
    /// Per node: the nearest node on the failure chain (itself included) that ends a key, or -1.
    private var output: [Int32] = []
    /// Per node: the keys ending here, as a range of ``outputs``.
    private var outputStart: [Int32] = []
    private var outputCount: [UInt16] = []
    /// Key numbers, grouped by the node where they end.
    private var outputs: [Int32] = []
    /// Per node: the start of its dense row in ``rows`` or -1. Row entries are a child or -1; the
    /// root's row is complete (a missing child is the root itself, 0).
    private var rowStart: [Int32] = []
    private var rows: [Int32] = []
    /// The length in bytes of each key.
    let keyLengths: [Int32]

    /// Nodes with at least this many children get a dense row.
    private static let denseChildren = 12

    /// Builds the automaton.
    ///
    /// - Parameter keys: Non-empty UTF-8 keys; a key's number is its position. Equal keys are allowed.
    init(keys: FlatKeys) {
        keyLengths = keys.lengths
        keys.bytes.withUnsafeBufferPointer { bytes in
            keys.starts.withUnsafeBufferPointer { starts in
                build(bytes: bytes, starts: starts)
            }
        }
    }

    private mutating func build(bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int32>) {
        let lengths = keyLengths
        func byte(_ key: Int32, _ depth: Int) -> UInt8 { bytes[Int(starts[Int(key)]) + depth] }
        let order = Self.sortedKeyNumbers(bytes: bytes, starts: starts, lengths: lengths)
        // The keys' bytes again, in sorted order, so the level-by-level walk below reads memory in order.
        var sortedBytes: [UInt8] = []
        sortedBytes.reserveCapacity(bytes.count)
        var sortedStart: [Int32] = []
        sortedStart.reserveCapacity(order.count)
        for key in order {
            sortedStart.append(Int32(sortedBytes.count))
            let start = Int(starts[Int(key)])
            sortedBytes.append(
                contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<(start + Int(lengths[Int(key)]))]))
        }
        let sortedLength = order.map { lengths[Int($0)] }
        // Build the trie level by level from the sorted keys: the keys sharing a prefix of length d are a
        // contiguous run, so the children of a node are the distinct bytes at depth d within its run.
        var firstChild: [Int32] = [0]
        var childCount: [UInt16] = [0]
        var label: [UInt8] = [0]
        firstChild.reserveCapacity(bytes.count + 1)
        childCount.reserveCapacity(bytes.count + 1)
        label.reserveCapacity(bytes.count + 1)
        var endingKeys: [(node: Int32, key: Int32)] = []
        endingKeys.reserveCapacity(order.count)
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
                                endingKeys.append((node, order[index]))
                                index += 1
                            }
                            firstChild[Int(node)] = Int32(label.count)
                            var count = 0
                            while index < upper {
                                let value = sortedBytes[Int(sortedStart[index]) + depth]
                                var end = index + 1
                                while end < upper, sortedBytes[Int(sortedStart[end]) + depth] == value {
                                    end += 1
                                }
                                let child = Int32(label.count)
                                label.append(value)
                                firstChild.append(0)
                                childCount.append(0)
                                next.append((child, index, end))
                                count += 1
                                index = end
                            }
                            childCount[Int(node)] = UInt16(count)
                        }
                        swap(&frontier, &next)
                        depth += 1
                    }
                }
            }
        }
        self.firstChild = firstChild
        self.childCount = childCount
        self.label = label
        let nodeCount = label.count
        // Outputs grouped by node: nodes were numbered breadth-first and keys end in that order already
        // per level, but not globally, so count then place.
        outputCount = [UInt16](repeating: 0, count: nodeCount)
        for (node, _) in endingKeys { outputCount[Int(node)] += 1 }
        outputStart = [Int32](repeating: 0, count: nodeCount)
        var running: Int32 = 0
        for node in 0..<nodeCount {
            outputStart[node] = running
            running += Int32(outputCount[node])
        }
        outputs = [Int32](repeating: 0, count: Int(running))
        var filled = [UInt16](repeating: 0, count: nodeCount)
        for (node, key) in endingKeys {
            outputs[Int(outputStart[Int(node)]) + Int(filled[Int(node)])] = key
            filled[Int(node)] += 1
        }
        // Dense rows for the root and for nodes with many children.
        rowStart = [Int32](repeating: -1, count: nodeCount)
        for node in 0..<nodeCount where node == 0 || Int(childCount[node]) >= Self.denseChildren {
            let start = rows.count
            rowStart[node] = Int32(start)
            rows.append(contentsOf: repeatElement(node == 0 ? 0 : -1, count: 256))
            let first = Int(firstChild[node])
            for child in first..<(first + Int(childCount[node])) {
                rows[start + Int(label[child])] = Int32(child)
            }
        }
        // Failure and output links, breadth-first (node numbers are already in breadth-first order).
        failure = [Int32](repeating: 0, count: nodeCount)
        output = [Int32](repeating: -1, count: nodeCount)
        firstChild.withUnsafeBufferPointer { firstChild in
            childCount.withUnsafeBufferPointer { childCount in
                label.withUnsafeBufferPointer { label in
                    rowStart.withUnsafeBufferPointer { rowStart in
                        rows.withUnsafeBufferPointer { rows in
                            outputCount.withUnsafeBufferPointer { outputCount in
                                failure.withUnsafeMutableBufferPointer { failure in
                                    output.withUnsafeMutableBufferPointer { output in
                                        let tables = Tables(
                                            firstChild: firstChild, childCount: childCount, label: label,
                                            failure: UnsafeBufferPointer(failure), rowStart: rowStart, rows: rows)
                                        for node in 0..<nodeCount {
                                            let first = Int(firstChild[node])
                                            for child in first..<(first + Int(childCount[node])) {
                                                // The root's children fall back to the root.
                                                let target = node == 0 ? 0 : tables.next(failure[node], label[child])
                                                failure[child] = target
                                                output[child] =
                                                    outputCount[child] > 0 ? Int32(child) : output[Int(target)]
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The numbers of the non-empty keys in byte order.
    private static func sortedKeyNumbers(
        bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int32>, lengths: [Int32]
    ) -> [Int32] {
        let numbers = (0..<Int32(lengths.count)).filter { lengths[Int($0)] > 0 }
        func precedes(_ left: Int32, _ right: Int32) -> Bool {
            let leftLength = Int(lengths[Int(left)])
            let rightLength = Int(lengths[Int(right)])
            let common = min(leftLength, rightLength)
            if common > 0, let base = bytes.baseAddress {
                let compared = memcmp(base + Int(starts[Int(left)]), base + Int(starts[Int(right)]), common)
                if compared != 0 { return compared < 0 }
            }
            return leftLength < rightLength
        }
        return numbers.sorted(by: precedes)
    }

    /// The number of nodes.
    var nodeCount: Int { label.count }

    /// The bytes the automaton's arrays hold.
    var memoryBytes: Int {
        firstChild.count * 4 + childCount.count * 2 + label.count + failure.count * 4 + output.count * 4
            + outputStart.count * 4 + outputCount.count * 2 + outputs.count * 4 + rowStart.count * 4
            + rows.count * 4 + keyLengths.count * 4
    }

    /// Calls `body` with every occurrence of every key: the key number and the end offset (exclusive).
    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, _ body: (_ key: Int32, _ end: Int) -> Void) {
        firstChild.withUnsafeBufferPointer { firstChild in
            childCount.withUnsafeBufferPointer { childCount in
                label.withUnsafeBufferPointer { label in
                    failure.withUnsafeBufferPointer { failure in
                        rowStart.withUnsafeBufferPointer { rowStart in
                            rows.withUnsafeBufferPointer { rows in
                                let tables = Tables(
                                    firstChild: firstChild, childCount: childCount, label: label, failure: failure,
                                    rowStart: rowStart, rows: rows)
                                scan(text, tables, body)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The transition tables as raw buffers, so the scanning loop has no bounds checks or reference
    /// counting.
    private struct Tables {
        let firstChild: UnsafeBufferPointer<Int32>
        let childCount: UnsafeBufferPointer<UInt16>
        let label: UnsafeBufferPointer<UInt8>
        let failure: UnsafeBufferPointer<Int32>
        let rowStart: UnsafeBufferPointer<Int32>
        let rows: UnsafeBufferPointer<Int32>

        @inline(__always)
        func next(_ node: Int32, _ byte: UInt8) -> Int32 {
            var state = node
            while true {
                let row = rowStart[Int(state)]
                if row >= 0 {
                    let child = rows[Int(row) + Int(byte)]
                    if child >= 0 { return child }  // the root's row is complete
                } else {
                    var low = Int(firstChild[Int(state)])
                    var high = low + Int(childCount[Int(state)]) - 1
                    while low <= high {
                        let middle = (low + high) >> 1
                        let value = label[middle]
                        if value == byte { return Int32(middle) }
                        if value < byte { low = middle + 1 } else { high = middle - 1 }
                    }
                }
                state = failure[Int(state)]
            }
        }
    }

    private func scan(
        _ text: UnsafeBufferPointer<UInt8>, _ tables: Tables, _ body: (_ key: Int32, _ end: Int) -> Void
    ) {
        output.withUnsafeBufferPointer { output in
            outputStart.withUnsafeBufferPointer { outputStart in
                outputCount.withUnsafeBufferPointer { outputCount in
                    outputs.withUnsafeBufferPointer { outputs in
                        var state: Int32 = 0
                        for position in 0..<text.count {
                            state = tables.next(state, text[position])
                            var node = output[Int(state)]
                            while node >= 0 {
                                let start = Int(outputStart[Int(node)])
                                for index in start..<(start + Int(outputCount[Int(node)])) {
                                    body(outputs[index], position + 1)
                                }
                                node = output[Int(tables.failure[Int(node)])]
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
