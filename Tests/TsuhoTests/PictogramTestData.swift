import Foundation
import Tsuho

/// Small pictograms for tests: two valid drawings and a manifest, in memory.
enum PictogramTestData {
    /// A valid pictogram of a colour family, with one shape drawn in a colour.
    static func svg(
        family: PictogramColourFamily = .information, english: String = "Fire", japanese: String = "火事",
        drawing: String? = nil
    ) -> String {
        let frame: String =
            switch family {
            case .safe: ##"<rect x="3" y="3" width="94" height="94" rx="10" fill="#00875A"/>"##
            case .fire: ##"<rect x="3" y="3" width="94" height="94" rx="10" fill="#C8102E"/>"##
            case .mandatory: ##"<circle cx="50" cy="50" r="47" fill="#0057A8"/>"##
            case .prohibition:
                ##"<circle cx="50" cy="50" r="44" fill="#FFFFFF" stroke="#C8102E" stroke-width="6"/>"##
            case .warning:
                ##"<path d="M50 6 L95 88 L5 88 Z" fill="#F5C400" stroke="#1A1A1A" stroke-width="6" stroke-linejoin="round"/>"##
            case .information:
                ##"<rect x="3" y="3" width="94" height="94" rx="10" fill="#FFFFFF" stroke="#1A1A1A" stroke-width="6"/>"##
            }
        let symbol =
            drawing
            ?? ##"<g stroke-linecap="round" stroke-linejoin="round"><path d="M30 80 L50 20 L70 80" fill="none" stroke="#1A1A1A" stroke-width="6"/></g>"##
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100" role="img">
              <title xml:lang="en">\(english)</title>
              <title xml:lang="ja">\(japanese)</title>
              <desc xml:lang="en">A test drawing of \(english.lowercased()).</desc>
              <desc xml:lang="ja">\(japanese)のテスト用の絵。</desc>
              \(frame)
              \(symbol)
            </svg>

            """
    }

    static let manifest = """
        id\tcolour\tconcepts\tstandard\temoji
        fire\tfire\tfire | evacuation-shelter\t\t🔥
        train\tinformation\tshinjuku-station\tJIS Z 8210\t🚆

        """

    /// The two pictograms as files.
    static func files(manifest: String = manifest, drawings: [String: String]? = nil) -> PictogramFiles {
        let drawings =
            drawings ?? [
                "fire.svg": svg(family: .fire, english: "Fire", japanese: "火事"),
                "train.svg": svg(english: "Train", japanese: "電車"),
            ]
        return PictogramFiles(manifest: Array(manifest.utf8), drawings: drawings.mapValues { Array($0.utf8) })
    }
}
