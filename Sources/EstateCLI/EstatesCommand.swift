import ArgumentParser
import EstateDomain
import EstateOperations
import EstateReports
import EstateStore
import Foundation

/// `estate estates list|show`: the estates the store holds (the association's cluster, and later
/// other sites and sentra IKM in the same store), each with its code and what it holds.
struct EstatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estates", abstract: "List, show or add the estates the store holds.",
        subcommands: [List.self, Show.self, Add.self, Georeference.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every estate with its code, the default one first, and what each holds.")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "estates list")
                let estates = try await options.store.withStore(scoped: false) { try await $0.estates() }
                switch options.format {
                case .json: print(try JSONOutput.encode(EstatesDocument(estates: estates)))
                default:
                    guard !estates.isEmpty else {
                        return print(
                            options.language == .indonesian
                                ? "Belum ada kawasan; muat data contoh dengan `estate seed` atau impor CSV."
                                : "No estate yet; load the sample data with `estate seed` or import CSV files.")
                    }
                    print(EstatesText.table(estates, language: options.language))
                }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One estate: its name, address, regency, rule book, officers and counts.")

        @Argument(help: "The estate's code, e.g. KAWASAN-1 (`estate estates list` shows them).")
        var code: String

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "estates show")
                let wanted = try parsed { try EstateCode.normalise(code) }
                let detail = try await options.store.withStore(scoped: false) { store in
                    try await reportingFailures { try await EstateOperations(store: store).estateDetail(wanted) }
                }
                switch options.format {
                case .json: print(try JSONOutput.encode(detail))
                default: print(EstatesText.show(detail, language: options.language))
                }
            }
        }
    }
}

extension EstatesCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an estate (a site or sentra IKM) to the store; give it phases with `estate phases add`.")

        @Argument(help: "Its code: letters, digits and dashes, up to 16, e.g. SENTRA-SETU.")
        var code: String

        @Option(help: "Its name, e.g. \"Sentra IKM Logam Setu\".")
        var name: String

        @Option(help: "Its street address.")
        var address: String?

        @Option(help: "The regency it lies in, e.g. \"Kabupaten Bekasi, Jawa Barat\".")
        var regency: String?

        @Option(help: "The rule book its firms are judged by, e.g. SENTRA-SETU; the store's main book when left out.")
        var rules: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "estates add")
                let estate = try parsed { try NewEstate(code: code, name: name, address: address, regency: regency, ruleBook: rules) }
                let added = try await options.store.withStore(scoped: false) { store in
                    try await reportingFailures {
                        try await EstateOperations(store: store).addEstate(estate, actor: currentActor)
                    }
                }
                switch options.format {
                case .json: print(try JSONOutput.encode(added))
                default:
                    options.output.say(
                        options.language == .indonesian
                            ? "Kawasan \(added.code) (\(added.name)) ditambahkan; tambahkan tahapnya dengan `estate phases add --estate \(added.code)`."
                            : "Added estate \(added.code) (\(added.name)); give it phases with `estate phases add --estate \(added.code)`.")
                }
            }
        }
    }
}

/// The estates as text, in the reader's language.
enum EstatesText {
    static func table(_ estates: [EstateListing], language: Language) -> String {
        let id = language == .indonesian
        var table = TextTable(
            header: id
                ? ["kode", "nama", "kabupaten", "bawaan", "tahap", "kavling", "sewa", "permohonan"]
                : ["code", "name", "regency", "default", "phases", "plots", "leases", "applications"])
        for estate in estates {
            table.add([
                estate.code, estate.name, estate.regency ?? "–", estate.isDefault ? (id ? "ya" : "yes") : "",
                String(estate.phases), String(estate.plots), String(estate.leases), String(estate.applications),
            ])
        }
        return table.rendered
    }

    static func show(_ detail: EstateDetail, language: Language) -> String {
        let id = language == .indonesian
        let estate = detail.estate
        let officers = detail.officers.map {
            "\($0.name) (\($0.role.rawValue)\($0.everyEstate ? (id ? ", semua kawasan" : ", every estate") : ""))"
        }
        let rows: [(String, String)] = [
            (id ? "kode" : "code", estate.code + (estate.isDefault ? (id ? " (bawaan)" : " (default)") : "")),
            (id ? "nama" : "name", estate.name),
            (id ? "alamat" : "address", estate.address ?? "–"),
            (id ? "kabupaten" : "regency", estate.regency ?? "–"),
            (id ? "buku aturan" : "rule book", estate.ruleBook ?? (id ? "utama (bawaan toko data)" : "main (the store's)")),
            (id ? "pengurus" : "officers", officers.isEmpty ? "–" : officers.joined(separator: "; ")),
            (id ? "tahap" : "phases", String(estate.phases)),
            (id ? "kavling" : "plots", String(estate.plots)),
            (id ? "sewa" : "leases", String(estate.leases)),
            (id ? "permohonan" : "applications", String(estate.applications)),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }
            .joined(separator: "\n")
    }
}
