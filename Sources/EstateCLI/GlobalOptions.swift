import ArgumentParser
import EstateDomain
import EstateInterchange
import EstateOperations
import EstateStore
import Foundation

/// Options every subcommand shares.
struct GlobalOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Option(
        name: .customLong("as-of"), help: "The date to evaluate, 2026-11-22 or 22/11/2026 (default: today in Bekasi).")
    var asOf: String?

    @Option(name: .long, help: "Output language: id or en (default: ESTATE_LANG, then the locale, then en).")
    var lang: String?

    @Option(name: .long, help: "Output format: table, json, and for reports also csv, markdown or html.")
    var format: OutputFormat = .table

    @OptionGroup var output: OutputOptions

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv, markdown, html }

    /// Refuses a format the command does not write, naming those it does.
    func requireFormat(in allowed: [OutputFormat], command: String) throws {
        guard allowed.contains(format) else {
            throw Failure(
                message: "estate: --format \(format.rawValue) is not available for `estate \(command)`; use "
                    + allowed.map(\.rawValue).joined(separator: " or ") + " (reports: `estate report`).",
                code: .usage)
        }
    }

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError("--lang \"\(lang)\" is not a language here; use id or en.")
        }
        if let asOf {
            do { _ = try CivilDate(parsing: asOf, field: "--as-of") } catch let error as InputError {
                throw ValidationError(error.description)
            }
        }
    }

    var language: Language {
        if let lang, let language = Language(rawValue: lang) { return language }
        let environment = ProcessInfo.processInfo.environment
        if let chosen = environment["ESTATE_LANG"], let language = Language(rawValue: chosen) { return language }
        let locale = environment["LC_ALL"] ?? environment["LANG"] ?? ""
        return locale.hasPrefix("id") ? .indonesian : .english
    }

    /// The requested date, or today's date in Asia/Jakarta (UTC+7), where the cluster is.
    var date: CivilDate {
        if let asOf, let parsed = try? CivilDate(parsing: asOf, field: "--as-of") { return parsed }
        return .todayInBekasi
    }

    /// The estate in the store. When the stored data breaks an invariant the read still answers
    /// and the problems go to stderr as a warning; the writes that repair it stay allowed.
    func loadEstate() async throws -> Estate {
        output.progress.step("reading \(store.displayLocation)")
        defer { output.progress.clear() }
        return warning(try await operations { try await $0.reading(asOf: date) })
    }

    /// A reading's estate, its problems (if any) said on stderr as a warning.
    func warning(_ reading: EstateReading) -> Estate {
        if !reading.problems.isEmpty {
            FileHandle.standardError.write(
                Data(
                    ("estate: warning: the stored estate in \(store.displayLocation) breaks \(reading.problems.count) "
                        + "invariant(s); the figures below include them (list: `estate validate`):\n"
                        + reading.problems.map { "  \($0)" }.joined(separator: "\n") + "\n").utf8))
        }
        return reading.estate
    }

    /// Runs a use case on the store, its refusals turned into failures with exit codes.
    func operations<T>(_ body: (EstateOperations) async throws -> T) async throws -> T {
        try await store.withStore { store in
            try await reportingFailures { try await body(EstateOperations(store: store)) }
        }
    }
}

/// Who is making a change, for the audit log: `cli:` and the login of the process's user, read
/// from the system's user database (not from USER or any variable the caller can set), so that
/// an entry cannot be made in another person's name through the environment.
var currentActor: String {
    guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return "cli:uid-\(getuid())" }
    return "cli:" + String(cString: name)
}

/// A failure already phrased for a person, with its documented exit code.
struct Failure: Error {
    let message: String
    let code: Code

    enum Code: Int32 {
        case notEligible = 3
        case usage = 64
        case invalidData = 65
        case notFound = 66
        case conflict = 67
        case unavailable = 69
    }
}

/// Runs `body`, turning domain, import and store errors into a `Failure` with a clear message.
func reportingFailures<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as InputError {
        throw Failure(message: "estate: \(error)", code: .invalidData)
    } catch let error as RowErrors {
        throw Failure(
            message: "estate: \(error.errors.count) bad value(s), nothing was written:\n\(error)", code: .invalidData)
    } catch let error as StoreError {
        throw Failure(store: error)
    } catch OperationError.noEstateYet {
        throw Failure(
            message: "estate: the store holds no estate yet; load the sample data with `estate seed` or import "
                + "your CSV files with `estate import`.",
            code: .notFound)
    } catch OperationError.unknownTenant(let nib) {
        throw Failure(
            message: "estate: no tenant has NIB \(nib); `estate tenants list` shows them, `estate tenants add` adds one.",
            code: .notFound)
    }
}

extension ParsableCommand {
    /// Prints a `Failure` to stderr and exits with its code; other errors go to ArgumentParser.
    static func exiting<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let failure as Failure {
            FileHandle.standardError.write(Data((failure.message + "\n").utf8))
            throw ExitCode(failure.code.rawValue)
        }
    }
}
