import ArgumentParser
import EstateDomain
import EstateInterchange
import Foundation

/// Options every subcommand shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The seed folder to read.")
    var seeds: String = "seeds"

    @Option(
        name: .customLong("as-of"), help: "The date to evaluate, 2026-11-22 or 22/11/2026 (default: today in Bekasi).")
    var asOf: String?

    @Option(name: .long, help: "Output language: id or en (default: ESTATE_LANG, then the locale, then en).")
    var lang: String?

    @Option(name: .long, help: "Output format: table or json.")
    var format: OutputFormat = .table

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

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
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Jakarta") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// Loads the seed folder and refuses it, listing every problem, if an invariant is broken:
    /// no report or proposal is made from inconsistent data.
    func loadEstate() throws -> Estate {
        guard FileManager.default.fileExists(atPath: seeds + "/estate.json") else {
            throw Failure(
                message:
                    "estate: no seed folder at \"\(seeds)\" (estate.json is missing). Run from the repository root or pass --seeds PATH.",
                code: .notFound)
        }
        let estate = try reportingFailures { try SeedDirectory.load(path: seeds) }
        let problems = estate.problems(asOf: date)
        guard problems.isEmpty else {
            throw Failure(
                message: "estate: \(problems.count) problem(s) in \(seeds):\n"
                    + problems.map { "  \($0)" }.joined(separator: "\n"),
                code: .invalidData)
        }
        return estate
    }
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
    }
}

/// Runs `body`, turning domain and import errors into a `Failure` with a clear message.
func reportingFailures<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as InputError {
        throw Failure(message: "estate: \(error)", code: .invalidData)
    } catch let error as RowErrors {
        throw Failure(
            message: "estate: the seed data has \(error.errors.count) bad value(s), nothing was loaded:\n\(error)",
            code: .invalidData)
    }
}

extension ParsableCommand {
    /// Prints a `Failure` to stderr and exits with its code; other errors go to ArgumentParser.
    static func exiting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as Failure {
            FileHandle.standardError.write(Data((failure.message + "\n").utf8))
            throw ExitCode(failure.code.rawValue)
        }
    }
}
