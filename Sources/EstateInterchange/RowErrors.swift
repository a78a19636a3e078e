import EstateDomain

/// A bad value on one line of an input file.
public struct RowError: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// The line of a CSV file; 0 for a JSON document, whose `field` is then the value's path.
    public let line: Int
    public let error: InputError

    /// Whether the error is about the file as a whole (its size, encoding or quoting) rather
    /// than one cell.
    public var isAboutWholeFile: Bool { ["file", "encoding"].contains(error.field) }

    public var description: String {
        if isAboutWholeFile { return "\(file): \(error.problem). \(error.fix)" }
        if line == 0 {
            return "\(file), \(error.field): \(error.value.isEmpty ? "" : "\"\(error.value)\" ")\(error.problem). \(error.fix)"
        }
        return
            "\(file) line \(line), column \(error.field): \(error.value.isEmpty ? "" : "\"\(error.value)\" ")\(error.problem). \(error.fix)"
    }
}

/// Every bad row of a load, so that a person can fix them all in one pass. Nothing is loaded
/// when this is thrown.
public struct RowErrors: Error, Sendable, CustomStringConvertible {
    public let errors: [RowError]

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
