import EstateDomain
import EstateOperations
import Hummingbird

/// The tenant page's reminders by e-mail (issue 17, item 4): the firm's address, language and
/// the kinds it wants, which the firm's own account (or an officer) sets. The form calls the use
/// case the API and the CLI call.
extension Dashboard {
    /// `POST /dashboard/tenants/{nib}/mail-recipient`: a box per kind, ticked for the kinds wanted.
    func mailRecipientForm(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await tenantForm("mail", request, context) { form, nib in
            let unwanted = ReminderKind.allCases.filter { form["want_\($0.rawValue)"] == nil }.map(\.rawValue)
            let recipient = try MailRecipient.parse(
                nib: nib, email: form["email"] ?? "", language: form["language"], optedOut: unwanted,
                fields: ("language", "want"))
            try await api.operations.setRecipient(recipient, actor: context.caller!.actor)
            return "mail-set"
        }
    }

    /// The page's reminders part: the address on file (or the one just refused), its language,
    /// and each kind with its box.
    func mailSection(of nib: NIB, refusal: FormRefusal?, _ l: Language) async throws -> [String: Any] {
        let stored = try await api.operations.recipients().first { $0.nib == nib }
        let kept = refusal?.form == "mail" ? refusal?.values : nil
        let language = kept?["language"] ?? stored?.language.rawValue ?? "id"
        return [
            "mailAction": here.link("/dashboard/tenants/\(nib.digits)/mail-recipient"),
            "mailEmail": kept?["email"] ?? stored?.email ?? "", "mailIsEnglish": language == "en",
            "mailKinds": ReminderKind.allCases.map { kind in
                [
                    "value": kind.rawValue, "name": Self.reminderName(kind, l),
                    "wanted": kept.map { $0["want_\(kind.rawValue)"] != nil } ?? stored?.wants(kind) ?? true,
                ]
            },
        ]
    }

    static func reminderName(_ kind: ReminderKind, _ l: Language) -> String {
        switch (kind, l) {
        case (.invoiceIssued, .indonesian): "tagihan terbit"
        case (.invoiceIssued, .english): "invoice issued"
        case (.invoiceOverdue, .indonesian): "tagihan lewat jatuh tempo"
        case (.invoiceOverdue, .english): "invoice overdue"
        case (.leaseExpiring, .indonesian): "sewa akan berakhir"
        case (.leaseExpiring, .english): "lease ending"
        case (.reconfirmationDue, .indonesian): "konfirmasi ulang permohonan"
        case (.reconfirmationDue, .english): "application to reconfirm"
        case (.declarationDue, .indonesian): "laporan tahunan ditunggu"
        case (.declarationDue, .english): "yearly declaration due"
        case (.documentExpiring, .indonesian): "dokumen akan habis berlaku"
        case (.documentExpiring, .english): "document expiring"
        }
    }
}
