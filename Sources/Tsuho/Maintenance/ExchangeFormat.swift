/// The file formats of `tsuho dict export` and `tsuho dict import`.
public enum ExchangeFormat: String, Sendable, Hashable, CaseIterable {
    /// One row per concept and language: `id,language,text,reading,status,note` (RFC 4180 quoting).
    case csv
    /// ISO 30042 TermBase eXchange, TBX-Basic dialect: conceptEntry, langSec, termSec, term; the review
    /// status in a termNote.
    case tbx
    /// Everything, for programs (export only).
    case json
}
