/// The accepted documents that stop being valid within the notice window (issue 17, item 3):
/// the officers chase their renewals. The window is the rule set's `expiring_within_days`,
/// the same notice the occupancy report gives for leases, so one versioned figure says how far
/// ahead the association looks.
public struct DocumentExpiry: Sendable, Hashable {
    public let document: FirmDocument
    /// Days from the report's date to the last valid day: negative when it has already lapsed.
    public let daysLeft: Int
    /// An accepted document of the same firm and kind that stays valid past the window (the
    /// renewal may already be on file); the expiring one is still listed, never hidden, since a
    /// firm may hold several permits of one kind.
    public let laterOfSameKind: FirmDocument?

    /// Whether its last valid day has passed.
    public var hasLapsed: Bool { daysLeft < 0 }

    /// Every document accepted by `date` whose last valid day is before `date` + `windowDays` (lapsed ones
    /// too), soonest first, then by firm and number. Documents without a last day never expire.
    public static func report(_ documents: [FirmDocument], on date: CivilDate, windowDays: Int) -> [DocumentExpiry] {
        let horizon = date.adding(days: windowDays)
        // Accepted by the report's date: a report for an earlier day shows what was on file then.
        let accepted = documents.filter { if case .accepted(let on) = $0.state { on <= date } else { false } }
        return accepted.compactMap { document -> DocumentExpiry? in
            guard let until = document.validUntil, until < horizon else { return nil }
            let later = accepted
                .filter { $0.nib == document.nib && $0.kind == document.kind && $0.id != document.id }
                .filter { ($0.validUntil.map { $0 >= horizon }) ?? true }
                .max { ($0.validUntil?.daysSinceEpoch ?? .max) < ($1.validUntil?.daysSinceEpoch ?? .max) }
            return DocumentExpiry(document: document, daysLeft: date.days(until: until), laterOfSameKind: later)
        }.sorted {
            ($0.document.validUntil!, $0.document.nib.digits, $0.document.number)
                < ($1.document.validUntil!, $1.document.nib.digits, $1.document.number)
        }
    }
}
