import Foundation
import Tsuho

/// `tsuho translate --batch`: JSON Lines in, one compact JSON view per line out, in constant memory.
struct BatchTranslation {
    let translator: ReportTranslator

    /// One report line as it arrives.
    private struct Incoming: Decodable {
        struct Location: Decodable {
            let latitude: Double?
            let longitude: Double?
            let accuracy: Double?
            let text: String?
        }

        let id: String?
        let line: String?
        let message: String
        let language: String?
        let channel: String?
        let received: String?
        let location: Location?
    }

    /// An error record for a line that cannot be translated.
    private struct Failure: Encodable {
        let line: Int
        let id: String?
        let error: String
    }

    func run(input: FileHandle) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let decoder = JSONDecoder()
        let dates = ISO8601DateFormatter()
        var output = Data()
        var lineNumber = 0
        var pending = Data()
        func flush() {
            FileHandle.standardOutput.write(output)
            output.removeAll(keepingCapacity: true)
        }
        func handle(_ lineData: Data) {
            lineNumber += 1
            guard !lineData.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) else { return }
            var id: String?
            do {
                let incoming = try decoder.decode(Incoming.self, from: lineData)
                id = incoming.id
                let location = incoming.location.map {
                    ReportLocation(
                        latitude: $0.latitude, longitude: $0.longitude, accuracyMeters: $0.accuracy, text: $0.text)
                }
                let report = Report(
                    id: incoming.id ?? "line-\(lineNumber)",
                    line: incoming.line.flatMap(ReportLine.init(rawValue:)) ?? .unknown,
                    receivedAt: incoming.received.flatMap(dates.date(from:)) ?? Date(),
                    channel: incoming.channel ?? "batch",
                    languageHint: incoming.language.map { LanguageCode($0) }, location: location,
                    message: Array(incoming.message.utf8))
                output.append(contentsOf: try translator.translate(report).jsonUTF8())
            } catch {
                let message = (error as? DecodingError).map { "not a report: \($0)" } ?? "\(error)"
                output.append((try? encoder.encode(Failure(line: lineNumber, id: id, error: message))) ?? Data())
            }
            output.append(0x0A)
            if output.count > 1 << 16 { flush() }
        }
        while true {
            let chunk = input.readData(ofLength: 1 << 16)
            if chunk.isEmpty { break }
            pending.append(chunk)
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                handle(pending[start..<newline])
                start = newline + 1
            }
            pending.removeSubrange(pending.startIndex..<start)
        }
        if !pending.isEmpty { handle(pending) }
        flush()
    }
}
