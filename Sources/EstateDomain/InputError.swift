/// A value a person typed or a file held that the domain cannot accept.
///
/// Every input error names the field, repeats the value and says how to fix it, so that the
/// CLI, the HTTP API and the importers can show it as is.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The field as the person knows it, e.g. `turnover` or `nib`.
    public let field: String
    /// The offending value, verbatim (trimmed to 80 characters).
    public let value: String
    /// What is wrong with it.
    public let problem: String
    /// What to write instead.
    public let fix: String

    public init(field: String, value: String, problem: String, fix: String) {
        self.field = field
        self.value = value.count > 80 ? String(value.prefix(77)) + "..." : value
        self.problem = problem
        self.fix = fix
    }

    public var description: String {
        "\(field): \"\(value)\" \(problem). \(fix)"
    }
}

extension InputError {
    /// A Swift or decoder key as the JSON documents spell it: `maxRupiah` → `max_rupiah`, so that
    /// an error names the field a person typed.
    public static func snakeCased(_ key: String) -> String {
        var out = ""
        for character in key {
            if character.isUppercase {
                out += "_" + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }
}
