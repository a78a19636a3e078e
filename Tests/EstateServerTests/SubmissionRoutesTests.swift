import EstateDomain
import EstateStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import EstateServer

/// A firm's own account sends its yearly declaration; an officer accepts or refuses it (issue
/// 17, item 1), over HTTP: only accepted figures count in a verdict, the firm reads the state
/// and the reason, another firm sees none of it, and bad input is a 422 naming the field.
@Suite("HTTP: declarations a firm sends")
struct SubmissionRoutesTests {
    static let (firmA, firmB) = (ServerFixture.firmA, ServerFixture.firmB)
    static let figures = #"{"fiscal_year": 2026, "turnover": "24 miliar", "workers": 14, "local_workers": 10, "investment": 3900000000}"#

    @Test("the firm sends, waits, an officer accepts; then the figures count and the firm sees it accepted")
    func acceptance() async throws {
        let server = try await ServerFixture()
        let sent = try await server.send(
            .post, "/api/v1/tenants/\(Self.firmA)/declaration-submissions", firm: Self.firmA, json: Self.figures)
        #expect(sent.status == .created, "\(sent.text)")
        #expect(sent.object["state"] as? String == "submitted" && sent.object["turnover"] as? Int == 24_000_000_000)
        let id = try #require(sent.object["id"] as? Int)
        // Waiting: the firm's record has no 2026 declaration, so no verdict uses it.
        let waiting = try await server.send(.get, "/api/v1/tenants/\(Self.firmA)", firm: Self.firmA)
        #expect(!waiting.text.contains("24000000000"), "a waiting submission counted")
        let again = try await server.send(
            .post, "/api/v1/tenants/\(Self.firmA)/declaration-submissions?lang=en", firm: Self.firmA, json: Self.figures)
        #expect(again.status == .conflict && again.text.contains("already waiting for an officer"), "\(again.text)")
        #expect(!again.text.contains("UNIQUE") && !again.text.contains("declaration_submissions"), "database text: \(again.text)")
        #expect(try await server.send(.post, "/api/v1/declaration-submissions/\(id)/acceptance", firm: Self.firmA).status == .forbidden)
        let listed = try await server.send(.get, "/api/v1/declaration-submissions?state=submitted", as: .officer)
        #expect((listed.object["items"] as? [[String: Any]])?.first?["tenant"] as? String == "CV Baja Mandiri Sentosa")
        let accepted = try await server.send(.post, "/api/v1/declaration-submissions/\(id)/acceptance", as: .officer)
        #expect(accepted.status == .ok && accepted.object["state"] as? String == "accepted", "\(accepted.text)")
        let twice = try await server.send(.post, "/api/v1/declaration-submissions/\(id)/acceptance?lang=en", as: .officer)
        #expect(twice.status == .conflict && twice.text.contains("already accepted"), "\(twice.text)")
        let record = try await server.send(.get, "/api/v1/tenants/\(Self.firmA)", firm: Self.firmA)
        let years = (record.object["declarations"] as? [[String: Any]])?.compactMap { $0["fiscal_year"] as? Int } ?? []
        #expect(years.contains(2026), "\(record.text)")
        let own = try await server.send(.get, "/api/v1/declaration-submissions", firm: Self.firmA)
        #expect((own.object["items"] as? [[String: Any]])?.map { $0["state"] as? String } == ["accepted"])
        // Declared now: another send for the year is refused, saying whom to ask.
        let declared = try await server.send(
            .post, "/api/v1/tenants/\(Self.firmA)/declaration-submissions?lang=en", firm: Self.firmA, json: Self.figures)
        #expect(declared.status == .conflict && declared.text.contains("officers"), "\(declared.text)")
    }

