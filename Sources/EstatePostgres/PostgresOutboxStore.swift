import EstateDomain
import EstateSQL
import EstateStore
import PostgresNIO

/// The outbox in PostgreSQL: senders on several servers claim entries side by side (`FOR UPDATE
/// SKIP LOCKED`, so two never hold one), and every later step is a conditional update under the
/// sender's claim, so a sender whose claim was recovered learns it before its final dot.
extension PostgresEstateStore: OutboxRepository {
    public func setRecipient(_ recipient: MailRecipient, actor: String) async throws {
        try await transaction { connection in
            guard try await self.rows(connection, DocumentStatements.firm(recipient.nib)).first != nil else {
                throw StoreError.notFound(what: "tenant", key: recipient.nib.digits)
            }
            try await self.executeAll(
                connection, [OutboxStatements.setRecipient(recipient), OutboxStatements.auditRecipient(recipient, actor: actor)]
                    + OutboxStatements.readdress(recipient))
        }
    }

    public func recipients() async throws -> [MailRecipient] {
        try await connection { try await self.rows($0, OutboxStatements.recipients).map(OutboxStatements.recipient) }
    }

    public func enqueue(_ drafts: [OutboxDraft], at now: Int64) async throws -> Int {
        try await transaction(checkingToken: false) { connection in
            let before = try await self.rows(connection, OutboxStatements.count).first?.int(0) ?? 0
            for draft in drafts { try await self.execute(connection, OutboxStatements.enqueue(draft, at: now)) }
            let after = try await self.rows(connection, OutboxStatements.count).first?.int(0) ?? 0
            return Int(after - before)
        }
    }

    public func claimOutbox(at now: Int64, leaseSeconds: Int64, claim: String) async throws -> OutboxEntry? {
        try await transaction(checkingToken: false) { connection in
            for statement in OutboxStatements.recover(at: now) { try await self.execute(connection, statement) }
            let rows = try await self.rows(
                connection, OutboxStatements.claim(at: now, until: now + leaseSeconds, claim: claim, skipLocked: true))
            return try rows.first.map(OutboxStatements.entry)
        }
    }

    public func recordOutbox(_ id: Int64, claim: String, _ step: OutboxStep, at now: Int64) async throws -> Bool {
        try await transaction(checkingToken: false) { connection in
            try await !self.rows(connection, OutboxStatements.record(id, claim: claim, step, at: now)).isEmpty
        }
    }

    public func outbox(state: OutboxState?) async throws -> [OutboxEntry] {
        try await connection { try await self.rows($0, OutboxStatements.list(state: state)).map(OutboxStatements.entry) }
    }

    public func retryOutbox(_ id: Int64, at now: Int64, actor: String) async throws -> OutboxEntry {
        try await transaction { connection in
            guard let row = try await self.rows(connection, OutboxStatements.retry(id, at: now)).first else {
                let found = try await self.rows(connection, OutboxStatements.select(id)).first.map(OutboxStatements.entry)
                throw OutboxStatements.retryRefusal(id, found: found)
            }
            let entry = try OutboxStatements.entry(row)
            try await self.execute(connection, OutboxStatements.auditRetry(entry, actor: actor))
            return entry
        }
    }
}
