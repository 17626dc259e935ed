/// Urgencies key JSON objects by name, so `{"red": 0.1, "yellow": 0.3}` encodes the same way every time
/// (a simulation's parameters are part of its report, byte for byte the same for a seed).
extension Urgency: CodingKeyRepresentable {}
