import EstateDomain
import Testing

@Suite("Typed names and reasons (FreeText)")
struct FreeTextTests {
    @Test(
        "accepted: at most the limit as given, trimmed, formula characters only inside",
        arguments: [
            ("CV Baja Mandiri", "CV Baja Mandiri"), ("  CV Baja  ", "CV Baja"),
            (String(repeating: "a", count: 200), String(repeating: "a", count: 200)),
            (" " + String(repeating: "a", count: 198) + " ", String(repeating: "a", count: 198)),
            ("CV A=B", "CV A=B"), ("PT 3-Logam", "PT 3-Logam"), ("'=x", "'=x"),
            ("CV Robert'); DROP TABLE tenants; --", "CV Robert'); DROP TABLE tenants; --"),
            // Joiners stay (some scripts need them), and so does text in any script.
            ("CV Baja\u{200D}Mandiri", "CV Baja\u{200D}Mandiri"), ("UD Sinar Jaya — Cikarang", "UD Sinar Jaya — Cikarang"),
            ("مؤسسة", "مؤسسة"),
        ])
    func accepted(input: String, stored: String) throws {
        #expect(try FreeText.checked(input, field: "name", limit: 200, example: "CV X") == stored)
    }

    @Test(
        "refused, naming the field and the reason",
        arguments: [
            ("", "is empty"), ("   ", "is empty"),
            (String(repeating: "a", count: 201), "201 characters long, more than 200"),
            // Counted as given, as the API document's maxLength counts: spaces around it included.
            ("  " + String(repeating: "a", count: 199), "201 characters long, more than 200"),
            ("=cmd|' /C calc'!A0", "starts with \"=\""), ("+cmd|' /C calc'!A0", "starts with \"+\""),
            ("-2+3+cmd|' /C calc'!A0", "starts with \"-\""), ("@SUM(1+1)*cmd|' /C calc'!A0", "starts with \"@\""),
            ("  =1+1", "starts with \"=\""), ("CV Baja\nMandiri", "control character or line break"),
            // Around the text as well as inside it, as the API document's pattern refuses it.
            ("\u{0C}!4 Baja", "control character or line break"), ("CV Baja\n", "control character or line break"),
            // Invisible characters that reorder or hide text (issue 17's security review).
            ("CV \u{202E}ajaB", "invisible character U+202E"), ("CV \u{2066}Baja\u{2069}", "invisible character U+2066"),
            ("CV Ba\u{200B}ja", "invisible character U+200B"), ("\u{FEFF}CV Baja", "invisible character U+FEFF"),
            ("CV Ba\u{0085}ja", "invisible character U+0085"), ("CV Baja\u{7F}", "invisible character U+007F"),
            ("CV \u{200F}Baja", "invisible character U+200F"), ("CV Baja\u{2028}Mandiri", "invisible character U+2028"),
        ])
    func refused(input: String, problem: String) {
        #expect {
            try FreeText.checked(input, field: "name", limit: 200, example: "CV X")
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.field == "name" && error.problem.contains(problem)
        }
    }

    @Test("a tenant, a partnership and a termination refuse formula text; a 10 kB name is refused and echoed short")
    func entities() throws {
        let nib = try NIB(parsing: "9120983690060")
        let npwp = try NPWP(parsing: "012345678431000")
        let kbli = [try KBLI(parsing: "25111")]
        #expect(throws: InputError.self) {
            try Tenant(nib: nib, legalName: "=HYPERLINK(\"x\")", npwp: npwp, kbli: kbli)
        }
        let since = try CivilDate(parsing: "2024-01-01", field: "since")
        #expect(throws: InputError.self) { try Partnership(partner: "@x", product: "baut", since: since) }
        #expect(throws: InputError.self) { try Partnership(partner: "PT X", product: "-1+1", since: since) }
        let end = try CivilDate(parsing: "2027-01-01", field: "end")
        #expect(throws: InputError.self) {
            try Lease(plotCode: "A-01", nib: nib, start: since, end: end, state: .terminated(on: end, reason: "+x"))
        }
        #expect {
            try Tenant(nib: nib, legalName: String(repeating: "Logam", count: 2048), npwp: npwp, kbli: kbli)
        } throws: { ($0 as? InputError)?.value.count == 80 }
    }

    @Test("a firm's address holds 300 characters and its contact 200, one more is refused", arguments: [
        (300, 200, true), (301, 200, false), (300, 201, false),
    ])
    func contactLimits(address: Int, contact: Int, accepted: Bool) {
        let make = { try TenantContact(address: String(repeating: "a", count: address), contact: String(repeating: "b", count: contact)) }
        if accepted {
            #expect(throws: Never.self) { try make() }
        } else {
            #expect(throws: InputError.self) { try make() }
        }
    }
}
