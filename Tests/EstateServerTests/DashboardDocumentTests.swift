import EstateDomain
import EstateStore
import EstateTestSupport
import Foundation
import HTTPTypes
import Testing

@testable import EstateServer

/// The tenant page's documents (issue 17, item 3): the firm uploads through a multipart form
/// carrying the session's CSRF value; a file that is not a PDF, JPEG or PNG is refused in the
/// page's language with the values kept; an officer accepts it on the same page; each row links
/// to its file.
@Suite("dashboard: a firm's documents")
struct DashboardDocumentTests {
    static let page = "/dashboard/tenants/\(ServerFixture.firmA)"

    static func upload(
        _ server: ServerFixture, _ cookie: String, csrf: String?, file: [UInt8], number: String = "PB-2026-0042"
    ) async throws -> TestResponseText {
        var fields = [("kind", "business_permit"), ("number", number), ("valid_until", "2027-01-31")]
        if let csrf { fields.insert(("csrf", csrf), at: 0) }
        let form = SampleFiles.multipart(fields, file: file)
        let response = try await server.send(
            .post, "\(Self.page)/documents",
            headers: [.cookie: cookie, .contentType: "multipart/form-data; boundary=\(form.boundary)"], bytes: form.body)
        return TestResponseText(status: response.status.code, text: response.text, location: response.headers[.location])
    }

    @Test("the firm uploads, a bad file is refused in its language, an officer accepts, the firm downloads", arguments: ["id", "en"])
    func uploadAndAccept(lang: String) async throws {
        let server = try await ServerFixture()
        let firm = "\(server.firmSessions[ServerFixture.firmA]!); lang=\(lang)"
        let officer = "\(server.sessions[.officer]!); lang=\(lang)"
        let shown = try await server.send(.get, Self.page, headers: [.cookie: firm])
        #expect(shown.text.contains(#"enctype="multipart/form-data""#), "no upload form for the firm")
        let csrf = try #require(DashboardFlowTests.field("csrf", in: shown.text))
        let forged = try await Self.upload(server, firm, csrf: nil, file: SampleFiles.pdf())
        #expect(forged.status == 403, "an upload without the CSRF value: \(forged.status)")
        let html = try await Self.upload(server, firm, csrf: csrf, file: SampleFiles.html, number: "PB-KEPT-1")
        #expect(html.status == 422 && html.text.contains(lang == "id" ? "halaman HTML" : "an HTML page"), "\(html.text)")
        #expect(html.text.contains(#"value="PB-KEPT-1""#), "the number typed is kept")
        #expect(try await server.store.documents(nib: nil).isEmpty)
        let sent = try await Self.upload(server, firm, csrf: csrf, file: SampleFiles.pdf())
        #expect(sent.status == 303 && sent.location?.contains("done=document-sent") == true, "\(sent.status) \(sent.text)")
        let id = try #require(try await server.store.documents(nib: nil).first?.id)
        let waiting = try await server.send(.get, Self.page, headers: [.cookie: officer])
        #expect(waiting.text.contains("/documents/\(id)/acceptance"), "the officer has no accept button")
        let officerCSRF = try #require(DashboardFlowTests.field("csrf", in: waiting.text))
        let selfAccept = try await server.send(
            .post, "\(Self.page)/documents/\(id)/acceptance",
            headers: [.cookie: firm, .contentType: "application/x-www-form-urlencoded"], body: "csrf=\(csrf)")
        #expect(selfAccept.status == .forbidden)
        let accepted = try await server.send(
            .post, "\(Self.page)/documents/\(id)/acceptance",
            headers: [.cookie: officer, .contentType: "application/x-www-form-urlencoded"], body: "csrf=\(officerCSRF)")
        #expect(accepted.status == .seeOther, "\(accepted.text)")
        let read = try await server.send(.get, Self.page, headers: [.cookie: firm])
        #expect(read.text.contains(lang == "id" ? "diterima" : "accepted") && read.text.contains("/api/v1/documents/\(id)/content"))
        let file = try await server.send(.get, "/api/v1/documents/\(id)/content", headers: [.cookie: firm])
        #expect(file.status == .ok && Array(file.body.readableBytesView) == SampleFiles.pdf())
    }

    @Test("an officer's upload from the page is kept accepted; firm B's page takes no upload from firm A")
    func officerAndOtherFirm() async throws {
        let server = try await ServerFixture()
        let officer = server.sessions[.officer]!
        let shown = try await server.send(.get, Self.page, headers: [.cookie: officer])
        let csrf = try #require(DashboardFlowTests.field("csrf", in: shown.text))
        let kept = try await Self.upload(server, officer, csrf: csrf, file: SampleFiles.jpeg)
        #expect(kept.status == 303 && kept.location?.contains("done=document-kept") == true, "\(kept.text)")
        let stored = try #require(try await server.store.documents(nib: nil).first)
        #expect(stored.format == .jpeg && stored.state != .submitted)
        let firmA = server.firmSessions[ServerFixture.firmA]!
        let own = try await server.send(.get, Self.page, headers: [.cookie: firmA])
        let firmCSRF = try #require(DashboardFlowTests.field("csrf", in: own.text))
        let form = SampleFiles.multipart([("csrf", firmCSRF), ("kind", "other"), ("number", "X")], file: SampleFiles.pdf())
        let other = try await server.send(
            .post, "/dashboard/tenants/\(ServerFixture.firmB)/documents",
            headers: [.cookie: firmA, .contentType: "multipart/form-data; boundary=\(form.boundary)"], bytes: form.body)
        #expect(other.status == .notFound)
        #expect(try await server.store.documents(nib: nil).count == 1)
    }
}
