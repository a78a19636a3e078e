import EstateDomain
import EstateStore
import Foundation

/// The fixture's store as the server sees it, counting the server's token look-ups and whole-estate
/// loads, so that a test can tell what the server asked the store from what it answered from memory.
final class TokenLookupCounter: StoreService, @unchecked Sendable {
    let base: any StoreService
    /// Shared by every scoped view of this store.
    private let counted: Count

    init(_ base: any StoreService) {
        self.base = base
        counted = Count()
    }

    private init(_ base: any StoreService, counted: Count) {
        self.base = base
        self.counted = counted
    }

    private final class Count: @unchecked Sendable {
        let lock = NSLock()
        var value = 0
        var loads = 0
    }

    /// How many times the server asked the store for a token so far.
    var lookups: Int { counted.lock.withLock { counted.value } }

    func token(id: String) async throws -> StoredToken? {
        counted.lock.withLock { counted.value += 1 }
        return try await base.token(id: id)
    }

    var estateID: Int64 { base.estateID }
    func scoped(to estate: EstateListing) -> TokenLookupCounter {
        TokenLookupCounter(base.scoped(to: estate), counted: counted)
    }
    func addEstate(_ estate: NewEstate, actor: String) async throws -> EstateListing {
        try await base.addEstate(estate, actor: actor)
    }

    func migrate() async throws -> [MigrationFile] { try await base.migrate() }
    func appliedMigrations() async throws -> [AppliedMigration] { try await base.appliedMigrations() }
    /// How many times the server loaded a whole estate so far (its snapshot cache missed).
    var estateLoads: Int { counted.lock.withLock { counted.loads } }

