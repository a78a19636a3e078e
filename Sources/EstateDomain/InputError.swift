/// A value a person typed or a file held that the domain cannot accept.
///
/// Every input error names the field, repeats the value and says how to fix it, so that the
/// CLI, the HTTP API and the importers can show it as is. The errors a person meets on a form
/// also carry their wording in Bahasa Indonesia, so that a page or an API answer in Indonesian
/// says it in Indonesian (`message(_:)`).
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The field as the person knows it, e.g. `turnover` or `nib`.
    public let field: String
    /// The offending value, verbatim (trimmed to 80 characters).
    public let value: String
    /// What is wrong with it.
    public let problem: String
    /// What to write instead.
    public let fix: String
    /// What is wrong and what to write instead, in Bahasa Indonesia; nil where only the English
    /// wording exists yet (the message then says in Indonesian that the value is refused and
    /// quotes the English).
    public let indonesian: Wording?

    /// A problem and its fix in one language.
    public struct Wording: Hashable, Sendable {
        public let problem: String
        public let fix: String

        public init(problem: String, fix: String) {
            self.problem = problem
            self.fix = fix
        }
    }

    public init(field: String, value: String, problem: String, fix: String, indonesian: Wording? = nil) {
        self.field = field
        self.value = value.count > 80 ? String(value.prefix(77)) + "..." : value
        self.problem = problem
        self.fix = fix
        self.indonesian = indonesian
    }

    /// The same error in Bahasa Indonesia and English: `masalah` and `perbaikan` are the
    /// Indonesian problem and fix.
    public init(field: String, value: String, problem: String, fix: String, masalah: String, perbaikan: String) {
        self.init(field: field, value: value, problem: problem, fix: fix, indonesian: Wording(problem: masalah, fix: perbaikan))
    }

    /// The same error about another field (a value given under another name).
    public func renamed(to field: String) -> InputError {
        InputError(field: field, value: value, problem: problem, fix: fix, indonesian: indonesian)
    }

    public var description: String {
        "\(field): \"\(value)\" \(problem). \(fix)"
    }

    /// The whole message in `language`, naming the field as `field` (default: as the domain names it).
    public func message(_ language: Language, field: String? = nil) -> String {
        let field = field ?? self.field
        guard language == .indonesian else { return "\(field): \"\(value)\" \(problem). \(fix)" }
        guard let indonesian else { return "\(field): \"\(value)\" tidak dapat diterima (\(problem)). \(fix)" }
        return "\(field): \"\(value)\" \(indonesian.problem). \(indonesian.fix)"
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
