import EstateDomain
import Testing

@Suite("Business identifiers and dates")
struct IdentifierTests {
    @Test(
        "NIB is exactly 13 digits",
        arguments: [
            ("9120983690060", true), ("912098369006", false), ("91209836900601", false), ("912098369006a", false),
            ("9120 9836 90060", true), ("912098369006\u{0661}", false), ("９１２０９８３６９００６０", false),
        ])
    func nib(text: String, valid: Bool) {
        #expect(((try? NIB(parsing: text)) != nil) == valid)
    }

    @Test(
        "NPWP keeps the 16-digit form",
        arguments: [
            ("01.234.567.8-431.000", "0012345678431000"), ("012345678431000", "0012345678431000"),
            ("0012345678431000", "0012345678431000"),
        ])
    func npwp(text: String, stored: String) throws {
        #expect(try NPWP(parsing: text).digits == stored)
    }

    @Test(
        "NPWP of other lengths is refused", arguments: ["01234567843100", "00123456784310001", "01.234.567.8-431.00x"])
    func npwpRefused(text: String) {
        #expect(throws: InputError.self) { try NPWP(parsing: text) }
    }

    @Test("KBLI has a division")
    func kbli() throws {
        #expect(try KBLI(parsing: "25920").division == "25")
        #expect(throws: InputError.self) { try KBLI(parsing: "2592") }
        #expect(try KBLI(parsing: " 25920 ").code == "25920")
        #expect(throws: InputError.self) { try KBLI(parsing: "2592\u{0665}") }
    }

    @Test(
        "dates parse in ISO and Indonesian order",
        arguments: [
            ("2026-11-22", "2026-11-22"), ("22/11/2026", "2026-11-22"), ("29/02/2024", "2024-02-29"),
            ("2024-02-29", "2024-02-29"), (" 2026-11-22 ", "2026-11-22"), ("2026-1-5", "2026-01-05"),
        ])
    func dates(text: String, iso: String) throws {
        #expect(try CivilDate(parsing: text, field: "start").iso == iso)
    }

    @Test(
        "impossible dates are refused",
        arguments: ["2026-02-29", "2026-13-01", "31/04/2026", "2026/11/22", "tomorrow", "2026-00-10", "2026-11-2x"])
    func badDates(text: String) {
        #expect(throws: InputError.self) { try CivilDate(parsing: text, field: "start") }
    }

    @Test("day counting round-trips across leap years")
    func dayArithmetic() {
        let start = Fixtures.date("2024-02-28")
        #expect(start.adding(days: 1).iso == "2024-02-29")
        #expect(start.adding(days: 2).iso == "2024-03-01")
        #expect(start.days(until: Fixtures.date("2025-02-28")) == 366)
        for offset in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(daysSinceEpoch: offset).daysSinceEpoch == offset)
        }
    }

    @Test(
        "an estate code is upper-cased and trimmed, or refused naming the field",
        arguments: [
            ("kawasan-2", "KAWASAN-2"), (" A-1 ", "A-1"), ("ABCDEFGHIJKLMNOP", "ABCDEFGHIJKLMNOP"),
            ("ABCDEFGHIJKLMNOPQ", nil), ("-A", nil), ("", nil), ("KÄWASAN", nil), ("A 1", nil), ("A_1", nil),
        ] as [(String, String?)])
    func estateCode(input: String, expected: String?) throws {
        if let expected {
            #expect(try EstateCode.normalise(input) == expected)
        } else {
            #expect { try EstateCode.normalise(input, field: "estate") } throws: { error in
                (error as? InputError)?.field == "estate"
            }
        }
    }
}
