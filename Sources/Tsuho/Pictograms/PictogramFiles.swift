import Foundation

/// The raw files of a `Pictograms/` folder: the manifest and the drawings, by file name.
///
/// Loading and linting work on these values, so tests build them in memory; ``init(folder:name:)`` and
/// ``init(location:)`` are the places that read the disk.
public struct PictogramFiles: Sendable, Hashable {
    /// The manifest's bytes, or `nil` when there is none.
    public var manifest: [UInt8]?
    /// File name ("aed.svg") to bytes, for every `.svg` file of the folder.
    public var drawings: [String: [UInt8]]
    /// How diagnostics name the folder ("Pictograms").
    public var folderName: String
    /// The folder on disk, or `nil` for files made in memory.
    public var folder: URL?

    /// Creates a set of files in memory.
    ///
    /// - Parameters:
    ///   - manifest: The manifest's bytes, or `nil`.
    ///   - drawings: File name to bytes.
    ///   - folderName: How diagnostics name the folder.
    public init(manifest: [UInt8]?, drawings: [String: [UInt8]], folderName: String = "Pictograms") {
        self.manifest = manifest
        self.drawings = drawings
        self.folderName = folderName
        folder = nil
    }

    /// Reads the manifest and every `.svg` file of a folder.
    ///
    /// - Parameters:
    ///   - folder: A `Pictograms/` folder.
    ///   - name: How diagnostics name the folder; its path by default.
    /// - Throws: ``DataError`` when the folder cannot be listed or a file cannot be read.
    public init(folder: URL, name: String? = nil) throws {
        let manager = FileManager.default
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".svg") }.sorted()
        } catch {
            throw DataError.missing("pictogram folder", path: folder.path)
        }
        var drawings: [String: [UInt8]] = [:]
        for name in names {
            let path = folder.appendingPathComponent(name).path
            guard let data = manager.contents(atPath: path) else {
                throw DataError.unreadable(path: path, reason: "the file cannot be read")
            }
            drawings[name] = Array(data)
        }
        let manifest = manager.contents(atPath: folder.appendingPathComponent(PictogramManifest.fileName).path)
        self.init(manifest: manifest.map { Array($0) }, drawings: drawings, folderName: name ?? folder.path)
        self.folder = folder
    }

    /// Reads the `Pictograms/` folder of a data location.
    ///
    /// - Parameter location: The bundled data or a maintainer's folder.
    /// - Throws: ``DataError`` when the folder cannot be listed or a file cannot be read.
    public init(location: DataLocation) throws {
        try self.init(folder: location.pictograms, name: location.isBundled ? "Pictograms" : location.pictograms.path)
    }

    /// The name diagnostics give a file.
    func path(of name: String) -> String {
        folderName + "/" + name
    }
}
