public import Foundation
internal import TsuhoResources
internal import TsuhoText

/// Where Tsuho reads its data: the copy bundled with the package, or a folder a maintainer is editing.
///
/// A data folder holds `Dictionaries/` and `Pictograms/`, as the top level of the repository does:
///
/// ```swift
/// let bundled = try DataLocation.bundled()
/// let edited = try DataLocation(folder: URL(fileURLWithPath: "/home/me/tsuho"))
/// print(try edited.version())
/// ```
public struct DataLocation: Sendable, Hashable {
    /// The folder that holds `Dictionaries/` and `Pictograms/`.
    public let root: URL
    /// True for the copy bundled with the package.
    public let isBundled: Bool

    /// Uses a data folder.
    ///
    /// - Parameter folder: A folder with a `Dictionaries/` subfolder.
    /// - Throws: ``DataError`` with code ``DataError/Code/missing`` when the folder has no `Dictionaries/`.
    public init(folder: URL) throws {
        try self.init(root: folder, isBundled: false)
    }

    private init(root: URL, isBundled: Bool) throws {
        self.root = root
        self.isBundled = isBundled
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dictionaries.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw DataError.missing(
                "data folder", path: dictionaries.path, hint: "A data folder holds Dictionaries/ and Pictograms/.")
        }
    }

    /// The data bundled with the package.
    ///
    /// - Returns: The bundled location.
    /// - Throws: ``DataError`` with code ``DataError/Code/missing`` when the resource bundle was not
    ///   installed beside the program.
    public static func bundled() throws -> DataLocation {
        guard let root = BundledData.root else {
            throw DataError.missing(
                "bundled data", path: "Tsuho_TsuhoResources.resources",
                hint: "Install the resource bundle beside the program, or pass --data DIR.")
        }
        return try DataLocation(root: root, isBundled: true)
    }

    /// The `Dictionaries/` folder.
    public var dictionaries: URL { root.appendingPathComponent("Dictionaries", isDirectory: true) }

    /// The `Pictograms/` folder.
    public var pictograms: URL { root.appendingPathComponent("Pictograms", isDirectory: true) }

    /// The data version, the first line of `Dictionaries/VERSION`.
    ///
    /// - Returns: The version, such as "2026.11.22-draft".
    /// - Throws: ``DataError`` when the file is missing, not UTF-8 or empty.
    public func version() throws -> String {
        let url = dictionaries.appendingPathComponent("VERSION")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DataError.missing("data version file", path: url.path)
        }
        let text: String
        do {
            text = try UTF8Input.decode(Array(data), source: url.path)
        } catch {
            throw DataError.unreadable(path: url.path, reason: "\(error)")
        }
        let firstLine = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let version = firstLine.trimmingCharacters(in: .whitespaces)
        guard !version.isEmpty else {
            throw DataError.malformed(
                path: url.path, line: 1, column: 1, reason: "expected a version, found an empty line.")
        }
        return version
    }
}
