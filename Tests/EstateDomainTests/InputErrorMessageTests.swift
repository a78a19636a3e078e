import EstateDomain
import Testing

/// An input error's message in each language (issue 15, item 6): the Indonesian wording where it
/// is written, kept when the error is renamed, and a stated fallback where it is not.
@Suite("InputError: the message in the reader's language")
struct InputErrorMessageTests {
    @Test("a date that is not one, in Bahasa Indonesia and English")
    func date() throws {
        let error = try #require(throws: InputError.self) { try CivilDate(parsing: "31/02/2026", field: "since") }
        #expect(error.message(.english) == error.description)
        #expect(error.message(.english).hasPrefix(#"since: "31/02/2026" is not a date."#))
        let indonesian = error.message(.indonesian)
        #expect(indonesian.hasPrefix(#"since: "31/02/2026" "#) && !indonesian.contains("is not a date"), "\(indonesian)")
        #expect(error.message(.indonesian, field: "ended_on").hasPrefix(#"ended_on: "31/02/2026""#))
        #expect(error.renamed(to: "new_since").message(.indonesian) == "new_" + indonesian)
    }

    @Test("an error without an Indonesian wording says it is refused and quotes the English")
    func fallback() {
        let error = InputError(field: "x", value: "1", problem: "is odd", fix: "Write an even number.")
        #expect(error.message(.indonesian) == #"x: "1" tidak dapat diterima (is odd). Write an even number."#)
        #expect(error.message(.english) == #"x: "1" is odd. Write an even number."#)
    }
}
