import Foundation

/// Where the data folders bundled with Tsuho (`Dictionaries/`, `Pictograms/`) are at run time.
///
/// SwiftPM copies the top-level data folders into a resource bundle beside the executable. This type
/// finds that bundle without SwiftPM's generated `Bundle.module`, which stops the process when the
/// bundle is missing; a missing bundle is `nil` here, and the caller says so in an error.
public enum BundledData {
    /// The name SwiftPM gives this target's resource bundle.
    static let bundleName = "Tsuho_TsuhoResources.resources"

    /// The folder that holds the bundled `Dictionaries/` and `Pictograms/`, or `nil` when no copy can be
    /// found.
    public static let root: URL? = findRoot()

    /// The bundled `Dictionaries/` folder, or `nil` when no copy can be found.
    public static var dictionaries: URL? { root?.appendingPathComponent("Dictionaries", isDirectory: true) }

    /// The bundled `Pictograms/` folder, or `nil` when no copy can be found.
    public static var pictograms: URL? { root?.appendingPathComponent("Pictograms", isDirectory: true) }

    private static func findRoot() -> URL? {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "", isDirectory: false)
            .resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName, isDirectory: true))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName, isDirectory: true))
        if let resources = Bundle.main.resourceURL {
            candidates.append(resources.appendingPathComponent(bundleName, isDirectory: true))
        }
        // A checkout: this file is Sources/TsuhoResources/BundledData.swift in the package.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(checkout)
        return candidates.first { candidate in
            var isDirectory: ObjCBool = false
            let dictionaries = candidate.appendingPathComponent("Dictionaries", isDirectory: true).path
            return fileManager.fileExists(atPath: dictionaries, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
