/// What is wrong with one cell of a roster (languages, schedule, exceptions); the roster parser adds the
/// file, line, column and field.
struct RosterCellError: Error, Hashable, Sendable {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
