/// The ISO 3864 colour family of a pictogram: what kind of message its colours give.
///
/// Each family has its own frame, drawn first in every file of the family:
///
/// | family | frame | symbol |
/// | --- | --- | --- |
/// | ``safe`` | green rounded square | white |
/// | ``fire`` | red rounded square | white |
/// | ``mandatory`` | blue disc | white |
/// | ``prohibition`` | white disc with a red ring and bar | black |
/// | ``warning`` | yellow triangle with a black edge | black |
/// | ``information`` | white rounded square with a black edge | black |
public enum PictogramColourFamily: String, Sendable, Hashable, Codable, CaseIterable {
    /// Green: a safe condition, evacuation, first aid.
    case safe
    /// Yellow and black: a hazard.
    case warning
    /// Red: something not to do.
    case prohibition
    /// Blue: something to do.
    case mandatory
    /// Red: fire equipment and fire-fighting.
    case fire
    /// Neutral: everything else (symptoms, people, vehicles, answers).
    case information

    /// The colour of the family's frame, as written in the drawings (`#00875A`).
    public var frameColour: String {
        switch self {
        case .safe: "#00875A"
        case .warning: "#F5C400"
        case .prohibition: "#FFFFFF"
        case .mandatory: "#0057A8"
        case .fire: "#C8102E"
        case .information: "#FFFFFF"
        }
    }

    /// The element the family's frame is drawn with: `rect`, `circle` or `path`.
    var frameElement: String {
        switch self {
        case .safe, .fire, .information: "rect"
        case .prohibition, .mandatory: "circle"
        case .warning: "path"
        }
    }
}
