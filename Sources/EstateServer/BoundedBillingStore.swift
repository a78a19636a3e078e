import EstateDomain
import EstateStore

/// The money operations through the server's patience and limit, as every other call.
extension BoundedStore {
    func importTariffs(_ tariffs: [Sourced<Tariff>], actor: String, dryRun: Bool) async throws -> TariffImport {
        try await bounded(writing: true) { try await base.importTariffs(tariffs, actor: actor, dryRun: dryRun) }
    }
    func tariffs() async throws -> [Tariff] { try await bounded { try await base.tariffs() } }
    func updateBillingProfile(_ change: BillingProfileChange, actor: String) async throws -> BillingProfile {
        try await bounded(writing: true) { try await base.updateBillingProfile(change, actor: actor) }
    }
    func billingProfile() async throws -> BillingProfile? { try await bounded { try await base.billingProfile() } }
    func taxRates() async throws -> [TaxRate] { try await bounded { try await base.taxRates() } }
    func runInvoices(_ period: BillingPeriod, actor: String, dryRun: Bool) async throws -> InvoiceRun {
        try await bounded(writing: true) { try await base.runInvoices(period, actor: actor, dryRun: dryRun) }
    }
    func cancelInvoice(_ number: InvoiceNumber, reason: String, actor: String) async throws -> Invoice {
        try await bounded(writing: true) { try await base.cancelInvoice(number, reason: reason, actor: actor) }
    }
    func invoices(_ query: InvoiceQuery) async throws -> [Invoice] { try await bounded { try await base.invoices(query) } }
}

/// The payment operations through the server's patience and limit.
extension BoundedStore {
    func recordPayment(_ payment: Payment, actor: String) async throws -> PaymentRecord {
        try await bounded(writing: true) { try await base.recordPayment(payment, actor: actor) }
    }
    func reversePayment(_ reference: String, reversal: String, on date: CivilDate, reason: String, actor: String)
        async throws -> PaymentRecord
    {
        try await bounded(writing: true) {
            try await base.reversePayment(reference, reversal: reversal, on: date, reason: reason, actor: actor)
        }
    }
    func payments(nib: NIB?) async throws -> [PaymentRecord] { try await bounded { try await base.payments(nib: nib) } }
    func moneyRecords(nib: NIB?) async throws -> MoneyRecords { try await bounded { try await base.moneyRecords(nib: nib) } }
}

/// The declaration submissions through the server's patience and limit.
extension BoundedStore {
    func submitDeclaration(_ declaration: Declaration, for nib: NIB, actor: String) async throws
        -> DeclarationSubmission
    {
        try await bounded(writing: true) { try await base.submitDeclaration(declaration, for: nib, actor: actor) }
    }
    func declarationSubmissions(nib: NIB?) async throws -> [DeclarationSubmission] {
        try await bounded { try await base.declarationSubmissions(nib: nib) }
    }
    func decideDeclarationSubmission(_ id: Int64, _ decision: SubmissionDecision, actor: String) async throws
        -> DeclarationSubmission
    {
        try await bounded(writing: true) { try await base.decideDeclarationSubmission(id, decision, actor: actor) }
    }
}

/// The dashboard's sessions through the server's patience and limit.
extension BoundedStore {
    func startSession(_ session: StoredSession, actor: String) async throws {
        try await bounded(writing: true) { try await base.startSession(session, actor: actor) }
    }
    func session(secretSHA256: String) async throws -> StoredSession? {
        try await bounded { try await base.session(secretSHA256: secretSHA256) }
    }
    func touchSession(id: String, at now: Int64) async throws {
        try await bounded(writing: true) { try await base.touchSession(id: id, at: now) }
    }
    func endSession(id: String, at now: Int64, reason: String, actor: String) async throws -> Bool {
        try await bounded(writing: true) { try await base.endSession(id: id, at: now, reason: reason, actor: actor) }
    }
    func openSessions() async throws -> [StoredSession] { try await bounded { try await base.openSessions() } }
    func serverKey(_ name: String, proposed: String) async throws -> String {
        try await bounded(writing: true) { try await base.serverKey(name, proposed: proposed) }
    }
    func auditRefusal(_ refusal: AuditedRefusal) async throws {
        try await bounded(writing: true) { try await base.auditRefusal(refusal) }
    }
}

/// A firm's documents through the server's patience and limit.
extension BoundedStore {
    func uploadDocument(_ upload: DocumentUpload, for nib: NIB, accepted: Bool, actor: String) async throws
        -> FirmDocument
    {
        try await bounded(writing: true) { try await base.uploadDocument(upload, for: nib, accepted: accepted, actor: actor) }
    }
    func documents(nib: NIB?) async throws -> [FirmDocument] { try await bounded { try await base.documents(nib: nib) } }
    func document(_ id: Int64) async throws -> FirmDocument? { try await bounded { try await base.document(id) } }
    func documentContent(_ id: Int64) async throws -> (document: FirmDocument, content: [UInt8])? {
        try await bounded { try await base.documentContent(id) }
    }
    func decideDocument(_ id: Int64, _ decision: SubmissionDecision, actor: String) async throws -> FirmDocument {
        try await bounded(writing: true) { try await base.decideDocument(id, decision, actor: actor) }
    }
}

/// The outbox through the server's patience and limit.
extension BoundedStore {
    func setRecipient(_ recipient: MailRecipient, actor: String) async throws {
        try await bounded(writing: true) { try await base.setRecipient(recipient, actor: actor) }
    }
    func recipients() async throws -> [MailRecipient] { try await bounded { try await base.recipients() } }
    func enqueue(_ drafts: [OutboxDraft], at now: Int64) async throws -> Int {
        try await bounded(writing: true) { try await base.enqueue(drafts, at: now) }
    }
    func claimOutbox(at now: Int64, leaseSeconds: Int64, claim: String) async throws -> OutboxEntry? {
        try await bounded(writing: true) { try await base.claimOutbox(at: now, leaseSeconds: leaseSeconds, claim: claim) }
    }
    func recordOutbox(_ id: Int64, claim: String, _ step: OutboxStep, at now: Int64) async throws -> Bool {
        try await bounded(writing: true) { try await base.recordOutbox(id, claim: claim, step, at: now) }
    }
    func outbox(state: OutboxState?) async throws -> [OutboxEntry] { try await bounded { try await base.outbox(state: state) } }
    func retryOutbox(_ id: Int64, at now: Int64, actor: String) async throws -> OutboxEntry {
        try await bounded(writing: true) { try await base.retryOutbox(id, at: now, actor: actor) }
    }
}

/// Sign-in names and passwords through the server's patience and limit.
extension BoundedStore {
    func setPassword(tokenID: String, login: String, hash: String, at now: Int64, actor: String) async throws {
        try await bounded(writing: true) { try await base.setPassword(tokenID: tokenID, login: login, hash: hash, at: now, actor: actor) }
    }
    func passwordLogin(_ login: String) async throws -> (token: StoredToken, hash: String)? {
        try await bounded { try await base.passwordLogin(login) }
    }
}
