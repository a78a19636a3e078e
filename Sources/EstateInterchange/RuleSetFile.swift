import EstateDomain
import Foundation

/// Reads rule-set versions from JSON as `estate rules import` and `simulate` take them: a
/// rule-book file (`{"rule_sets": [...]}`, the layout of `seeds/rules/eligibility.json`) or one
/// version on its own. Every problem of every version is named at once (`RowErrors`, with the
/// JSON path as the column), so that a person fixes the file in one pass; nothing is returned
/// when there is one.
public enum RuleSetFile {
    /// The versions in `text`, read from the file `name`.
    public static func read(_ text: String, name: String) throws -> [RuleSet] {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var problems = Problems(file: name)
        let drafts: [(path: String, draft: DraftSet)]
        do {
            let file = try decoder.decode(DraftFile.self, from: Data(text.utf8))
            drafts = file.ruleSets.map { $0.enumerated().map { ("rule_sets[\($0.offset)]", $0.element) } } ?? [("", file.single)]
        } catch {
            problems.add(
                "", error, fix: "Write the file as seeds/rules/eligibility.json is written, or one version on its own.")
            throw RowErrors(errors: problems.errors)
        }
        if drafts.isEmpty { problems.add("rule_sets", "is empty", fix: "Give at least one version.") }
        var sets: [RuleSet] = []
        var versions = Set<String>()
        for (path, draft) in drafts {
            guard let set = draft.checked(at: path, into: &problems) else { continue }
            if !versions.insert(set.version).inserted {
                problems.add(path + ".version", "appears twice in the file", value: set.version,
                    fix: "Give every version its own name, e.g. 2027.1.")
            }
            sets.append(set)
        }
        guard problems.errors.isEmpty else { throw RowErrors(errors: problems.errors) }
        return sets
    }
}

/// The problems found so far, each at its JSON path.
struct Problems {
    let file: String
    private(set) var errors: [RowError] = []

    init(file: String) { self.file = file }

    mutating func add(_ path: String, _ problem: String, value: String = "", fix: String) {
        errors.append(RowError(file: file, line: 0, error: InputError(field: path.isEmpty ? "(file)" : path, value: value, problem: problem, fix: fix)))
    }

    /// A decoding failure at `path`, said without the decoder's internals.
    mutating func add(_ path: String, _ error: any Error, fix: String) {
        switch error {
        case let input as InputError:
            add(join(path, input.field), input.problem, value: input.value, fix: input.fix)
        case let decoding as DecodingError:
            add(path, decoding.summary, fix: fix)
        default:
            add(path, "cannot be read", fix: fix)
        }
    }

    /// `path` and the field an error names under it, unless the field is the path's last key
    /// (a date names itself `effectiveFrom`, the decoder's spelling of `effective_from`).
    private func join(_ path: String, _ field: String) -> String {
        let snake = InputError.snakeCased(field)
        let last = path.split(separator: ".").last.map(String.init) ?? ""
        return path.isEmpty ? snake : last == snake ? path : path + "." + snake
    }
}

/// A value decoded on its own, so that one bad part does not hide the others.
struct Checked<T: Decodable>: Decodable {
    let result: Result<T, any Error>

    init(from decoder: any Decoder) throws {
        do { result = .success(try T(from: decoder)) } catch { result = .failure(error) }
    }

    /// The value, or nil with the problem noted at `path`.
    func value(at path: String, into problems: inout Problems, fix: String) -> T? {
        switch result {
        case .success(let value): return value
        case .failure(let error):
            problems.add(path, error, fix: fix)
            return nil
        }
    }
}

/// A rule-book file or one version: `rule_sets` when it is a book.
struct DraftFile: Decodable {
    let ruleSets: [DraftSet]?
    let single: DraftSet

    enum CodingKeys: String, CodingKey { case ruleSets }

    init(from decoder: any Decoder) throws {
        ruleSets = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent([DraftSet].self, forKey: .ruleSets)
        single = try DraftSet(from: decoder)
    }
}
