import ArgumentParser
import EstateDomain
import EstateStore

extension TenantsCommand {
    /// `estate tenants update NIB [--name] [--npwp] [--kbli]`: corrects a firm's record, the
    /// values before and after kept in the audit trail.
    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a firm's name, NPWP, KBLI codes, address, contact or legal form (the audit trail keeps what was there).")

        @Argument(help: "The firm's NIB (it never changes).")
        var nib: String

        @Option(help: "The corrected registered name.")
        var name: String?

        @Option(help: "The corrected NPWP, 15 or 16 digits.")
        var npwp: String?

        @Option(help: "The corrected KBLI 2020 codes, the main activity first, separated by ; or commas.")
        var kbli: String?

        @Option(help: "The firm's address, e.g. \"Jl. Industri Raya No. 5, Cikarang Barat\".")
        var address: String?

        @Option(help: "Whom to reach and how, e.g. \"Bu Sari, 0812-3456-7890\".")
        var contact: String?

        @Option(help: "Its legal form: PT, CV, UD, Koperasi, Firma or perorangan (a badan withholds tax on its rent).")
        var legalForm: String?

        @OptionGroup var options: GlobalOptions

        func validate() throws {
            guard name != nil || npwp != nil || kbli != nil || address != nil || contact != nil || legalForm != nil else {
                throw ValidationError("Give at least one of --name, --npwp, --kbli, --address, --contact and --legal-form.")
            }
        }

        func run() async throws {
            try await Self.exiting {
                let nib = try options.nib(self.nib)
                let npwp = try parsed { try self.npwp.map { try NPWP(parsing: $0, field: "--npwp") } }
                let kbli = try parsed { try self.kbli.map { try KBLI.list(parsing: $0, field: "--kbli") } }
                let form = try parsed { try self.legalForm.map { try LegalForm(parsing: $0, field: "--legal-form") } }
                let outcome = try await options.amend(
                    .updateTenant(
                        nib: nib, name: name, npwp: npwp, kbli: kbli, address: address, contact: contact, legalForm: form))
                options.output.say("Corrected \(outcome.subject): \(outcome.before) → \(outcome.after).")
            }
        }
    }
}
