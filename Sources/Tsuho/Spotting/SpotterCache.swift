import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file in which a command-line run keeps a built ``TermSpotter`` for the next run.
///
/// Its name carries a fingerprint of everything the automaton depends on (every form of every language,
/// the Tsuho and ICU versions, the memory layout), so an edited dictionary or an upgrade simply misses
/// and builds again; a checksum over the contents catches a damaged file. Writing goes to a temporary
/// file renamed into place, so a reader never sees half a file.
struct SpotterCache {
    /// The cache file.
    let file: URL
    private let fingerprint: UInt64

    /// Bumped whenever the layout of the tables changes.
    private static let formatVersion: UInt64 = 1

    init(directory: URL, lexicon: Lexicon) {
        var hash = StableHash()
        hash.add("tsuho-spotter \(Self.formatVersion) \(TsuhoVersion.library) icu \(TsuhoVersion.icu)")
        hash.add(
            "\(MemoryLayout<TermSpotter.KeyInfo>.stride) \(MemoryLayout<Int>.size) \(lexicon.concepts.count)")
        for (position, language) in lexicon.languages.enumerated() {
            hash.add("\(language.code.rawValue) \(language.script) \(language.needsSegmenter)")
            lexicon.cells.forEachForm(position) { concept, form, bytes in
                hash.add(UInt64(concept) << 32 | UInt64(form))
                hash.add(bytes)
            }
        }
        fingerprint = hash.value
        file = directory.appendingPathComponent(
            "spotter-" + String(fingerprint, radix: 16) + ".bin", isDirectory: false)
    }

    /// The tables in the cache file, or nil when there is none or it is damaged.
    func read() -> TermSpotter.Tables? {
        guard let data = try? Data(contentsOf: file, options: .mappedIfSafe) else { return nil }
        return data.withUnsafeBytes { bytes -> TermSpotter.Tables? in
            guard bytes.count >= 24 else { return nil }
            let payload = UnsafeRawBufferPointer(rebasing: bytes[24...])
            var header = BinaryArchiveReader(UnsafeRawBufferPointer(rebasing: bytes[0..<24]))
            var checksum = StableHash()
            checksum.add(payload)
            guard header.number() == Self.magic, header.number() == fingerprint, header.number() == checksum.value
            else { return nil }
            var reader = BinaryArchiveReader(payload)
            guard let automaton = ByteAutomaton(reading: &reader),
                let keys = reader.array(of: TermSpotter.KeyInfo.self), let formBytes = reader.array(of: UInt8.self),
                let acronymKeys = reader.array(of: Int32.self), let acronymLengths = reader.array(of: Int32.self),
                let acronymBytes = reader.array(of: UInt8.self), reader.isAtEnd,
                acronymKeys.count == acronymLengths.count,
                acronymLengths.allSatisfy({ $0 >= 0 }), acronymLengths.reduce(0, +) == acronymBytes.count
            else { return nil }
            var acronyms: [Int32: [UInt8]] = [:]
            var start = 0
            for (key, length) in zip(acronymKeys, acronymLengths) {
                acronyms[key] = Array(acronymBytes[start..<(start + Int(length))])
                start += Int(length)
            }
            return TermSpotter.Tables(automaton: automaton, keys: keys, formBytes: formBytes, acronyms: acronyms)
        }
    }

    /// Stores the tables; a failure to write only means the next run builds again.
    func write(_ tables: TermSpotter.Tables) {
        var archive = BinaryArchive()
        tables.automaton.archive(into: &archive)
        archive.append(tables.keys)
        archive.append(tables.formBytes)
        let acronyms = tables.acronyms.sorted { $0.key < $1.key }
        archive.append(acronyms.map(\.key))
        archive.append(acronyms.map { Int32($0.value.count) })
        archive.append(acronyms.flatMap(\.value))
        var checksum = StableHash()
        archive.bytes.withUnsafeBytes { checksum.add($0) }
        var header = BinaryArchive()
        header.append(Self.magic)
        header.append(fingerprint)
        header.append(checksum.value)
        let directory = file.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(header.bytes + archive.bytes).write(to: temporary)
            guard rename(temporary.path, file.path) == 0 else {
                try? FileManager.default.removeItem(at: temporary)
                return
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    /// "TSUHOSP1" read as a little-endian number.
    private static let magic: UInt64 = 0x3150_534F_4855_5354

    /// The default cache directory: `$TSUHO_CACHE_DIR`, else `$XDG_CACHE_HOME/tsuho`, else
    /// `~/.cache/tsuho`; nil when `TSUHO_CACHE_DIR` is `off` or no home is known.
    static var defaultDirectory: URL? {
        let environment = ProcessInfo.processInfo.environment
        if let directory = environment["TSUHO_CACHE_DIR"], !directory.isEmpty {
            return directory == "off" ? nil : URL(fileURLWithPath: directory, isDirectory: true)
        }
        if let base = environment["XDG_CACHE_HOME"], !base.isEmpty {
            return URL(fileURLWithPath: base, isDirectory: true).appendingPathComponent("tsuho", isDirectory: true)
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache/tsuho", isDirectory: true)
    }
}
