import EstateDomain
import EstateStore

/// The statements both engines run for the firms' mail addresses and the outbox (issue 17,
/// item 4). Each step of a delivery is a conditional update naming the sender's claim and
/// returning the row, so that a sender whose claim was recovered learns it and stops.
package enum OutboxStatements {
    static let columns = """
        id, nib, kind, key, recipient, language, subject, body, created_at, state, attempts, next_attempt_at, claim, \
        last_error, sent_at
        """

    package static func setRecipient(_ recipient: MailRecipient) -> SQLStatement {
        SQLStatement(
            """
            INSERT INTO mail_recipients (nib, email, language, opted_out) VALUES (?, ?, ?, ?)
            ON CONFLICT (nib) DO UPDATE SET email = excluded.email, language = excluded.language, opted_out = excluded.opted_out
            """,
            [
                .text(recipient.nib.digits), .text(recipient.email), .text(recipient.language.rawValue),
                .text(recipient.optedOut.map(\.rawValue).sorted().joined(separator: ",")),
            ],
            subject: .record(what: "mail recipient of NIB", key: recipient.nib.digits))
    }

    /// What a changed recipient does to the firm's messages still queued: they go to the new
    /// address, and the kinds it now opts out of are not sent (failed, saying why; a person's
    /// retry would still send one). Their text keeps the language it was written in.
    package static func readdress(_ recipient: MailRecipient) -> [SQLStatement] {
        var statements = [
            SQLStatement(
                "UPDATE outbox SET recipient = ? WHERE nib = ? AND state = 'queued'",
                [.text(recipient.email), .text(recipient.nib.digits)])
        ]
        let kinds = recipient.optedOut.map(\.rawValue).sorted()
        if !kinds.isEmpty {
            statements.append(
                SQLStatement(
                    "UPDATE outbox SET state = 'failed', last_error = 'not sent: the firm opted out of this kind after it was planned' "
                        + "WHERE nib = ? AND state = 'queued' AND kind IN (\(kinds.map { _ in "?" }.joined(separator: ", ")))",
                    [.text(recipient.nib.digits)] + kinds.map { .text($0) }))
        }
        return statements
    }

    package static func auditRecipient(_ recipient: MailRecipient, actor: String) -> SQLStatement {
        WriteStatements.audit(
            actor: actor, action: "set mail recipient", subject: "tenant \(recipient.nib.digits)",
            after: WriteStatements.auditDocument([
                "email": recipient.email, "language": recipient.language.rawValue,
                "opted_out": recipient.optedOut.map(\.rawValue).sorted().joined(separator: ","),
            ]), record: AuditKeys.tenant(recipient.nib))
    }

    package static let recipients = SQLStatement("SELECT nib, email, language, opted_out FROM mail_recipients ORDER BY nib")

    package static func recipient(_ row: any SQLRowReader) throws -> MailRecipient {
        let kinds = (try row.text(3) ?? "").split(separator: ",").compactMap { ReminderKind(rawValue: String($0)) }
        return try MailRecipient(
            nib: try NIB(parsing: try row.text(0) ?? ""), email: try row.text(1) ?? "",
            language: Language(rawValue: try row.text(2) ?? "") ?? .indonesian, optedOut: Set(kinds))
    }

    /// A draft, added once per key (a key already kept is skipped, not an error).
    package static func enqueue(_ draft: OutboxDraft, at now: Int64) -> SQLStatement {
        SQLStatement(
            """
            INSERT INTO outbox (nib, kind, key, recipient, language, subject, body, created_at, next_attempt_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING
            """,
            [
                .text(draft.nib.digits), .text(draft.kind.rawValue), .text(draft.key), .text(draft.recipient),
                .text(draft.language.rawValue), .text(draft.subject), .text(draft.body), .int(now), .int(now),
            ],
            subject: .record(what: "outbox entry", key: draft.key))
    }

    package static let count = SQLStatement("SELECT count(*) FROM outbox")

    /// Lost claims back where they belong: before the final dot, queued again; after it, unconfirmed.
    package static func recover(at now: Int64) -> [SQLStatement] {
        [
            SQLStatement(
                "UPDATE outbox SET state = 'queued', claim = NULL, claimed_until = NULL, "
                    + "last_error = 'the sender stopped before the message was sent' "
                    + "WHERE state = 'sending' AND claimed_until < ?", [.int(now)]),
            SQLStatement(
                "UPDATE outbox SET state = 'unconfirmed', claim = NULL, claimed_until = NULL, "
                    + "last_error = 'the sender stopped after the message may have reached the mail server' "
                    + "WHERE state = 'committing' AND claimed_until < ?", [.int(now)]),
        ]
    }

    /// Claims the oldest due entry; `skipLocked` on PostgreSQL, where senders run side by side
    /// (SQLite's write transaction already holds them apart).
    package static func claim(at now: Int64, until: Int64, claim: String, skipLocked: Bool) -> SQLStatement {
        SQLStatement(
            """
            UPDATE outbox SET state = 'sending', claim = ?, claimed_until = ?, attempts = attempts + 1
            WHERE id = (SELECT id FROM outbox WHERE state = 'queued' AND next_attempt_at <= ?
                        ORDER BY next_attempt_at, id LIMIT 1\(skipLocked ? " FOR UPDATE SKIP LOCKED" : ""))
            RETURNING \(columns)
            """, [.text(claim), .int(until), .int(now)])
    }

    /// The step under `claim`; no row back means the claim is gone.
    package static func record(_ id: Int64, claim: String, _ step: OutboxStep, at now: Int64) -> SQLStatement {
        let held = " WHERE id = ? AND claim = ? AND state IN ('sending', 'committing') RETURNING id"
        switch step {
        case .committing:
            return SQLStatement("UPDATE outbox SET state = 'committing'" + held, [.int(id), .text(claim)])
        case .sent:
            return SQLStatement(
                "UPDATE outbox SET state = 'sent', sent_at = ?, claim = NULL, claimed_until = NULL, last_error = NULL" + held,
                [.int(now), .int(id), .text(claim)])
        case .retry(let at, let error):
            return SQLStatement(
                "UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = ?, claim = NULL, claimed_until = NULL" + held,
                [.int(at), .text(String(error.prefix(500))), .int(id), .text(claim)])
        case .failed(let error):
            return SQLStatement(
                "UPDATE outbox SET state = 'failed', last_error = ?, claim = NULL, claimed_until = NULL" + held,
                [.text(String(error.prefix(500))), .int(id), .text(claim)])
        case .unconfirmed(let error):
            return SQLStatement(
                "UPDATE outbox SET state = 'unconfirmed', last_error = ?, claim = NULL, claimed_until = NULL" + held,
                [.text(String(error.prefix(500))), .int(id), .text(claim)])
        }
    }

    package static func list(state: OutboxState?) -> SQLStatement {
        guard let state else { return SQLStatement("SELECT \(columns) FROM outbox ORDER BY id DESC") }
        return SQLStatement("SELECT \(columns) FROM outbox WHERE state = ? ORDER BY id DESC", [.text(state.rawValue)])
    }

    package static func select(_ id: Int64) -> SQLStatement {
        SQLStatement("SELECT \(columns) FROM outbox WHERE id = ?", [.int(id)])
    }

    /// A person's retry: only a failed or unconfirmed entry, queued for `now`.
    package static func retry(_ id: Int64, at now: Int64) -> SQLStatement {
        SQLStatement(
            "UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = NULL "
                + "WHERE id = ? AND state IN ('failed', 'unconfirmed') RETURNING \(columns)", [.int(now), .int(id)])
    }

    package static func auditRetry(_ entry: OutboxEntry, actor: String) -> SQLStatement {
        WriteStatements.audit(
            actor: actor, action: "retry outbox entry", subject: "outbox \(entry.id)",
            after: WriteStatements.auditDocument(["key": entry.draft.key, "recipient": entry.draft.recipient]),
            record: AuditKeys.tenant(entry.draft.nib))
    }

    /// Why a retry did not queue the entry: unknown, or in a state a retry does not take.
    package static func retryRefusal(_ id: Int64, found: OutboxEntry?) -> StoreError {
        guard let found else { return .notFound(what: "outbox entry", key: String(id)) }
        return .refused(
            "outbox entry \(id) is \(found.state.rawValue); only a failed or unconfirmed one is sent again by hand",
            indonesian: "entri kotak keluar \(id) berstatus \(found.state.rawValue); hanya yang gagal atau belum "
                + "terkonfirmasi yang dikirim ulang")
    }

    package static func entry(_ row: any SQLRowReader) throws -> OutboxEntry {
        let draft = OutboxDraft(
            nib: try NIB(parsing: try row.text(1) ?? ""), kind: ReminderKind(rawValue: try row.text(2) ?? "") ?? .invoiceIssued,
            key: try row.text(3) ?? "", recipient: try row.text(4) ?? "",
            language: Language(rawValue: try row.text(5) ?? "") ?? .indonesian, subject: try row.text(6) ?? "",
            body: try row.text(7) ?? "")
        return OutboxEntry(
            id: try row.int(0) ?? 0, draft: draft, createdAt: try row.int(8) ?? 0,
            state: OutboxState(rawValue: try row.text(9) ?? "") ?? .queued, attempts: Int(try row.int(10) ?? 0),
            nextAttemptAt: try row.int(11) ?? 0, claim: try row.text(12), lastError: try row.text(13), sentAt: try row.int(14))
    }
}
