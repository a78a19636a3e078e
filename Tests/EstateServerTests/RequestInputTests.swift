import EstateAPIDocument
import EstateDomain
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import EstateServer

/// What the fuzzing of the OpenAPI document found: nulls read as absent, numbers refused as
/// "not JSON", percent-encoded path parameters, a section ignored outside CSV; and the
/// document's patterns checked against the readers they describe.
@Suite("Request input and the document's patterns")
struct RequestInputTests {
    @Test(
        "null in a known body field is refused naming it, and nothing is written; null in an unknown key is ignored",
        arguments: [
            ("/api/v1/allocation/proposals", #"{"as_of": null}"#, "as_of"),
            ("/api/v1/allocation/proposals", #"{"policy": "optimal", "seed": null}"#, "seed"),
            (
                "/api/v1/tenants/9120472073788/declarations",
                #"{"fiscal_year": 2026, "turnover": 1, "workers": 12, "local_workers": 3, "investment": 1, "declared_on": null}"#,
                "declared_on"
            ),
            ("/api/v1/plots/C-07/withdrawal", #"{"on": null}"#, "on"),
        ])
    func nullRefused(path: String, json: String, field: String) async throws {
        let server = try await ServerFixture()
        let before = try await server.store.version()
        let response = try await server.send(.post, path, as: .admin, json: json)
        #expect(response.status == .unprocessableContent)
        #expect(response.object["field"] as? String == field)
        #expect((response.object["detail"] as? String)?.contains("null") == true)
        #expect(try await server.store.version() == before)
    }

    @Test(
        "a value of the wrong JSON kind is refused in JSON's words, naming the field (never a Swift type)",
        arguments: [
            ("[]", nil, "The body must be a JSON object"),
            (#"{"nib": [1], "name": "CV X", "npwp": "0012345678431000", "kbli": ["25111"]}"#, "nib", "nib must be a JSON string"),
            (#"{"nib": "9120000000999", "name": "CV X", "npwp": "0012345678431000", "kbli": "25111"}"#, "kbli", "kbli must be a JSON array"),
            (#"{"nib": "9120000000999", "name": "CV X", "npwp": "0012345678431000", "kbli": [25111]}"#, "kbli.0", "kbli.0 must be a JSON string"),
        ] as [(String, String?, String)])
    func wrongKind(json: String, field: String?, detail: String) async throws {
        let server = try await ServerFixture()
        let response = try await server.send(
            .post, "/api/v1/tenants", as: .officer, headers: [.acceptLanguage: "en"], json: json)
        #expect(response.status == .unprocessableContent)
        #expect(response.object["field"] as? String == field)
        let text = try #require(response.object["detail"] as? String)
        #expect(text.hasPrefix(detail), "\(text)")
        #expect(!text.contains("Array<") && !text.contains("Dictionary<") && !text.contains("Swift"))
    }

    @Test("null in a key the body does not have is ignored, like any unknown key")
    func unknownNullIgnored() async throws {
        let server = try await ServerFixture()
        let response = try await server.send(
            .post, "/api/v1/allocation/proposals", as: .officer, json: #"{"note": null, "as_of": "2026-06-30"}"#)
        #expect(response.status == .ok)
    }

    @Test(
        "a number no field takes is a 422 naming the field, not a body that is \"not JSON\"",
        arguments: [
            ("/api/v1/tenants/9120472073788/declarations", "workers", "1.5"),
            ("/api/v1/tenants/9120472073788/declarations", "workers", "185249161004270558317117440"),
            ("/api/v1/tenants/9120472073788/declarations", "fiscal_year", "1e30"),
            ("/api/v1/plots", "area_m2", "-5.913940403523681e-192"),
        ])
    func unreadableNumber(path: String, field: String, number: String) async throws {
        let server = try await ServerFixture()
        var body: [String: String] =
            path.hasSuffix("declarations")
            ? ["fiscal_year": "2026", "turnover": "1", "workers": "12", "local_workers": "3", "investment": "1"]
            : ["code": "\"C-99\"", "phase": "1", "area_m2": "100"]
        body[field] = number
        let json =
            "{" + body.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "}"
        let before = try await server.store.version()
        let response = try await server.send(.post, path, as: .admin, json: json)
        #expect(response.status == .unprocessableContent)
        #expect(response.object["field"] as? String == field)
        // The hint about decimals is for an area only.
        #expect((response.text.contains("decimal") || response.text.contains("desimal")) == field.contains("area"), "\(response.text)")
        #expect(try await server.store.version() == before)
    }

    @Test("two unreadable numbers: one of them is named; a body that is not JSON is still a 400")
    func twoUnreadableNumbers() async throws {
        let server = try await ServerFixture()
        let json = #"{"fiscal_year": 2026, "turnover": 1, "workers": 1.5, "local_workers": 1e30, "investment": 1}"#
        let both = try await server.send(.post, "/api/v1/tenants/9120472073788/declarations", as: .officer, json: json)
        #expect(both.status == .unprocessableContent)
        #expect(["workers", "local_workers"].contains(both.object["field"] as? String ?? ""))
        let broken = try await server.send(.post, "/api/v1/plots", as: .admin, json: #"{"code": "C-99","#)
        #expect(broken.status == .badRequest)
        #expect(broken.object["field"] == nil)
    }

    @Test("path parameters are percent-decoded before they are read and echoed")
    func percentDecodedPath() async throws {
        let server = try await ServerFixture()
        let spaced = try await server.send(.get, "/api/v1/tenants/9120%20472%20073788", as: .viewer)
        #expect(spaced.status == .ok)
        #expect(spaced.text.contains("\"9120472073788\""))
        let plot = try await server.send(.get, "/api/v1/plots/a%2D01", as: .viewer)
        #expect(plot.status == .ok)
        let garbage = try await server.send(.get, "/api/v1/tenants/%3Fx", as: .viewer)
        #expect(garbage.status == .unprocessableContent)
        #expect((garbage.object["detail"] as? String)?.contains("\"?x\"") == true)
    }

    @Test(
        "?section= must name one of the report's tables in every format",
        arguments: [
            ("occupancy", "sectors", "json", HTTPResponse.Status.ok),
            ("occupancy", "sectors", "csv", .ok),
            ("occupancy", "AAA", "json", .unprocessableContent),
            ("occupancy", "AAA", "html", .unprocessableContent),
            ("occupancy", "leases", "csv", .unprocessableContent),
            ("expiring", "leases", "markdown", .ok),
        ])
    func sectionChecked(kind: String, section: String, format: String, status: HTTPResponse.Status) async throws {
        let server = try await ServerFixture()
        let response = try await server.send(
            .get, "/api/v1/reports/\(kind)?as_of=\(ServerFixture.asOf)&section=\(section)&format=\(format)",
            as: .viewer)
        #expect(response.status == status)
        if status != .ok { #expect(response.object["field"] as? String == "section") }
    }

    // MARK: - The document's patterns against the readers they describe

    static func pattern(_ schema: String) throws -> NSRegularExpression {
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(try APIDocument.load().json.utf8)) as? [String: Any])
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        let pattern = try #require((schemas[schema] as? [String: Any])?["pattern"] as? String)
        return try NSRegularExpression(pattern: pattern)
    }

    static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    @Test("DateInput's pattern accepts exactly the days CivilDate reads, in both spellings, leap years included")
    func datePatternIsTheCalendar() throws {
        let regex = try Self.pattern("DateInput")
        var checked = 0
        for year in [0, 1, 4, 99, 100, 400, 1600, 1700, 1900, 2000, 2024, 2025, 2026, 2100, 2400, 9996, 9999] {
            for month in 0...13 {
                for day in 0...32 {
                    for text in [
                        String(format: "%04d-%02d-%02d", year, month, day),
                        String(format: "%02d/%02d/%04d", day, month, year),
                    ] {
                        let read = (try? CivilDate(parsing: text, field: "as_of")) != nil
                        #expect(Self.matches(regex, text) == read, "\(text): pattern and reader disagree")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 17 * 14 * 33 * 2)
    }

    @Test(
        "NIB, PlotCode and OneLineText patterns agree with the readers on boundary rows",
        arguments: [
            ("NIB", "9120304050607"), ("NIB", "9120.304.050.607"), ("NIB", "9120 3040 50607"),
            ("NIB", "912030405060"), ("NIB", "91203040506071"), ("NIB", ""), ("NIB", "912030405060a"),
            ("PlotCode", "A-01"), ("PlotCode", "a-01"), ("PlotCode", "-A01"), ("PlotCode", "A_01"),
            ("PlotCode", "ABCDEFGHIJKLMNOP"), ("PlotCode", "ABCDEFGHIJKLMNOPQ"), ("PlotCode", ""),
            ("OneLineText", "CV Baja Mandiri"), ("OneLineText", "=cmd|' /C calc'!A0"), ("OneLineText", "  -x"),
            ("OneLineText", "+62 Logam"), ("OneLineText", "@home"), ("OneLineText", "a\u{7}b"),
            ("OneLineText", "a\tb"), ("OneLineText", ""), ("OneLineText", "   "),
            ("OneLineText", "CV Robert'); DROP TABLE tenants; --"),
        ])
    func identifierPatterns(schema: String, text: String) throws {
        let regex = try Self.pattern(schema)
        let read: Bool
        switch schema {
        case "NIB": read = (try? NIB(parsing: text)) != nil
        case "PlotCode": read = (try? Plot.normalise(code: text)) != nil
        default: read = (try? FreeText.checked(text, field: "name", limit: 200, example: "CV X")) != nil
        }
        #expect(Self.matches(regex, text) == read, "\(schema) \"\(text)\": pattern and reader disagree")
    }
}

extension RequestInputTests {
    /// The property names of a body schema in the document, `allOf` parts included.
    static func properties(_ schema: String) throws -> Set<String> {
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(try APIDocument.load().json.utf8)) as? [String: Any])
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        func collect(_ node: [String: Any]) -> Set<String> {
            var names = Set((node["properties"] as? [String: Any] ?? [:]).keys)
            if let reference = node["$ref"] as? String,
                let target = schemas[String(reference.split(separator: "/").last!)] as? [String: Any]
            {
                names.formUnion(collect(target))
            }
            for part in node["allOf"] as? [[String: Any]] ?? [] { names.formUnion(collect(part)) }
            return names
        }
        return collect(try #require(schemas[schema] as? [String: Any]))
    }

    @Test(
        "each body's known keys (whose null is refused) are the properties of its schema in the document",
        arguments: [
            ("NewTenant", NewTenantBody.fields), ("NewDeclaration", NewDeclarationBody.fields),
            ("NewApplication", NewApplicationBody.fields), ("NewPlot", NewPlotBody.fields),
            ("OnDay", OnDayBody.fields), ("Termination", TerminationBody.fields),
            ("CommitRequest", ProposalBody.fields),
        ])
    func bodyFieldsMatchTheDocument(schema: String, fields: Set<String>) throws {
        #expect(try Self.properties(schema) == fields)
    }
}
