import EstateDomain
import EstateStore
import Foundation

/// Loads a seed folder (`seeds/`): `estate.json`, `rules/eligibility.json` and the five CSV
/// files, into an `Estate`. Every bad row of every file is reported at once. The store's further
/// estates are folders of the same files under `estates/` (`estates/SENTRA-SETU/`), judged by
/// the store's main rule book unless the folder holds a book of its own in `rules/` (named by
/// `rules` in its `estate.json`).
public enum SeedDirectory {
    /// The estate described by the folder at `path`, with the rule book at `rules/` unless the
    /// folder has none and one is given (a further estate's folder judged by the main book).
    public static func load(path: String, ruleBook given: RuleBook? = nil) throws -> Estate {
        let root = URL(fileURLWithPath: path, isDirectory: true)
        let description = try decodeJSON(EstateDescription.self, at: root.appendingPathComponent("estate.json"))
        let own = root.appendingPathComponent("rules/eligibility.json")
        let ruleBook =
            try given.flatMap { FileManager.default.fileExists(atPath: own.path) ? nil : $0 } ?? loadRuleBook(at: own)
        if given != nil, ruleBook.book != description.rules.map({ $0.uppercased() }) {
            throw InputError(
                field: "rules", value: description.rules ?? "(none)",
                problem: "in \(root.lastPathComponent)/estate.json does not name the book of its rules/eligibility.json ("
                    + (ruleBook.book ?? "the main book, none named") + ")",
                fix: "Name the folder's book in estate.json (\"rules\": \"SENTRA-SETU\") and give each of its versions "
                    + "that \"book\", or remove both to judge the estate by the main book.")
        }
        var errors: [RowError] = []
        func read<T>(_ name: String, _ reader: (String, String) throws -> [T]) throws -> [T] {
            let url = root.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw InputError(
                    field: "seeds", value: url.path, problem: "is missing",
                    fix: "A seed folder holds estate.json, rules/eligibility.json, plots.csv, tenants.csv, "
                        + "applications.csv, leases.csv and partnerships.csv (a file may have only its header).")
            }
            do {
                return try reader(name, try readText(url))
            } catch let failure as RowErrors {
                errors += failure.errors
                return []
            }
        }
        let plots = try read("plots.csv", RecordReaders.plots)
        var tenants = try read("tenants.csv", RecordReaders.tenants).map(\.value)
        let applications = try read("applications.csv", RecordReaders.applications)
        let leases = try read("leases.csv", RecordReaders.leases)
        let partnerships = try read("partnerships.csv", RecordReaders.partnerships)
        guard errors.isEmpty else { throw RowErrors(errors: errors) }
        let index = Dictionary(uniqueKeysWithValues: tenants.enumerated().map { ($1.nib, $0) })
        for (line, nib, partnership) in partnerships {
            guard let position = index[nib] else {
                throw RowErrors(errors: [
                    RowError(
                        file: "partnerships.csv", line: line,
                        error: InputError(
                            field: "nib", value: nib.digits, problem: "has no tenant in tenants.csv",
                            fix: "Add the firm to tenants.csv or correct the NIB."))
                ])
            }
            tenants[position].partnerships.append(partnership)
        }
        return Estate(
            name: description.name,
            regency: try description.regency.map {
                try FreeText.checked($0, field: "regency", limit: 200, example: "Kabupaten Bekasi, Jawa Barat")
            },
            phases: try description.phases.map { try $0.phase() }, plots: plots.map(\.value),
            tenants: tenants, leases: leases.map(\.value), applications: applications.map(\.value), ruleBook: ruleBook)
    }

    /// The folders of the further estates under `path/estates/`, by name.
    public static func estateFolders(in path: String) -> [String] {
        let folder = URL(fileURLWithPath: path, isDirectory: true).appendingPathComponent("estates")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0).path }.filter {
            FileManager.default.fileExists(atPath: URL(fileURLWithPath: $0).appendingPathComponent("estate.json").path)
        }
    }

    /// The code, name and place a further estate's `estate.json` gives, checked.
    public static func identity(path: String) throws -> NewEstate {
        let root = URL(fileURLWithPath: path, isDirectory: true)
        let description = try decodeJSON(EstateDescription.self, at: root.appendingPathComponent("estate.json"))
        guard let code = description.code else {
            throw InputError(
                field: "code", value: root.appendingPathComponent("estate.json").lastPathComponent,
                problem: "is missing in a further estate's estate.json",
                fix: "Give the estate its code, e.g. \"code\": \"SENTRA-SETU\".")
        }
        return try NewEstate(
            code: code, name: description.name, address: description.address, regency: description.regency,
            ruleBook: description.rules)
    }

    /// The rule book in the JSON file at `url`.
    public static func loadRuleBook(at url: URL) throws -> RuleBook {
        try decodeJSON(RuleBook.self, at: url)
    }

    /// The text of a CSV file, refused with a fix when it is larger than
    /// `CSVImport.maximumFileBytes` (checked before reading) or not UTF-8.
    public static func readText(_ url: URL) throws -> String {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= CSVImport.maximumFileBytes else {
            throw RowErrors(errors: [
                RowError(
                    file: url.lastPathComponent, line: 1,
                    error: InputError(
                        field: "file", value: url.lastPathComponent,
                        problem:
                            "is \(size / 1_048_576) MiB, more than the \(CSVImport.maximumFileBytes / 1_048_576) MiB an import takes",
                        fix: "Check that it is the right file; split a genuine one into several imports."))
            ])
        }
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw RowErrors(errors: [
                RowError(
                    file: url.lastPathComponent, line: 1,
                    error: InputError(
                        field: "encoding", value: url.lastPathComponent, problem: "is not UTF-8 text",
                        fix: "Save the file as CSV UTF-8 (in a spreadsheet: CSV UTF-8 (Comma delimited))."))
            ])
        }
        return text
    }

    static func decodeJSON<T: Decodable>(_ type: T.Type, at url: URL) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(type, from: try Data(contentsOf: url))
        } catch let error as InputError {
            throw error
        } catch let error as DecodingError {
            throw InputError(
                field: url.lastPathComponent, value: url.path,
                problem: "does not match the expected layout (\(error.summary))",
                fix: "Compare it with the file of the same name in the repository's seeds/ folder.")
        } catch {
            throw InputError(
                field: url.lastPathComponent, value: url.path, problem: "cannot be read",
                fix: "Check the path; the folder must hold estate.json and rules/eligibility.json.")
        }
    }
}

extension DecodingError {
    /// The coding path and what was wrong, without the driver-level noise.
    var summary: String {
        switch self {
        case .keyNotFound(let key, let context):
            return "missing \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong value at \(path(context.codingPath))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "bad value at \(path(context.codingPath))"
        @unknown default:
            return "unreadable"
        }
    }

    private func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
