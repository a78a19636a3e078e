import EstateDomain
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import EstateServer

/// A refusal is worded in the request's language (issue 15, item 6): a bad value (422) and a
/// change the record's state does not allow (409), each in Bahasa Indonesia without the English
/// wording, and in English.
@Suite("HTTP: refusals in the request's language")
struct RefusalLanguageTests {
    @Test(
        "a bad value and a refused change, in each language",
        arguments: [
            ("PATCH", "/api/v1/tenants/9120510758287", #"{"npwp": "12"}"#, 422, #"npwp: "12" bukan NPWP"#, "is not an NPWP"),
            (
                "POST", "/api/v1/leases/A-03/rescheduling", #"{"start": "2022-01-01", "end": "2027-06-01"}"#, 409,
                "Ditolak karena bertentangan dengan data yang ada: sewa kavling A-03", "has started"
            ),
        ])
    func language(method: String, path: String, json: String, status: Int, indonesian: String, english: String) async throws {
        let server = try await ServerFixture()
        let version = try await server.store.version()
        let verb: HTTPRequest.Method = method == "PATCH" ? .patch : .post
        let id = try await server.send(verb, path, as: .admin, headers: [.acceptLanguage: "id"], json: json)
        #expect(id.status.code == status && id.headers[.contentLanguage] == "id", "\(id.text)")
        let idDetail = id.object["detail"] as? String ?? ""
        #expect(idDetail.contains(indonesian) && !idDetail.contains(english), "\(idDetail)")
        let en = try await server.send(verb, path, as: .admin, headers: [.acceptLanguage: "en"], json: json)
        #expect(en.status.code == status && (en.object["detail"] as? String ?? "").contains(english), "\(en.text)")
        #expect(try await server.store.version() == version, "a refusal wrote something")
    }
}
