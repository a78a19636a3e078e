import ArgumentParser
import EstateDomain
import EstateOperations
import EstateReports
import EstateStore

/// `estate tenants list|show|add`.
struct TenantsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tenants", abstract: "List, show or add member firms.",
        subcommands: [List.self, Show.self, Add.self, Update.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Firms with their latest declaration, verdict and plots on the date.")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "tenants list")
                let estate = try await options.loadEstate()
                let evaluator = EligibilityEvaluator(ruleBook: estate.ruleBook)
                let views = try await reportingFailures {
                    try estate.tenants.map {
                        TenantView(tenant: $0, decision: try evaluator.evaluate($0, asOf: options.date), estate: estate)
                    }
                }
                switch options.format {
                case .json: print(try JSONOutput.encode(views))
                default: print(TenantText.list(views, language: options.language))
                }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One firm: declarations, partnerships, leases and its eligibility trace.")

        @Argument(help: "The firm's 13-digit NIB.")
        var nib: String

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "tenants show")
                let estate = try await options.loadEstate()
                let tenant = try options.tenant(nib, in: estate)
                let decision = try await reportingFailures {
                    try EligibilityEvaluator(ruleBook: estate.ruleBook).evaluate(tenant, asOf: options.date)
                }
                switch options.format {
                case .json:
                    print(try JSONOutput.encode(TenantView(tenant: tenant, decision: decision, estate: estate)))
                default:
                    print(TenantText.show(tenant, decision: decision, estate: estate, language: options.language))
                }
            }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a member firm (then `estate declare` its yearly figures).")

        @Option(help: "The 13-digit NIB from OSS.")
        var nib: String

        @Option(help: "The registered name, e.g. \"CV Baja Mandiri\".")
        var name: String

        @Option(help: "The NPWP, 15 or 16 digits (dots and dashes allowed).")
        var npwp: String

        @Option(help: "KBLI 2020 codes, the main activity first, separated by ; or commas, e.g. 25920;25112.")
        var kbli: String

        @Option(help: "PT, CV, UD, Koperasi, Firma or perorangan (default: as the name starts, \"PT \", \"CV \", \"UD \").")
        var legalForm: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let tenant = try parsed {
                    try Tenant(
                        nib: try NIB(parsing: nib, field: "--nib"), legalName: name,
                        npwp: try NPWP(parsing: npwp, field: "--npwp"),
                        kbli: try KBLI.list(parsing: kbli, field: "--kbli"),
                        legalForm: try legalForm.map { try LegalForm(parsing: $0, field: "--legal-form") })
                }
                let summary = try await options.operations { try await $0.addTenant(tenant, actor: currentActor) }
                options.output.say(
                    summary.totalInserted == 0
                        ? "\(tenant.legalName) (NIB \(tenant.nib)) is already there with the same values; nothing written."
                        : "Added \(tenant.legalName) (NIB \(tenant.nib)). Next: `estate declare \(tenant.nib) --year ...`."
                )
            }
        }
    }
}

enum TenantText {
    static func list(_ views: [TenantView], language: Language) -> String {
        let id = language == .indonesian
        guard !views.isEmpty else { return id ? "Belum ada perusahaan." : "No firm yet." }
        var table = TextTable(
            header: id
                ? ["NIB", "perusahaan", "KBLI", "tahun", "pekerja", "omzet", "layak", "kavling"]
                : ["NIB", "firm", "KBLI", "year", "workers", "turnover", "eligible", "plots"])
        table.rightAligned = [4, 5]
        for view in views {
            table.add([
                view.nib, view.name, view.kbli.joined(separator: ";"), view.fiscalYear.map(String.init) ?? "–",
                view.workers.map(String.init) ?? "–", view.turnover.map { Rupiah($0).format(language) } ?? "–",
                view.eligible ? (id ? "ya" : "yes") : (id ? "TIDAK" : "NO"),
                view.plots.isEmpty ? "–" : view.plots.joined(separator: ", "),
            ])
        }
        return table.rendered
    }

    static func show(_ tenant: Tenant, decision: EligibilityDecision, estate: Estate, language: Language) -> String {
        let id = language == .indonesian
        var lines = [
            "\(tenant.legalName)",
            "  NIB \(tenant.nib) · NPWP \(tenant.npwp) · KBLI \(tenant.kbli.map(\.code).joined(separator: ";"))",
        ]
        let reach = [tenant.contact.address, tenant.contact.contact].compactMap { $0 }
        if !reach.isEmpty { lines.append("  " + reach.joined(separator: " · ")) }
        lines.append("")
        var declarations = TextTable(
            header: id
                ? ["tahun buku", "omzet", "pekerja", "warga lokal", "investasi", "disampaikan", "versi"]
                : ["fiscal year", "turnover", "workers", "local", "investment", "filed", "version"])
        declarations.rightAligned = [1, 2, 3, 4]
        // Every version of a year, oldest first; a superseded one is marked, a correction says why.
        for year in tenant.declarations.sorted(by: { $0.fiscalYear < $1.fiscalYear }) {
            for d in year.versions {
                let state =
                    d.version < year.version
                    ? (id ? "digantikan versi \(d.version + 1)" : "superseded by version \(d.version + 1)")
                    : d.correction.map { (id ? "koreksi " : "corrected ") + $0.on.format(language) + ": " + $0.reason } ?? ""
                declarations.add([
                    "\(d.fiscalYear)", d.turnover.format(language), "\(d.workers)", "\(d.localWorkers)",
                    d.investment.format(language), d.effectiveFrom.format(language),
                    "\(d.version)" + (state.isEmpty ? "" : " (\(state))"),
                ])
            }
        }
        lines.append(id ? "Laporan tahunan" : "Yearly declarations")
        lines.append(
            tenant.declarations.isEmpty ? (id ? "  belum ada" : "  none yet") : declarations.rendered.indented)
        lines.append("")
        lines.append(id ? "Kemitraan" : "Partnerships")
        lines.append(
            tenant.partnerships.isEmpty
                ? (id ? "  belum ada" : "  none")
                : tenant.partnerships.map {
                    "  \($0.partner): \($0.product) (" + (id ? "sejak " : "since ") + $0.since.format(language)
                        + ($0.endedOn.map { (id ? ", berakhir " : ", ended on ") + $0.format(language) } ?? "") + ")"
                }.joined(separator: "\n"))
        lines.append("")
        lines.append(id ? "Sewa" : "Leases")
        let leases = estate.leases.filter { $0.nib == tenant.nib }.sorted { $0.start < $1.start }
        lines.append(
            leases.isEmpty
                ? (id ? "  belum ada" : "  none")
                : leases.map {
                    "  \($0.plotCode) " + $0.start.format(language) + " – "
                        + PlotText.until($0.effectiveEnd, language) + " (\($0.state.name))"
                }.joined(separator: "\n"))
        lines.append("")
        lines.append(EligibilityText.render(decision, tenantName: tenant.legalName, language: language))
        return lines.joined(separator: "\n")
    }
}

extension String {
    var indented: String {
        split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
}
