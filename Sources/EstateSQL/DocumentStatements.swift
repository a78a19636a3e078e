import EstateDomain
import EstateStore

/// The statements both engines run for a firm's documents (issue 17, item 3), and the two
/// decisions made inside their transactions: whether an upload still has a waiting place, and
/// whether a document is still undecided.
package enum DocumentStatements {
    static let columns = """
        id, nib, kind, number, CAST(valid_until AS TEXT), format, byte_count, sha256, CAST(uploaded_on AS TEXT), \
        uploaded_by, status, CAST(decided_on AS TEXT), decided_by, reason
        """

    /// The firm, if it is registered (an upload to another NIB is not found, before anything is
    /// written).
    package static func firm(_ nib: NIB) -> SQLStatement {
        SQLStatement("SELECT nib FROM tenants WHERE nib = ?", [.text(nib.digits)])
    }

    /// How many of the firm's documents wait for an officer.
    package static func waitingCount(_ nib: NIB) -> SQLStatement {
        SQLStatement(
            "SELECT count(*) FROM firm_documents WHERE nib = ? AND status = 'submitted'", [.text(nib.digits)])
    }

    /// Refuses an upload past the waiting places, in the firm's words; `count` was read inside
    /// the transaction that would write it, with the firm's other uploads held back.
    package static func checkWaitingPlace(count: Int64, nib: NIB) throws {
        guard count < Int64(DocumentUpload.waitingLimit) else { throw StoreError.documentsWaiting(count, nib: nib) }
    }

    /// The new document, waiting or (an officer's upload) accepted today by `actor`.
    package static func insert(
        _ upload: DocumentUpload, nib: NIB, accepted: Bool, on day: CivilDate, actor: String
    ) -> SQLStatement {
        SQLStatement(
            """
            INSERT INTO firm_documents (nib, kind, number, valid_until, format, byte_count, sha256, content, \
            uploaded_on, uploaded_by, status, decided_on, decided_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(nib.digits), .text(upload.kind.rawValue), .text(upload.number), .optionalDate(upload.validUntil),
                .text(upload.format.rawValue), .int(Int64(upload.content.count)), .text(AccessTokens.digest(bytes: upload.content)),
                .bytes(upload.content), .date(day.iso), .text(actor), .text(accepted ? "accepted" : "submitted"),
                accepted ? .date(day.iso) : .null, accepted ? .text(actor) : .null,
            ],
            subject: .record(what: "document of NIB", key: nib.digits))
    }

    /// The document the upload just wrote: the firm's newest (its uploads are ordered).
    package static func newest(_ nib: NIB) -> SQLStatement {
        SQLStatement(
            "SELECT \(columns) FROM firm_documents WHERE nib = ? ORDER BY id DESC LIMIT 1", [.text(nib.digits)])
    }

    package static func auditUploaded(_ document: FirmDocument, actor: String) -> SQLStatement {
        WriteStatements.audit(
            actor: actor, action: "upload document", subject: "document \(document.id)",
            after: WriteStatements.auditDocument([
                "nib": document.nib.digits, "kind": document.kind.rawValue, "number": document.number,
                "valid_until": document.validUntil?.iso ?? "", "format": document.format.rawValue,
                "bytes": String(document.byteCount), "sha256": document.sha256, "state": document.state.name,
            ]), record: AuditKeys.document(document.nib, document.id))
    }

    /// One document, locked for its decision where the engine can (PostgreSQL `FOR UPDATE`;
    /// SQLite's write transaction holds the whole file).
    package static func select(id: Int64, locking: Bool = false) -> SQLStatement {
        SQLStatement(
            "SELECT \(columns) FROM firm_documents WHERE id = ?" + (locking ? " FOR UPDATE" : ""), [.int(id)])
    }

    /// One document with its bytes last.
    package static func content(id: Int64) -> SQLStatement {
        SQLStatement("SELECT \(columns), content FROM firm_documents WHERE id = ?", [.int(id)])
    }

    /// Every document, or one firm's, newest first, without the bytes.
    package static func list(nib: NIB?) -> SQLStatement {
        guard let nib else { return SQLStatement("SELECT \(columns) FROM firm_documents ORDER BY id DESC") }
        return SQLStatement("SELECT \(columns) FROM firm_documents WHERE nib = ? ORDER BY id DESC", [.text(nib.digits)])
    }

    /// The decision on the document read (locked) in the same transaction: the statements that
    /// record it, and the document as decided. One already decided is refused in words.
    package static func decision(
        _ id: Int64, _ decision: SubmissionDecision, rows: [any SQLRowReader], on day: CivilDate, actor: String
    ) throws -> (decided: FirmDocument, statements: [SQLStatement]) {
        guard let stored = try rows.first.map(document) else { throw StoreError.notFound(what: "document", key: String(id)) }
        switch stored.state {
        case .submitted: break
        case .accepted(let on), .refused(let on, _):
            throw StoreError.refused(
                "document \(id) was already \(stored.state.name) on \(on.iso); nothing was changed",
                indonesian: "dokumen \(id) sudah \(stored.state.name == "accepted" ? "diterima" : "ditolak") pada "
                    + "\(on.iso); tidak ada yang diubah")
        }
        let reason: String? = if case .refuse(let why) = decision { why } else { nil }
        let state: ReviewState = reason.map { .refused(on: day, reason: $0) } ?? .accepted(on: day)
        let decided = FirmDocument(
            id: id, nib: stored.nib, kind: stored.kind, number: stored.number, validUntil: stored.validUntil,
            format: stored.format, byteCount: stored.byteCount, sha256: stored.sha256, uploadedOn: stored.uploadedOn,
            uploadedBy: stored.uploadedBy, state: state, decidedBy: actor)
        return (
            decided,
            [
                SQLStatement(
                    "UPDATE firm_documents SET status = ?, decided_on = ?, decided_by = ?, reason = ? WHERE id = ?",
                    [.text(state.name), .date(day.iso), .text(actor), .optionalText(reason), .int(id)],
                    subject: .record(what: "document", key: String(id))),
                WriteStatements.audit(
                    actor: actor, action: reason == nil ? "accept document" : "refuse document", subject: "document \(id)",
                    after: WriteStatements.auditDocument(["nib": stored.nib.digits, "reason": reason ?? ""]),
                    record: AuditKeys.document(stored.nib, id)),
            ]
        )
    }

    package static func document(_ row: any SQLRowReader) throws -> FirmDocument {
        let validUntil = try row.text(4).map { try CivilDate(parsing: $0, field: "valid_until") }
        let state: ReviewState =
            switch try row.text(10) {
            case "accepted": .accepted(on: try BillingQueries.date(row, 11))
            case "refused": .refused(on: try BillingQueries.date(row, 11), reason: try row.text(13) ?? "")
            default: .submitted
            }
        return FirmDocument(
            id: try row.int(0) ?? 0, nib: try NIB(parsing: try row.text(1) ?? ""),
            kind: DocumentKind(rawValue: try row.text(2) ?? "") ?? .other, number: try row.text(3) ?? "",
            validUntil: validUntil, format: DocumentFormat(rawValue: try row.text(5) ?? "") ?? .pdf,
            byteCount: Int(try row.int(6) ?? 0), sha256: try row.text(7) ?? "",
            uploadedOn: try BillingQueries.date(row, 8), uploadedBy: try row.text(9) ?? "", state: state,
            decidedBy: try row.text(12))
    }
}