    func loadEstate() async throws -> Estate? {
        counted.lock.withLock { counted.loads += 1 }
        return try await base.loadEstate()
    }
    func estates() async throws -> [EstateListing] { try await base.estates() }
    func write(_ batch: EstateBatch, actor: String, dryRun: Bool) async throws -> WriteSummary {
        try await base.write(batch, actor: actor, dryRun: dryRun)
    }
    func commit(_ commit: AllocationCommit, actor: String) async throws -> CommittedAllocation {
        try await base.commit(commit, actor: actor)
    }
    func amend(_ change: EstateChange, actor: String) async throws -> ChangeOutcome {
        try await base.amend(change, actor: actor)
    }
    func version() async throws -> Int64 { try await base.version() }
    func occupancyFigures(asOf date: CivilDate) async throws -> OccupancyFigures {
        try await base.occupancyFigures(asOf: date)
    }
    func auditLog(_ query: AuditQuery) async throws -> [AuditEntry] { try await base.auditLog(query) }
    func createToken(_ token: StoredToken, actor: String) async throws { try await base.createToken(token, actor: actor) }
    func revokeToken(_ idOrName: String, actor: String) async throws -> Bool {
        try await base.revokeToken(idOrName, actor: actor)
    }
    func tokens() async throws -> [StoredToken] { try await base.tokens() }
    func commit(
        _ commit: AllocationCommit, actor: String, idempotency: IdempotencyKey
    ) async throws -> IdempotentCommit {
        try await base.commit(commit, actor: actor, idempotency: idempotency)
    }
    func ping() async throws { try await base.ping() }
    func importTariffs(_ tariffs: [Sourced<Tariff>], actor: String, dryRun: Bool) async throws -> TariffImport {
        try await base.importTariffs(tariffs, actor: actor, dryRun: dryRun)
    }
    func tariffs() async throws -> [Tariff] { try await base.tariffs() }
    func updateBillingProfile(_ change: BillingProfileChange, actor: String) async throws -> BillingProfile {
        try await base.updateBillingProfile(change, actor: actor)
    }
    func billingProfile() async throws -> BillingProfile? { try await base.billingProfile() }
    func taxRates() async throws -> [TaxRate] { try await base.taxRates() }
    func runInvoices(_ period: BillingPeriod, actor: String, dryRun: Bool) async throws -> InvoiceRun {
        try await base.runInvoices(period, actor: actor, dryRun: dryRun)
    }
    func cancelInvoice(_ number: InvoiceNumber, reason: String, actor: String) async throws -> Invoice {
        try await base.cancelInvoice(number, reason: reason, actor: actor)
    }
    func invoices(_ query: InvoiceQuery) async throws -> [Invoice] { try await base.invoices(query) }
    func recordPayment(_ payment: Payment, actor: String) async throws -> PaymentRecord {
        try await base.recordPayment(payment, actor: actor)
    }
    func reversePayment(_ reference: String, reversal: String, on date: CivilDate, reason: String, actor: String)
        async throws -> PaymentRecord
    {
        try await base.reversePayment(reference, reversal: reversal, on: date, reason: reason, actor: actor)
    }
    func payments(nib: NIB?) async throws -> [PaymentRecord] { try await base.payments(nib: nib) }
    func moneyRecords(nib: NIB?) async throws -> MoneyRecords { try await base.moneyRecords(nib: nib) }
    func submitDeclaration(_ declaration: Declaration, for nib: NIB, actor: String) async throws
        -> DeclarationSubmission
    {
        try await base.submitDeclaration(declaration, for: nib, actor: actor)
    }
    func declarationSubmissions(nib: NIB?) async throws -> [DeclarationSubmission] {
        try await base.declarationSubmissions(nib: nib)
    }
    func decideDeclarationSubmission(_ id: Int64, _ decision: SubmissionDecision, actor: String) async throws
        -> DeclarationSubmission
    {
        try await base.decideDeclarationSubmission(id, decision, actor: actor)
    }
    func uploadDocument(_ upload: DocumentUpload, for nib: NIB, accepted: Bool, actor: String) async throws
        -> FirmDocument
    {
        try await base.uploadDocument(upload, for: nib, accepted: accepted, actor: actor)
    }
    func documents(nib: NIB?) async throws -> [FirmDocument] { try await base.documents(nib: nib) }
    func document(_ id: Int64) async throws -> FirmDocument? { try await base.document(id) }
    func documentContent(_ id: Int64) async throws -> (document: FirmDocument, content: [UInt8])? {
        try await base.documentContent(id)
    }
    func decideDocument(_ id: Int64, _ decision: SubmissionDecision, actor: String) async throws -> FirmDocument {
        try await base.decideDocument(id, decision, actor: actor)
    }
    func setRecipient(_ recipient: MailRecipient, actor: String) async throws {
        try await base.setRecipient(recipient, actor: actor)
    }
    func recipients() async throws -> [MailRecipient] { try await base.recipients() }
    func setPassword(tokenID: String, login: String, hash: String, at now: Int64, actor: String) async throws {
        try await base.setPassword(tokenID: tokenID, login: login, hash: hash, at: now, actor: actor)
    }
    func passwordLogin(_ login: String) async throws -> (token: StoredToken, hash: String)? {
        try await base.passwordLogin(login)
    }
    func enqueue(_ drafts: [OutboxDraft], at now: Int64) async throws -> Int { try await base.enqueue(drafts, at: now) }
    func claimOutbox(at now: Int64, leaseSeconds: Int64, claim: String) async throws -> OutboxEntry? {
        try await base.claimOutbox(at: now, leaseSeconds: leaseSeconds, claim: claim)
    }
    func recordOutbox(_ id: Int64, claim: String, _ step: OutboxStep, at now: Int64) async throws -> Bool {
        try await base.recordOutbox(id, claim: claim, step, at: now)
    }
    func outbox(state: OutboxState?) async throws -> [OutboxEntry] { try await base.outbox(state: state) }
    func retryOutbox(_ id: Int64, at now: Int64, actor: String) async throws -> OutboxEntry {
        try await base.retryOutbox(id, at: now, actor: actor)
    }
    func startSession(_ session: StoredSession, actor: String) async throws {
        try await base.startSession(session, actor: actor)
    }
    func session(secretSHA256: String) async throws -> StoredSession? { try await base.session(secretSHA256: secretSHA256) }
    func touchSession(id: String, at now: Int64) async throws { try await base.touchSession(id: id, at: now) }
    func endSession(id: String, at now: Int64, reason: String, actor: String) async throws -> Bool {
        try await base.endSession(id: id, at: now, reason: reason, actor: actor)
    }
    func openSessions() async throws -> [StoredSession] { try await base.openSessions() }
    func serverKey(_ name: String, proposed: String) async throws -> String {
        try await base.serverKey(name, proposed: proposed)
    }
    func auditRefusal(_ refusal: AuditedRefusal) async throws {
        try await base.auditRefusal(refusal)
    }
    func reachable() async -> Bool { await base.reachable() }
}
