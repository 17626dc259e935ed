import ArgumentParser
import Foundation

/// Runs librsvg's `rsvg-convert` to turn SVG into PNG.
enum RSVGConvert {
    /// The program, found on the `PATH`, or `nil`.
    static func find() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("rsvg-convert")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return nil
    }

    /// Converts SVG to a PNG file.
    ///
    /// - Parameters:
    ///   - svg: The SVG document.
    ///   - output: The PNG file to write.
    ///   - width: The width in px, or `nil` for the SVG's own size.
    /// - Throws: An exit with code 69 when `rsvg-convert` is not installed, 1 when it fails.
    static func png(_ svg: String, to output: URL, width: Int? = nil) throws {
        guard let program = find() else {
            throw CommandFailure.exit(
                message:
                    "rsvg-convert is not installed; it makes PNG from SVG. Install Debian's librsvg2-bin (apt-get install librsvg2-bin), or write SVG with -o FILE.svg.",
                code: 69)
        }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("tsuho-\(UUID().uuidString).svg")
        try Data(svg.utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = program
        var arguments = ["--format=png", "--output", output.path]
        if let width {
            arguments += ["--width", "\(width)", "--keep-aspect-ratio"]
        }
        process.arguments = arguments + [input.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw CommandFailure.exit(
                message: "rsvg-convert failed with status \(process.terminationStatus): \(detail)", code: 1)
        }
    }
}
