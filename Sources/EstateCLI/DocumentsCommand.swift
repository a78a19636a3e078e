import ArgumentParser
import EstateDomain
import EstateOperations
import EstateReports
import EstateStore
import Foundation

/// `estate documents list|upload|download|accept|refuse|expiring`: a firm's papers (issue 17,
/// item 3). An officer's upload from here is accepted as it is kept; the ones a firm sends from
/// its own account wait for `accept` or `refuse`; `expiring` lists the accepted ones lapsing
/// within the rule set's notice window.
struct DocumentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents", abstract: "Keep firms' documents (PDF, JPEG, PNG): upload, list, download, decide.",
        subcommands: [List.self, Upload.self, Download.self, Accept.self, Refuse.self, Expiring.self],
        defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Documents, newest first, with their state.")

        @Option(help: "Only this firm's.")
        var nib: String?

        @Option(help: "submitted (waiting), accepted, refused or all (default).")
        var state: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "documents list")
                let nib = try self.nib.map { try options.nib($0) }
                let filter = try parsed { try EstateOperations.SubmissionFilter.parse(state, field: "--state") }
                let documents = try await options.operations { try await $0.documents(nib: nib, filter: filter) }
                guard options.format == .table else { return print(try JSONOutput.encode(documents.map { DocumentView($0) })) }
                guard !documents.isEmpty else { return options.output.say("No document.") }
                print(DocumentsTable.rendered(documents, options.language))
            }
        }
    }

    struct Upload: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Keep a firm's document, accepted (the format is read from the file's bytes; at most 5 MiB).")

        @Argument(help: "The firm's NIB.")
        var nib: String

        @Argument(help: "The PDF, JPEG or PNG file.")
        var file: String

        @Option(help: "nib_certificate, business_permit, environmental_permit, signed_lease, withholding_slip or other.")
        var kind: String

        @Option(help: "The number printed on the document.")
        var number: String

        @Option(help: "The last day it is valid (YYYY-MM-DD); leave it out for papers that do not expire.")
        var validUntil: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let nib = try options.nib(nib)
                let upload = try parsed {
                    let kind = try DocumentKind.parse(kind, field: "--kind")
                    let until = try validUntil.map { try CivilDate(parsing: $0, field: "--valid-until") }
                    return try DocumentUpload(kind: kind, number: number, validUntil: until, content: try Self.bytes(file))
                }
                let kept = try await options.operations {
                    try await $0.uploadDocument(upload, for: nib, byOfficer: true, actor: currentActor)
                }
                options.output.say(
                    "Kept document \(kept.id) of NIB \(nib.digits): \(kept.kind.name(options.language)) \(kept.number), "
                        + "\(kept.format.rawValue), \(kept.byteCount) bytes, SHA-256 \(kept.sha256).")
            }
        }

        /// The file's bytes, at most one past the limit (so that a huge file is refused by
        /// `DocumentUpload` in its words without being read whole); refused when unreadable.
        static func bytes(_ path: String) throws -> [UInt8] {
            // Only a regular file: a pipe with no writer would wait for ever, a device never end.
            let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
            guard let type else { throw Failure(message: "estate: cannot read \(path); check the path.", code: .notFound) }
            guard type == .typeRegular else {
                throw Failure(
                    message: "estate: \(path) is not a regular file (a folder, a device or a pipe); give the PDF, JPEG or PNG file itself.",
                    code: .usage)
            }
            guard let handle = FileHandle(forReadingAtPath: path),
                let data = try? handle.read(upToCount: DocumentUpload.maximumBytes + 1)
            else {
                throw Failure(message: "estate: cannot read \(path); check the path.", code: .notFound)
            }
            try? handle.close()
            return [UInt8](data)
        }
    }

    struct Download: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Save a document's file.")

        @Argument(help: "The document's id, as `estate documents list` shows it.")
        var id: Int64

        @Option(name: .shortAndLong, help: "Where to save it; default its own name (NIB-kind-id.ext) here.")
        var output: String?

        @Flag(help: "Replace the file if it exists.")
        var force = false

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let (document, bytes) = try await options.operations { try await $0.documentContent(id) }
                let path = output ?? document.downloadName
                try OutputFile(path, force: force, store: options.store, option: "--output").write(bytes: bytes)
                options.output.say("Saved document \(id) to \(path) (\(bytes.count) bytes, SHA-256 \(document.sha256)).")
            }
        }
    }

    struct Accept: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Accept a document a firm sent.")

        @Argument(help: "The document's id, as `estate documents list` shows it.")
        var id: Int64

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let decided = try await options.operations { try await $0.decideDocument(id, .accept, actor: currentActor) }
                options.output.say("Accepted document \(id) of NIB \(decided.nib.digits).")
            }
        }
    }

    struct Refuse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Refuse a document a firm sent, saying why; the firm reads the reason and may send another.")

        @Argument(help: "The document's id, as `estate documents list` shows it.")
        var id: Int64

        @Option(help: "Why, e.g. \"pindaian tidak terbaca\" (the firm reads it).")
        var reason: String

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let decision = try parsed { try SubmissionDecision.refusal(reason) }
                _ = try await options.operations { try await $0.decideDocument(id, decision, actor: currentActor) }
                options.output.say("Refused document \(id).")
            }
        }
    }

    struct Expiring: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Accepted documents lapsing within the rule set's notice window (expiring_within_days).")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "documents expiring")
                let date = options.date
                let (report, estate) = try await options.operations { operations in
                    (try await operations.expiringDocuments(on: date), try await operations.reading(asOf: date).estate)
                }
                let (window, expiring) = report
                let view = DocumentExpiryReportView(
                    asOf: date, windowDays: window, expiring: expiring, firms: { estate.tenant($0) })
                guard options.format == .table else { return print(try JSONOutput.encode(view)) }
                guard !expiring.isEmpty else {
                    return options.output.say("No accepted document lapses before \(date.adding(days: window).iso).")
                }
                print(DocumentsTable.expiring(expiring, firms: { estate.tenant($0)?.legalName ?? "" }, options.language))
            }
        }
    }
}
