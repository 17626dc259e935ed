/// An Aho–Corasick automaton over UTF-8 bytes: finds every occurrence of every key in one pass.
///
/// The trie is built from the sorted keys, so each node's children are one contiguous, sorted range
/// (a transition is a binary search in it); failure links and dictionary-suffix links are computed
/// breadth-first. Everything lives in flat arrays.
struct ByteAutomaton: Sendable {
    /// Per node: its first child, its number of children, the byte leading to it.
    private var firstChild: [Int32] = []
    private var childCount: [UInt16] = []
    private var label: [UInt8] = []
    /// Per node: the longest proper suffix that is also a node.
    private var failure: [Int32] = []
    /// Per node: the nearest node on the failure chain (itself excluded) that ends a key, or -1.
    private var outputLink: [Int32] = []
    /// Per node: the keys ending here, as a range of ``outputs``.
    private var outputStart: [Int32] = []
    private var outputCount: [UInt16] = []
    /// Key numbers, grouped by the node where they end.
    private var outputs: [Int32] = []
    /// The length in bytes of each key.
    let keyLengths: [Int32]

    /// Builds the automaton.
    ///
    /// - Parameter keys: Non-empty UTF-8 keys; a key's number is its position. Equal keys are allowed.
    init(keys: [[UInt8]]) {
        keyLengths = keys.map { Int32($0.count) }
        let order = keys.indices.filter { !keys[$0].isEmpty }.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        // Build the trie level by level from the sorted keys: the keys sharing a prefix of length d are a
        // contiguous run, so the children of a node are the distinct bytes at depth d within its run.
        firstChild = [0]
        childCount = [0]
        label = [0]
        var nodeKeysEnding: [[Int32]] = [[]]
        var frontier: [(node: Int32, lower: Int, upper: Int, depth: Int)] = [(0, 0, order.count, 0)]
        while !frontier.isEmpty {
            var next: [(node: Int32, lower: Int, upper: Int, depth: Int)] = []
            for (node, lower, upper, depth) in frontier {
                var index = lower
                // Keys that end at this node come first in the sorted run.
                while index < upper, keys[order[index]].count == depth {
                    nodeKeysEnding[Int(node)].append(Int32(order[index]))
                    index += 1
                }
                firstChild[Int(node)] = Int32(label.count)
                var count = 0
                while index < upper {
                    let byte = keys[order[index]][depth]
                    var end = index + 1
                    while end < upper, keys[order[end]][depth] == byte {
                        end += 1
                    }
                    let child = Int32(label.count)
                    label.append(byte)
                    firstChild.append(0)
                    childCount.append(0)
                    nodeKeysEnding.append([])
                    next.append((child, index, end, depth + 1))
                    count += 1
                    index = end
                }
                childCount[Int(node)] = UInt16(count)
            }
            frontier = next
        }
        for keysHere in nodeKeysEnding {
            outputStart.append(Int32(outputs.count))
            outputCount.append(UInt16(keysHere.count))
            outputs += keysHere
        }
        // Failure and output links, breadth-first (node numbers are already in breadth-first order).
        failure = [Int32](repeating: 0, count: label.count)
        outputLink = [Int32](repeating: -1, count: label.count)
        for node in 0..<label.count {
            let first = Int(firstChild[node])
            for child in first..<(first + Int(childCount[node])) {
                var fallback = node == 0 ? -1 : Int(failure[node])
                var target: Int32 = 0
                while fallback >= 0 {
                    if let found = transition(from: Int32(fallback), on: label[child]) {
                        target = found
                        break
                    }
                    fallback = fallback == 0 ? -1 : Int(failure[fallback])
                }
                failure[child] = target
                outputLink[child] = outputCount[Int(target)] > 0 ? target : outputLink[Int(target)]
            }
        }
    }

    /// The child of a node on a byte, if any.
    @inline(__always)
    private func transition(from node: Int32, on byte: UInt8) -> Int32? {
        var low = Int(firstChild[Int(node)])
        var high = low + Int(childCount[Int(node)]) - 1
        while low <= high {
            let middle = (low + high) >> 1
            let value = label[middle]
            if value == byte { return Int32(middle) }
            if value < byte { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    /// The number of nodes, for memory figures.
    var nodeCount: Int { label.count }

    /// Calls `body` with every occurrence of every key: the key number and the end offset (exclusive).
    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, _ body: (_ key: Int32, _ end: Int) -> Void) {
        var state: Int32 = 0
        for (position, byte) in text.enumerated() {
            while true {
                if let next = transition(from: state, on: byte) {
                    state = next
                    break
                }
                if state == 0 { break }
                state = failure[Int(state)]
            }
            var node = outputCount[Int(state)] > 0 ? state : outputLink[Int(state)]
            while node >= 0 {
                let start = Int(outputStart[Int(node)])
                for index in start..<(start + Int(outputCount[Int(node)])) {
                    body(outputs[index], position + 1)
                }
                node = outputLink[Int(node)]
            }
        }
    }
}