    @Test("a refusal needs a reason, which the firm reads; firm B sees nothing of firm A's", arguments: ["id", "en"])
    func refusal(lang: String) async throws {
        let server = try await ServerFixture()
        let sent = try await server.send(
            .post, "/api/v1/tenants/\(Self.firmA)/declaration-submissions", firm: Self.firmA, json: Self.figures)
        let id = try #require(sent.object["id"] as? Int)
        for bad in [#"{"reason": ""}"#, #"{"reason": "=HYPERLINK(\"x\")"}"#, #"{}"#, #"{"reason": "a\u202Eb"}"#] {
            let refused = try await server.send(
                .post, "/api/v1/declaration-submissions/\(id)/refusal?lang=\(lang)", as: .officer, json: bad)
            #expect([.unprocessableContent, .badRequest].contains(refused.status), "\(bad): \(refused.text)")
        }
        let refusal = try await server.send(
            .post, "/api/v1/declaration-submissions/\(id)/refusal", as: .officer,
            json: #"{"reason": "omzet tidak sesuai laporan keuangan 2026"}"#)
        #expect(refusal.status == .ok && refusal.object["state"] as? String == "refused", "\(refusal.text)")
        let own = try await server.send(.get, "/api/v1/declaration-submissions", firm: Self.firmA)
        #expect(own.text.contains("omzet tidak sesuai laporan keuangan 2026"))
        let other = try await server.send(.get, "/api/v1/declaration-submissions", firm: Self.firmB)
        #expect(other.object["total"] as? Int == 0, "\(other.text)")
        let asked = try await server.send(.get, "/api/v1/declaration-submissions?nib=\(Self.firmA)", firm: Self.firmB)
        #expect(asked.status == .notFound)
        let sendForA = try await server.send(
            .post, "/api/v1/tenants/\(Self.firmA)/declaration-submissions", firm: Self.firmB, json: Self.figures)
        #expect(sendForA.status == .notFound)
    }

    @Test("bad figures are a 422 naming the field; an unknown or malformed id is a 404; nothing is written")
    func badInput() async throws {
        let server = try await ServerFixture()
        let version = try await server.store.version()
        let cases = [
            (#"{"fiscal_year": 1989, "turnover": 1, "workers": 1, "local_workers": 1, "investment": 1}"#, "fiscal_year"),
            (#"{"fiscal_year": 2026, "turnover": 1, "workers": 10, "local_workers": 11, "investment": 1}"#, "local_workers"),
            (#"{"fiscal_year": 2026, "turnover": "banyak", "workers": 10, "local_workers": 1, "investment": 1}"#, "turnover"),
        ]
        let year = CivilDate.todayInBekasi.year
        let bounds = [
            (#"{"fiscal_year": \#(year + 1), "turnover": 1, "workers": 10, "local_workers": 1, "investment": 1}"#, "fiscal_year"),
            (#"{"fiscal_year": \#(year - 6), "turnover": 1, "workers": 10, "local_workers": 1, "investment": 1}"#, "fiscal_year"),
            (#"{"fiscal_year": \#(year), "turnover": 9223372036854775807, "workers": 10, "local_workers": 1, "investment": 1}"#, "turnover"),
            (#"{"fiscal_year": \#(year), "turnover": 1, "workers": 10, "local_workers": 1, "investment": 1000000000000001}"#, "investment"),
        ]
        for (body, field) in cases + bounds {
            let refused = try await server.send(
                .post, "/api/v1/tenants/\(Self.firmA)/declaration-submissions", firm: Self.firmA, json: body)
            #expect(refused.status == .unprocessableContent || refused.status == .badRequest, "\(body): \(refused.text)")
            #expect(refused.text.contains(field), "\(body): \(refused.text)")
        }
        for id in ["999", "0", "abc", "-1"] {
            let unknown = try await server.send(.post, "/api/v1/declaration-submissions/\(id)/acceptance", as: .officer)
            #expect(unknown.status == .notFound, "\(id): \(unknown.text)")
        }
        #expect(try await server.store.declarationSubmissions(nib: nil).isEmpty)
        #expect(try await server.store.version() == version)
        // A firm cannot backdate its filing: the day sent is the server's today, whatever the body says.
        let backdated = try await server.send(
            .post, "/api/v1/tenants/\(Self.firmA)/declaration-submissions", firm: Self.firmA,
            json: #"{"fiscal_year": 2026, "turnover": 1, "workers": 10, "local_workers": 1, "investment": 1, "declared_on": "2026-01-01"}"#)
        #expect(backdated.status == .created && backdated.object["submitted_on"] as? String == CivilDate.todayInBekasi.iso)
        // The bounds themselves are allowed: five years back, and exactly Rp1,000 trillion.
        let edge = try await server.send(
            .post, "/api/v1/tenants/\(Self.firmA)/declaration-submissions", firm: Self.firmA,
            json: #"{"fiscal_year": \#(year - 5), "turnover": 1000000000000000, "workers": 10, "local_workers": 1, "investment": 1}"#)
        #expect(edge.status == .created, "\(edge.text)")
    }
}
