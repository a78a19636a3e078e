import EstateDomain
import EstateSQL
import EstateStore
import GRDB

/// The outbox in the embedded store: each step in one `BEGIN IMMEDIATE` transaction, so two
/// senders (two processes on one file) claim one after the other and never hold one entry.
extension SQLiteEstateStore: OutboxRepository {
    public func setRecipient(_ recipient: MailRecipient, actor: String) async throws {
        try await transaction { db in
            guard try Self.rows(db, DocumentStatements.firm(recipient.nib)).first != nil else {
                throw StoreError.notFound(what: "tenant", key: recipient.nib.digits)
            }
            try Self.run(db, [OutboxStatements.setRecipient(recipient), OutboxStatements.auditRecipient(recipient, actor: actor)]
                    + OutboxStatements.readdress(recipient))
        }
    }

    public func recipients() async throws -> [MailRecipient] {
        try await read { db in try Self.rows(db, OutboxStatements.recipients).map(OutboxStatements.recipient) }
    }

    public func enqueue(_ drafts: [OutboxDraft], at now: Int64) async throws -> Int {
        try await transaction { db in
            let before = try Self.rows(db, OutboxStatements.count).first?.int(0) ?? 0
            try Self.run(db, drafts.map { OutboxStatements.enqueue($0, at: now) })
            return Int((try Self.rows(db, OutboxStatements.count).first?.int(0) ?? 0) - before)
        }
    }

    public func claimOutbox(at now: Int64, leaseSeconds: Int64, claim: String) async throws -> OutboxEntry? {
        try await transaction { db in
            try Self.run(db, OutboxStatements.recover(at: now))
            let rows = try Self.rows(
                db, OutboxStatements.claim(at: now, until: now + leaseSeconds, claim: claim, skipLocked: false))
            return try rows.first.map(OutboxStatements.entry)
        }
    }

    public func recordOutbox(_ id: Int64, claim: String, _ step: OutboxStep, at now: Int64) async throws -> Bool {
        try await transaction { db in !(try Self.rows(db, OutboxStatements.record(id, claim: claim, step, at: now)).isEmpty) }
    }

    public func outbox(state: OutboxState?) async throws -> [OutboxEntry] {
        try await read { db in try Self.rows(db, OutboxStatements.list(state: state)).map(OutboxStatements.entry) }
    }

    public func retryOutbox(_ id: Int64, at now: Int64, actor: String) async throws -> OutboxEntry {
        try await transaction { db in
            guard let row = try Self.rows(db, OutboxStatements.retry(id, at: now)).first else {
                let found = try Self.rows(db, OutboxStatements.select(id)).first.map(OutboxStatements.entry)
                throw OutboxStatements.retryRefusal(id, found: found)
            }
            let entry = try OutboxStatements.entry(row)
            try Self.run(db, [OutboxStatements.auditRetry(entry, actor: actor)])
            return entry
        }
    }
}
