import Foundation

/// Prints values as JSON for machines: sorted keys, indented, ISO 8601 dates, slashes and non-ASCII left as
/// they are.
enum JSONOutput {
    static func print(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Dates as in `--batch`: ISO 8601, not seconds since 2001.
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(value)
        Swift.print(String(decoding: data, as: UTF8.self))
    }
}
