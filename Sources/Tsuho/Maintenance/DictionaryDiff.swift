/// The cells added, removed and changed between two versions of the dictionary, per language.
public struct DictionaryDiff: Sendable, Hashable, Encodable {
    /// One cell that differs.
    public struct Change: Sendable, Hashable, Encodable {
        /// What happened to the cell.
        public enum Kind: String, Sendable, Hashable, Encodable {
            case added, removed, changed
        }

        /// What happened.
        public let kind: Kind
        /// The concept id.
        public let conceptID: String
        /// The cell before, if it had forms.
        public let old: TermEntry?
        /// The cell after, if it has forms.
        public let new: TermEntry?
    }

    /// The changes of one language.
    public struct LanguageChanges: Sendable, Hashable, Encodable {
        /// The language.
        public let language: LanguageCode
        /// Its changed cells, in concept order.
        public let changes: [Change]
        /// How many were added.
        public var added: Int { changes.filter { $0.kind == .added }.count }
        /// How many were removed.
        public var removed: Int { changes.filter { $0.kind == .removed }.count }
        /// How many changed.
        public var changed: Int { changes.filter { $0.kind == .changed }.count }

        private enum CodingKeys: String, CodingKey {
            case language, changes, added, removed, changed
        }

        /// Encodes the language, its counts and its changes.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(language, forKey: .language)
            try container.encode(added, forKey: .added)
            try container.encode(removed, forKey: .removed)
            try container.encode(changed, forKey: .changed)
            try container.encode(changes, forKey: .changes)
        }
    }

    /// Languages with at least one change, in the order of the new language list (then removed ones).
    public let languages: [LanguageChanges]

    /// Compares two dictionaries.
    ///
    /// - Parameters:
    ///   - old: The earlier version.
    ///   - new: The later version.
    public init(old: Lexicon, new: Lexicon) {
        var codes = new.languages.map(\.code)
        codes += old.languages.map(\.code).filter { !codes.contains($0) }
        var conceptIDs = new.concepts.map(\.id)
        let newIDs = Set(conceptIDs)
        conceptIDs += old.concepts.map(\.id).filter { !newIDs.contains($0) }
        languages = codes.compactMap { code in
            let changes = conceptIDs.compactMap { id -> Change? in
                let before = Self.entry(old, id, code)
                let after = Self.entry(new, id, code)
                switch (before, after) {
                case (nil, nil): return nil
                case (nil, let after?): return Change(kind: .added, conceptID: id, old: nil, new: after)
                case (let before?, nil): return Change(kind: .removed, conceptID: id, old: before, new: nil)
                case (let before?, let after?):
                    return before == after ? nil : Change(kind: .changed, conceptID: id, old: before, new: after)
                }
            }
            return changes.isEmpty ? nil : LanguageChanges(language: code, changes: changes)
        }
    }

    /// A filled cell, or `nil`.
    private static func entry(_ lexicon: Lexicon, _ id: String, _ code: LanguageCode) -> TermEntry? {
        guard let conceptPosition = lexicon.conceptPositions[id],
            let languagePosition = lexicon.languagePositions[code],
            let entry = lexicon.entry(languagePosition, conceptPosition), entry.isFilled
        else { return nil }
        return entry
    }
}
