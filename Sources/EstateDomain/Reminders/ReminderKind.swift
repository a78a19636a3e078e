/// What a reminder by e-mail is about (issue 17, item 4); a firm may opt out of each kind.
public enum ReminderKind: String, Sendable, CaseIterable, Hashable, Codable {
    case invoiceIssued = "invoice_issued"
    case invoiceOverdue = "invoice_overdue"
    case leaseExpiring = "lease_expiring"
    case reconfirmationDue = "reconfirmation_due"
    case declarationDue = "declaration_due"
    case documentExpiring = "document_expiring"

    /// `kind` as people write it (`--opt-out`, `?kind=`).
    public static func parse(_ text: String, field: String) throws -> ReminderKind {
        guard let kind = ReminderKind(rawValue: text.trimmingSpaces) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            throw InputError(
                field: field, value: text, problem: "is not a kind of reminder", fix: "Write one of \(names).",
                masalah: "bukan jenis pengingat", perbaikan: "Tuliskan salah satu dari \(names).")
        }
        return kind
    }
}

/// Where a firm's reminders go: one address, the language it reads them in, and the kinds it
/// does not want. A firm with no recipient gets no e-mail (the officers see which).
public struct MailRecipient: Sendable, Hashable {
    public let nib: NIB
    public let email: String
    public let language: Language
    public let optedOut: Set<ReminderKind>

    /// Checks the address: one `local@domain` with a dot in the domain, no spaces, no angle
    /// brackets or line breaks (it goes into an SMTP command), at most 254 characters.
    public init(nib: NIB, email: String, language: Language, optedOut: Set<ReminderKind> = []) throws {
        let address = email.trimmingSpaces
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        let allowed = address.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && !"<>()[]\\,;:\"".unicodeScalars.contains($0) }
        guard address.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), allowed
        else {
            throw InputError(
                field: "email", value: email, problem: "is not an e-mail address",
                fix: "Write one address such as keuangan@bajamandiri.co.id.",
                masalah: "bukan alamat e-mail", perbaikan: "Tuliskan satu alamat, misalnya keuangan@bajamandiri.co.id.")
        }
        self.nib = nib
        self.email = address
        self.language = language
        self.optedOut = optedOut
    }

    /// Whether the firm wants reminders of `kind`.
    public func wants(_ kind: ReminderKind) -> Bool { !optedOut.contains(kind) }
}

extension MailRecipient {
    /// A recipient as people write it: the language `id` or `en` (nil: Bahasa Indonesia), and
    /// the kinds opted out of by name; each wrong part names its field (`fields`: the language's
    /// and the kinds' names as the caller spells them, e.g. `--language`, `opted_out`).
    public static func parse(
        nib: NIB, email: String, language: String?, optedOut: [String], fields: (language: String, kinds: String)
    ) throws -> MailRecipient {
        let chosen: Language
        if let language {
            guard let known = Language(rawValue: language) else {
                throw InputError(
                    field: fields.language, value: language, problem: "is not a language", fix: "Write id or en.",
                    masalah: "bukan bahasa", perbaikan: "Tuliskan id atau en.")
            }
            chosen = known
        } else {
            chosen = .indonesian
        }
        let kinds = try optedOut.map { try ReminderKind.parse($0, field: fields.kinds) }
        return try MailRecipient(nib: nib, email: email, language: chosen, optedOut: Set(kinds))
    }
}
