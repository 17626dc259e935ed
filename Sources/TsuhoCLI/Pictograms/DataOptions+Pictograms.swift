import ArgumentParser
import Foundation
import Tsuho

extension DataOptions {
    /// Loads the pictograms with the dictionary's `pictogram` column, strictly or (with `--lenient`)
    /// keeping every good pictogram; in lenient mode the ones left out are reported on standard error.
    func catalog(lexicon: Lexicon?) throws -> PictogramCatalog {
        let catalog = try CommandFailure.reporting {
            try PictogramCatalog(location: location(), lexicon: lexicon, mode: lenient ? .lenient : .strict)
        }
        for diagnostic in catalog.diagnostics where diagnostic.severity == .error {
            FileHandle.standardError.write(Data("tsuho: \(diagnostic)\n".utf8))
        }
        return catalog
    }
}
