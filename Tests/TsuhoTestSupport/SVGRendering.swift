import Foundation

/// Renders SVG to PNG with librsvg's `rsvg-convert` (Debian `librsvg2-bin`) and checks the fonts that
/// captions need (fontconfig's `fc-list`), for tests that look at what a person would see.
public enum SVGRendering {
    /// True when tests run in CI (`CI` is set), where every tool and font must be installed.
    public static var isCI: Bool {
        ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false
    }

    /// A program found on the `PATH`, or `nil`.
    ///
    /// - Parameter name: The program's name.
    /// - Returns: Its location.
    public static func program(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// True when `rsvg-convert` is installed.
    public static var canRender: Bool { program("rsvg-convert") != nil }

    /// A rendering failure: the program's status and what it said.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// Renders an SVG document to PNG and decodes it.
    ///
    /// - Parameters:
    ///   - svg: The SVG document.
    ///   - width: The width in px, or `nil` for the document's own.
    /// - Returns: The decoded image.
    /// - Throws: ``Failure`` when rsvg-convert is missing or fails; ``Inflate/Failure`` for a bad PNG.
    public static func png(_ svg: String, width: Int? = nil) throws -> PNGImage {
        guard let converter = program("rsvg-convert") else {
            throw Failure(description: "rsvg-convert is not installed (Debian package librsvg2-bin)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tsuho-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.svg")
        let output = folder.appendingPathComponent("out.png")
        try Data(svg.utf8).write(to: input)
        var arguments = ["--format=png", "--output", output.path]
        if let width {
            arguments += ["--width", "\(width)", "--height", "\(width)", "--keep-aspect-ratio"]
        }
        let (status, message) = try run(converter, arguments + [input.path])
        guard status == 0 else {
            throw Failure(description: "rsvg-convert exited with \(status): \(message)")
        }
        return try PNGImage(bytes: Array(try Data(contentsOf: output)))
    }

    /// The font families fontconfig has for a language (`fc-list :lang=th family`), or `nil` when
    /// fontconfig is not installed.
    ///
    /// - Parameter language: A fontconfig language tag ("th", "my", "km", "ar", "ja", "ko", "hi").
    /// - Returns: Family names.
    /// - Throws: An error when fc-list cannot be started.
    public static func fontFamilies(forLanguage language: String) throws -> [String]? {
        guard let list = program("fc-list") else { return nil }
        let (_, output) = try run(list, [":lang=\(language)", "family"], standardOutput: true)
        return output.split(separator: "\n").flatMap { $0.split(separator: ",") }.map(String.init)
    }

    /// True when fontconfig knows a family by exactly that name.
    ///
    /// - Parameter family: A family name such as "Noto Sans Thai".
    /// - Returns: Whether a font of the family is installed.
    /// - Throws: An error when fc-list cannot be started.
    public static func hasFamily(_ family: String) throws -> Bool {
        guard let list = program("fc-list") else { return false }
        let (_, output) = try run(list, [":family=\(family)", "family"], standardOutput: true)
        return output.split(separator: "\n").flatMap { $0.split(separator: ",") }.contains { $0 == family }
    }

    private static func run(
        _ program: URL, _ arguments: [String], standardOutput: Bool = false
    ) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let pipe = Pipe()
        if standardOutput {
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
        } else {
            process.standardError = pipe
            process.standardOutput = FileHandle.nullDevice
        }
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
