import ArgumentParser
import EstateDomain
import EstateMail
import EstateOperations
import EstateReports
import EstateStore
import Foundation

/// `estate outbox recipient|plan|list|deliver|retry`: reminders by e-mail (issue 17, item 4).
/// A firm's address, language and opt-outs; the reminders due planned into the outbox (once
/// each); the outbox delivered to an SMTP relay with retries; a person's retry of a failed or
/// unconfirmed message. `estate serve --smtp URL` plans and delivers on its own.
struct OutboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox", abstract: "Reminders by e-mail: addresses, planning, delivery over SMTP, retries.",
        subcommands: [Recipient.self, Plan.self, List.self, Deliver.self, Retry.self], defaultSubcommand: List.self)

    struct Recipient: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set where a firm's reminders go, in which language, and which it does not want.")

        @Argument(help: "The firm's NIB.")
        var nib: String

        @Option(help: "The address, e.g. keuangan@bajamandiri.co.id.")
        var email: String

        @Option(help: "The reminders' language: id (Bahasa Indonesia, default) or en.")
        var language: String = "id"

        @Option(parsing: .upToNextOption, help: "Kinds the firm does not want: invoice_issued, invoice_overdue, lease_expiring, reconfirmation_due, declaration_due, document_expiring.")
        var optOut: [String] = []

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let nib = try options.nib(nib)
                let recipient = try parsed {
                    try MailRecipient.parse(
                        nib: nib, email: email, language: language, optedOut: optOut, fields: ("--language", "--opt-out"))
                }
                try await options.operations { try await $0.setRecipient(recipient, actor: currentActor) }
                let out = recipient.optedOut.isEmpty ? "" : "; not: " + recipient.optedOut.map(\.rawValue).sorted().joined(separator: ", ")
                options.output.say("Reminders of NIB \(nib.digits) go to \(recipient.email) in \(recipient.language.rawValue)\(out).")
            }
        }
    }

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Put the reminders due (on --as-of, default today) into the outbox; each once, however often run.")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let date = options.date
                let plan = try await options.store.withStore(scoped: false) { store in
                    try await reportingFailures { try await EstateOperations.planRemindersInEveryEstate(store, on: date) }
                }
                options.output.say(
                    "\(plan.due) reminder(s) due on \(date.iso): \(plan.added) added to the outbox, \(plan.optedOut) opted out, "
                        + "\(plan.withoutAddress.count) firm(s) without an address"
                        + (plan.withoutAddress.isEmpty ? "." : " (" + plan.withoutAddress.map(\.digits).sorted().joined(separator: ", ") + ")."))
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The outbox, newest first.")

        @Option(help: "queued, sending, committing, sent, failed or unconfirmed.")
        var state: String?

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                try options.requireFormat(in: [.table, .json], command: "outbox list")
                let filter = try parsed { try EstateOperations.outboxState(state, field: "--state") }
                let entries = try await options.operations { try await $0.outbox(state: filter) }
                guard options.format == .table else { return print(try JSONOutput.encode(entries.map(OutboxEntryView.init))) }
                guard !entries.isEmpty else { return options.output.say("The outbox is empty.") }
                var table = TextTable(header: ["id", "nib", "kind", "to", "lang", "state", "attempts", "subject", "last error"])
                table.rightAligned = [0, 6]
                for entry in entries {
                    table.add([
                        String(entry.id), entry.draft.nib.digits, entry.draft.kind.rawValue, entry.draft.recipient,
                        entry.draft.language.rawValue, entry.state.rawValue, String(entry.attempts),
                        String(entry.draft.subject.prefix(50)), String((entry.lastError ?? "").prefix(60)),
                    ])
                }
                print(table.rendered)
            }
        }
    }

    struct Deliver: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send the outbox's due messages to an SMTP relay, once each; temporary failures wait and are tried again.")

        @Option(help: "smtp://HOST[:PORT]?from=ADDRESS (default: ESTATE_SMTP_URL).")
        var smtp: String?

        @Option(help: "Keep delivering every this many seconds until stopped (0: one pass, then exit).")
        var every: Int = 0

        @Option(help: "Seconds a sender's claim on a message holds (the exchange is cut at three quarters of it).")
        var claimSeconds: Int = 120

        @Option(help: "The first pause before a failed message is tried again, doubling each time (at most an hour).")
        var backoffSeconds: Int = 60

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let configuration = try SMTPOptions.configuration(smtp)
                guard (2...3600).contains(claimSeconds), (1...3600).contains(backoffSeconds), (0...86400).contains(every) else {
                    throw Failure(message: "estate: --claim-seconds 2–3600, --backoff-seconds 1–3600, --every 0–86400.", code: .usage)
                }
                try await options.store.withStore(longRunning: every > 0, scoped: false) { store in
                    let sender = OutboxSender(
                        store: store, smtp: configuration, claimSeconds: Int64(claimSeconds), backoffSeconds: Int64(backoffSeconds))
                    repeat {
                        let pass = try await reportingFailures { try await sender.deliverDue() }
                        if pass.total > 0 || every == 0 {
                            options.output.say(
                                "Outbox: \(pass.sent) sent, \(pass.retried) to try again, \(pass.failed) failed"
                                    + (pass.abandoned > 0 ? ", \(pass.abandoned) given up before sending" : "") + ".")
                        }
                        if every > 0 { try await Task.sleep(for: .seconds(every)) }
                    } while every > 0
                }
            }
        }
    }

    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Queue a failed or unconfirmed message again (check first that an unconfirmed one did not arrive).")

        @Argument(help: "The entry's id, as `estate outbox list` shows it.")
        var id: Int64

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Self.exiting {
                let entry = try await options.operations { try await $0.retryOutbox(id, actor: currentActor) }
                options.output.say("Outbox entry \(id) to \(entry.draft.recipient) is queued again.")
            }
        }
    }
}

/// `--smtp` or `ESTATE_SMTP_URL`, checked.
enum SMTPOptions {
    static func configuration(_ option: String?) throws -> SMTPConfiguration {
        guard let text = option ?? ProcessInfo.processInfo.environment["ESTATE_SMTP_URL"] else {
            throw Failure(
                message: "estate: no SMTP relay: give --smtp smtp://HOST[:PORT]?from=ADDRESS or set ESTATE_SMTP_URL.", code: .usage)
        }
        do { return try SMTPConfiguration(url: text) } catch {
            throw Failure(message: "estate: --smtp: \(error)", code: .usage)
        }
    }
}
