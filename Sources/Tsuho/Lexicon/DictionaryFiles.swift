import Foundation

/// The raw files of a `Dictionaries/` folder, by file name, plus the pictogram ids that exist.
///
/// Parsing works on these values, so tests build them in memory; ``init(location:)`` is the one place
/// that reads the disk.
public struct DictionaryFiles: Sendable, Hashable {
    /// File name ("vi.tsv") to bytes.
    public var files: [String: [UInt8]]
    /// The ids listed in `Pictograms/manifest.tsv`, or `nil` when there is no manifest yet.
    public var pictogramIDs: Set<String>?
    /// The data version.
    public var version: String
    /// How diagnostics name the folder ("Dictionaries").
    public var folderName: String

    /// The language list's file name.
    public static let languagesFile = "languages.tsv"
    /// The concept file's name.
    public static let conceptsFile = "concepts.tsv"

    /// Creates a set of files in memory.
    ///
    /// - Parameters:
    ///   - files: File name to bytes.
    ///   - pictogramIDs: The pictogram ids that exist, or `nil`.
    ///   - version: The data version.
    ///   - folderName: How diagnostics name the folder.
    public init(
        files: [String: [UInt8]], pictogramIDs: Set<String>? = nil, version: String = "",
        folderName: String = "Dictionaries"
    ) {
        self.files = files
        self.pictogramIDs = pictogramIDs
        self.version = version
        self.folderName = folderName
    }

    /// Reads every `.tsv` file of a data location's `Dictionaries/` and the pictogram manifest.
    ///
    /// - Parameter location: The data location.
    /// - Throws: ``DataError`` when the folder cannot be listed or a file cannot be read.
    public init(location: DataLocation) throws {
        let manager = FileManager.default
        let folder = location.dictionaries
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") }.sorted()
        } catch {
            throw DataError.unreadable(path: folder.path, reason: "\(error)")
        }
        var files: [String: [UInt8]] = [:]
        for name in names {
            let path = folder.appendingPathComponent(name).path
            guard let data = manager.contents(atPath: path) else {
                throw DataError.unreadable(path: path, reason: "the file cannot be read")
            }
            files[name] = Array(data)
        }
        var pictograms: Set<String>?
        let manifest = location.pictograms.appendingPathComponent("manifest.tsv").path
        if let data = manager.contents(atPath: manifest) {
            let text = String(decoding: data, as: UTF8.self)
            let ids = text.split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t").first }
            pictograms = Set(ids.map(String.init))
        }
        self.init(
            files: files, pictogramIDs: pictograms, version: try location.version(),
            folderName: location.isBundled ? "Dictionaries" : folder.path)
    }

    /// The name diagnostics give a file.
    func path(of name: String) -> String {
        folderName + "/" + name
    }
}
