import EstateDomain
import EstateStore
import Foundation

/// Reminders by e-mail (issue 17, item 4): the firms' addresses, planning the reminders due on
/// a day into the outbox (each in its recipient's language, once per key), the outbox's list and
/// a person's retry. Delivery is `OutboxSender`'s (EstateMail). Once for the CLI and the server.
extension EstateOperations {
    /// What planning did: how many entries it added, and the reminders it could not address.
    public struct ReminderPlan: Sendable {
        public let due: Int
        public let added: Int
        /// Firms with a reminder due and no address on file.
        public let withoutAddress: Set<NIB>
        public let optedOut: Int
    }

    /// Sets a firm's address, language and opt-outs.
    public func setRecipient(_ recipient: MailRecipient, actor: String) async throws {
        try await store.setRecipient(recipient, actor: actor)
    }

    public func recipients() async throws -> [MailRecipient] { try await store.recipients() }

    /// Plans the reminders due on `date` into the outbox: each firm's in its language, skipping
    /// the kinds it opted out of and the firms without an address (named in the answer).
    /// `estateCode` goes into the keys of the reminders about one estate's records (a lease, an
    /// application), whose plot codes and dates may repeat in another estate; a firm's
    /// declaration or document is the same in every estate and is planned once.
    public func planReminders(
        on date: CivilDate, estateCode: String? = nil, now: Int64 = Int64(Date().timeIntervalSince1970)
    ) async throws -> ReminderPlan {
        let estate = try await stored().estate
        let due = ReminderPlanner.due(
            estate: estate, money: try await store.moneyRecords(nib: nil), documents: try await store.documents(nib: nil),
            on: date)
        let recipients = Dictionary(try await store.recipients().map { ($0.nib, $0) }, uniquingKeysWith: { $1 })
        var drafts: [OutboxDraft] = []
        var withoutAddress: Set<NIB> = []
        var optedOut = 0
        for reminder in due {
            guard let recipient = recipients[reminder.nib] else {
                withoutAddress.insert(reminder.nib)
                continue
            }
            guard recipient.wants(reminder.kind) else {
                optedOut += 1
                continue
            }
            let text = reminder.text(recipient.language, association: estate.name)
            drafts.append(
                OutboxDraft(
                    nib: reminder.nib, kind: reminder.kind,
                    key: Self.outboxKey(reminder, estateCode: estateCode),
                    recipient: recipient.email,
                    language: recipient.language, subject: text.subject, body: text.body))
        }
        let added = drafts.isEmpty ? 0 : try await store.enqueue(drafts, at: now)
        return ReminderPlan(due: due.count, added: added, withoutAddress: withoutAddress, optedOut: optedOut)
    }

    /// The reminder's outbox key: with the estate's code for a lease's or an application's (the
    /// same plot code and dates may be in another estate), as it is for a firm's declaration or
    /// document (the same in every estate: one reminder), or an invoice (its number names its estate).
    public static func outboxKey(_ reminder: Reminder, estateCode: String?) -> String {
        guard let estateCode, [.leaseExpiring, .reconfirmationDue].contains(reminder.kind) else { return reminder.key }
        return "\(estateCode):\(reminder.key)"
    }

    /// The outbox, or its entries in one state, newest first.
    public func outbox(state: OutboxState? = nil) async throws -> [OutboxEntry] { try await store.outbox(state: state) }

    /// Queues a failed or unconfirmed entry again (a person decided it should go).
    public func retryOutbox(_ id: Int64, actor: String) async throws -> OutboxEntry {
        try await store.retryOutbox(id, at: Int64(Date().timeIntervalSince1970), actor: actor)
    }

    /// `--state` as people write it.
    public static func outboxState(_ text: String?, field: String) throws -> OutboxState? {
        guard let text else { return nil }
        guard let state = OutboxState(rawValue: text) else {
            let names = OutboxState.allCases.map(\.rawValue).joined(separator: ", ")
            throw InputError(
                field: field, value: text, problem: "is not an outbox state", fix: "Write one of \(names).",
                masalah: "bukan status kotak keluar", perbaikan: "Tuliskan salah satu dari \(names).")
        }
        return state
    }
}

extension EstateOperations {
    /// Plans the reminders due on `date` in every estate of the store (a firm's reminders may
    /// come from several); the totals of all.
    public static func planRemindersInEveryEstate(_ store: any StoreService, on date: CivilDate) async throws -> ReminderPlan {
        var (due, added, optedOut, without) = (0, 0, 0, Set<NIB>())
        for listing in try await store.estates() {
            let plan = try await EstateOperations(store: store.scoped(to: listing)).planReminders(
                on: date, estateCode: listing.code)
            due += plan.due
            added += plan.added
            optedOut += plan.optedOut
            without.formUnion(plan.withoutAddress)
        }
        return ReminderPlan(due: due, added: added, withoutAddress: without, optedOut: optedOut)
    }
}
