import EstateDomain
import EstateStore
import EstateTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import EstateServer

/// A firm's documents over HTTP (issue 17, item 3): the firm uploads its own (waiting), an
/// officer's is accepted; the format comes from the bytes; the file is served only as an
/// attachment, sandboxed; another firm reaches none of it by any route; bad input names its field.
@Suite("HTTP: a firm's documents")
struct DocumentRoutesTests {
    static let (firmA, firmB) = (ServerFixture.firmA, ServerFixture.firmB)
    static let upload = "/api/v1/tenants/\(ServerFixture.firmA)/documents?kind=business_permit&number=PB-2026-0042&valid_until=2027-01-31"

    @Test("the firm uploads, an officer accepts; the file comes back byte for byte as an attachment")
    func uploadAndDownload() async throws {
        let server = try await ServerFixture()
        let pdf = SampleFiles.pdf("izin")
        let sent = try await server.send(
            .post, Self.upload, firm: Self.firmA, headers: [.contentType: "application/pdf"], bytes: pdf)
        #expect(sent.status == .created, "\(sent.text)")
        #expect(sent.object["state"] as? String == "submitted" && sent.object["format"] as? String == "pdf")
        #expect(sent.object["sha256"] as? String == AccessTokens.digest(bytes: pdf))
        let id = try #require(sent.object["id"] as? Int)
        #expect(try await server.send(.post, "/api/v1/documents/\(id)/acceptance", firm: Self.firmA).status == .forbidden)
        let accepted = try await server.send(.post, "/api/v1/documents/\(id)/acceptance", as: .officer)
        #expect(accepted.status == .ok && accepted.object["state"] as? String == "accepted", "\(accepted.text)")
        let twice = try await server.send(.post, "/api/v1/documents/\(id)/acceptance?lang=en", as: .officer)
        #expect(twice.status == .conflict && twice.text.contains("already accepted"), "\(twice.text)")
        let file = try await server.send(.get, "/api/v1/documents/\(id)/content", firm: Self.firmA)
        #expect(file.status == .ok && Array(file.body.readableBytesView) == pdf)
        #expect(file.headers[.contentType] == "application/pdf")
        #expect(file.headers[.contentDisposition] == "attachment; filename=\"\(Self.firmA)-business_permit-\(id).pdf\"")
        #expect(file.headers[.contentSecurityPolicy]?.hasPrefix("sandbox") == true)
        #expect(file.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
        // An officer's upload (octet-stream: the bytes decide) is accepted as it is kept.
        let kept = try await server.send(
            .post, "/api/v1/tenants/\(Self.firmA)/documents?kind=withholding_slip&number=BP-7", as: .officer,
            headers: [.contentType: "application/octet-stream"], bytes: SampleFiles.png)
        #expect(kept.status == .created && kept.object["state"] as? String == "accepted" && kept.object["format"] as? String == "png")
        let own = try await server.send(.get, "/api/v1/documents", firm: Self.firmA)
        #expect(own.object["total"] as? Int == 2, "\(own.text)")
    }

    @Test("firm B reaches none of firm A's documents, by any route, with A's real numbers")
    func otherFirm() async throws {
        let server = try await ServerFixture()
        let sent = try await server.send(.post, Self.upload, as: .officer, bytes: SampleFiles.pdf())
        let id = try #require(sent.object["id"] as? Int)
        for path in ["/api/v1/documents/\(id)", "/api/v1/documents/\(id)/content", "/api/v1/documents?nib=\(Self.firmA)",
                     "/api/v1/estates/KAWASAN-1/documents/\(id)/content"] {
            let answer = try await server.send(.get, path, firm: Self.firmB)
            #expect(answer.status == .notFound, "\(path): \(answer.status) \(answer.text)")
            #expect(!answer.text.contains("PB-2026-0042"))
        }
        let listed = try await server.send(.get, "/api/v1/documents", firm: Self.firmB)
        #expect(listed.object["total"] as? Int == 0, "\(listed.text)")
        let expiring = try await server.send(.get, "/api/v1/expiring-documents", firm: Self.firmB)
        #expect(expiring.status == .ok && !expiring.text.contains(Self.firmA), "\(expiring.text)")
        let officer = try await server.send(.get, "/api/v1/expiring-documents", as: .viewer)
        #expect(officer.text.contains("PB-2026-0042") && officer.object["window_days"] as? Int == 90, "\(officer.text)")
        let upload = try await server.send(.post, Self.upload, firm: Self.firmB, bytes: SampleFiles.pdf())
        #expect(upload.status == .notFound)
        for decision in ["acceptance", "refusal"] {
            #expect(try await server.send(.post, "/api/v1/documents/\(id)/\(decision)", firm: Self.firmB).status == .forbidden)
        }
    }

    @Test("bad input names its field and writes nothing; a file too large is 413 before it is read")
    func badInput() async throws {
        let server = try await ServerFixture()
        let version = try await server.store.version()
        let html = try await server.send(
            .post, Self.upload + "&lang=en", firm: Self.firmA, headers: [.contentType: "application/pdf"], bytes: SampleFiles.html)
        #expect(html.status == .unprocessableContent && html.text.contains("an HTML page"), "\(html.text)")
        #expect(html.object["field"] as? String == "file" || html.text.contains("\"file\""), "\(html.text)")
        let form = try await server.send(
            .post, Self.upload, firm: Self.firmA, headers: [.contentType: "multipart/form-data; boundary=x"], bytes: SampleFiles.pdf())
        #expect(form.status == .unsupportedMediaType)
        for (query, field) in [("kind=ktp&number=1", "kind"), ("kind=other&number=", "number"),
                               ("kind=other&number=1&valid_until=2027-02-30", "valid_until")] {
            let answer = try await server.send(
                .post, "/api/v1/tenants/\(Self.firmA)/documents?\(query)", firm: Self.firmA, bytes: SampleFiles.pdf())
            #expect(answer.status == .unprocessableContent && answer.text.contains(field), "\(query): \(answer.text)")
        }
        let large = try await server.send(
            .post, Self.upload, firm: Self.firmA,
            headers: [.contentLength: String(DocumentUpload.maximumBytes + 1)], bytes: [UInt8](repeating: 0x25, count: DocumentUpload.maximumBytes + 1))
        #expect(large.status == .contentTooLarge, "\(large.status)")
        // A firm with its ten waiting places taken is refused before its file is read (409, not 413).
        for index in 0..<DocumentUpload.waitingLimit {
            _ = try await server.store.uploadDocument(
                try DocumentUpload(kind: .other, number: "W\(index)", validUntil: nil, content: SampleFiles.pdf("\(index)")),
                for: try NIB(parsing: Self.firmA), accepted: false, actor: "test")
        }
        let full = try await server.send(
            .post, Self.upload + "&lang=en", firm: Self.firmA, headers: [.contentLength: String(DocumentUpload.maximumBytes + 1)],
            bytes: [UInt8](repeating: 0x25, count: DocumentUpload.maximumBytes + 1))
        #expect(full.status == .conflict && full.text.contains("10 documents waiting"), "\(full.status) \(full.text)")
        for path in ["/api/v1/documents/0", "/api/v1/documents/abc/content", "/api/v1/documents/424242"] {
            #expect(try await server.send(.get, path, as: .viewer).status == .notFound, "\(path)")
        }
        #expect(try await server.store.version() == version)
        #expect(try await server.store.documents(nib: nil).count == DocumentUpload.waitingLimit)
    }
}
