/// The postings of one search key: most keys have one, which is kept inline without an array.
struct PostingList: Sendable {
    let first: Posting
    private(set) var more: [Posting] = []

    init(_ first: Posting) {
        self.first = first
    }

    mutating func append(_ posting: Posting) {
        more.append(posting)
    }

    /// Every posting, in the order added.
    var all: [Posting] {
        more.isEmpty ? [first] : [first] + more
    }
}

extension Dictionary where Key == SearchKey, Value == PostingList {
    /// Adds a posting under a key.
    mutating func add(_ posting: Posting, for key: String) {
        let searchKey = SearchKey(key)
        if self[searchKey] != nil {
            self[searchKey]?.append(posting)
        } else {
            self[searchKey] = PostingList(posting)
        }
    }

    /// The postings of a key, empty when it has none.
    func postings(for key: String) -> [Posting] {
        self[SearchKey(key)]?.all ?? []
    }
}
