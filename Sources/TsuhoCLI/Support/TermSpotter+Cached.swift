import Foundation
import Tsuho

extension TermSpotter {
    /// The spotter for a command-line run: read from the user's cache when it holds one for this
    /// dictionary (`TSUHO_CACHE_DIR=off` turns the cache off), else built.
    static func cached(_ lexicon: Lexicon) throws -> TermSpotter {
        guard let directory = defaultCacheDirectory else { return try TermSpotter(lexicon: lexicon) }
        return try TermSpotter(lexicon: lexicon, cacheDirectory: directory)
    }
}
