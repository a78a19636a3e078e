import EstateDomain

/// The billing profile as the CLI's JSON and the API show it.
public struct BillingProfileView: Encodable, Hashable, Sendable {
    public let name: String
    public let npwp: String?
    public let address: String?
    public let bankAccount: String?
    public let pkpChanges: [Change]

    public struct Change: Encodable, Hashable, Sendable {
        public let from: String
        public let isPkp: Bool
    }

    public init(_ profile: BillingProfile) {
        name = profile.name
        npwp = profile.npwp?.digits
        address = profile.address
        bankAccount = profile.bankAccount
        pkpChanges = profile.pkpChanges.map { Change(from: $0.from.iso, isPkp: $0.isPKP) }
    }

    /// The profile as lines of text; a hint how to set it when there is none.
    public static func text(_ profile: BillingProfile?, language: Language) -> String {
        let id = language == .indonesian
        guard let profile else {
            return id ? "Belum ada profil penagihan; isi dengan estate billing profile --name …"
                : "No billing profile yet; set it with estate billing profile --name …"
        }
        var lines = [
            (id ? "Nama: " : "Name: ") + profile.name, "NPWP: " + (profile.npwp?.digits ?? "–"),
            (id ? "Alamat: " : "Address: ") + (profile.address ?? "–"),
            (id ? "Rekening: " : "Bank account: ") + (profile.bankAccount ?? "–"),
        ]
        for change in profile.pkpChanges {
            let status = change.isPKP ? "PKP" : (id ? "bukan PKP" : "not a PKP")
            lines.append((id ? "Sejak " : "From ") + change.from.format(language) + ": " + status)
        }
        if profile.pkpChanges.isEmpty { lines.append(id ? "Bukan PKP (tanpa PPN)." : "Not a PKP (no VAT).") }
        return lines.joined(separator: "\n")
    }
}
