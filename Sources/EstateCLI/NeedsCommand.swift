import ArgumentParser
import EstateDomain
import EstateReports
import EstateStore

/// `estate needs add|update|close|list`: what the large industries buy (issue 18, item 1), open
/// until closed; each change in the audit trail.
struct NeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "needs", abstract: "Record, correct, close and list the large industries' needs.",
        subcommands: [List.self, Add.self, Update.self, Close.self], defaultSubcommand: List.self)

    /// The fields of a need as options, shared by `add` and `update`.
    struct Fields: ParsableArguments {
        @Option(help: "The part or service, e.g. \"braket knalpot\".")
        var item: String?

        @Option(help: "The process it takes: \(IndustrialProcess.allCases.map(\.code).joined(separator: ", ")).")
        var process: String?

        @Option(help: "The material, e.g. SPCC.")
        var material: String?

        @Option(help: "The KBLI class of the supply, e.g. 25920.")
        var kbli: String?

        @Option(help: "Units a month, e.g. 5000.")
        var volume: Int?

        @Option(help: "What a unit is, e.g. pcs or kg.")
        var unit: String?

        @Option(help: "A certification a supplier must hold, e.g. iso_9001, halal or tkdn:40 (repeat for more; on update, replaces the required ones only).")
        var requires: [String] = []

        @Option(help: "A certification that earns points, e.g. iatf_16949 (repeat for more; on update, replaces the preferred ones only).")
        var prefers: [String] = []

        @Option(help: "The day by which a supplier is wanted.")
        var deadline: String?

        /// The required certifications given, nil when none is.
        func required() throws -> [WantedCertification]? {
            requires.isEmpty ? nil : try parsed { try ForumSpecs.wanted(requires, required: true, field: "--requires") }
        }

        /// The preferred certifications given, nil when none is.
        func preferred() throws -> [WantedCertification]? {
            prefers.isEmpty ? nil : try parsed { try ForumSpecs.wanted(prefers, required: false, field: "--prefers") }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The needs open on the date (every need with --all).")

        @Option(help: "Only this large industry's needs.")
        var industry: String?

        @Flag(help: "Closed needs too.")
        var all = false

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "needs list")
                let industry = try self.industry.map { try options.nib($0) }
                let register = try await options.operations { try await $0.forumRegister() }
                let views = NeedView.list(register, industry: industry, all: all, asOf: options.date)
                switch options.format {
                case .json: print(try JSONOutput.encode(NeedsDocument(needs: views, problems: register.problems)))
                default:
                    print(NeedView.table(views, language: options.language))
                    for problem in register.problems { options.output.warn(problem) }
                }
            }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record what a large industry wants to buy.")

        @Argument(help: "The large industry's NIB.")
        var industry: String

        @OptionGroup var fields: Fields

        @OptionGroup var options: GlobalOptions

        func validate() throws {
            guard fields.item != nil, fields.process != nil else { throw ValidationError("Give --item and --process.") }
        }

        func run() async throws {
            try await Self.exiting {
                let need = try parsed {
                    try IndustryNeed(
                        id: 0, industry: try NIB(parsing: industry, field: "industry"), item: fields.item ?? "",
                        process: try IndustrialProcess(parsing: fields.process ?? ""), material: fields.material,
                        kbli: try fields.kbli.map { try KBLI(parsing: $0) }, volumePerMonth: fields.volume,
                        unit: fields.unit ?? "pcs", certifications: (try fields.required() ?? []) + (try fields.preferred() ?? []),
                        deadline: try fields.deadline.map { try CivilDate(parsing: $0, field: "--deadline") },
                        openedOn: options.date)
                }
                let added = try await options.operations { try await $0.addNeed(need, actor: currentActor) }
                options.output.say("Recorded need \(added.id): \(added.item) (\(added.process.code)) for NIB \(added.industry).")
            }
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a need's fields (the audit trail keeps what was there); its number and industry stay.")

        @Argument(help: "The need's number (see `estate needs list`).")
        var id: Int64

        @OptionGroup var fields: Fields

        @Option(help: "Empty an optional field: material, kbli, volume_per_month or deadline (repeat for more).")
        var clear: [String] = []

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let change = try parsed {
                    try NeedChange(
                        item: fields.item, process: fields.process, material: fields.material, kbli: fields.kbli,
                        volumePerMonth: fields.volume, unit: fields.unit,
                        requires: fields.requires.isEmpty ? nil : fields.requires,
                        prefers: fields.prefers.isEmpty ? nil : fields.prefers, deadline: fields.deadline, clear: clear,
                        names: .options)
                }
                guard !change.isEmpty else { throw ValidationError("Give at least one field to change, or --clear.") }
                let changed = try await options.operations { try await $0.updateNeed(id, change, actor: currentActor) }
                options.output.say("Corrected need \(changed.id): \(changed.item) (\(changed.process.code)).")
            }
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close a need, filled or withdrawn, on the date (--as-of, else today).")

        @Argument(help: "The need's number.")
        var id: Int64

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let closed = try await options.operations { try await $0.closeNeed(id, on: options.date, actor: currentActor) }
                options.output.say("Closed need \(closed.id) on \(options.date.iso).")
            }
        }
    }
}
