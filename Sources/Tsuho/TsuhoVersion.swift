internal import TsuhoText

/// The versions of Tsuho and of what it is built on.
public enum TsuhoVersion {
    /// The version of the Tsuho library and command-line tool.
    public static let library = "0.1.0"

    /// ICU's version, such as "72.1".
    public static var icu: String { UnicodeVersions.icu }

    /// The Unicode version of ICU's character data, such as "15.0".
    public static var unicode: String { UnicodeVersions.unicode }
}
