import EstateDomain
import Foundation

/// A rule-set version parameter by parameter, each named by its path in the rule file
/// (`parameters.max_plots_per_tenant`, `rules[turnover-max].max_rupiah`,
/// `size_classes.sales.bands[1].max_rupiah`), so that `estate rules show` and `diff` speak the
/// language of the file an officer edits.
public enum RuleSetParameterList {
    /// Every parameter of `set` with its value as text, in the file's order of keys (sorted).
    public static func of(_ set: RuleSet) throws -> [(parameter: String, value: String)] {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let tree = try JSONDecoder().decode(JSONValue.self, from: try encoder.encode(set))
        var out: [(String, String)] = []
        flatten(tree, path: "", into: &out)
        return out
    }

    private static func flatten(_ value: JSONValue, path: String, into out: inout [(String, String)]) {
        switch value {
        case .object(let fields):
            // A rule's id is already its path's name.
            for key in fields.keys.sorted() where !(key == "id" && path.hasSuffix("[\(value.field("id") ?? "")]")) {
                flatten(fields[key]!, path: path.isEmpty ? key : "\(path).\(key)", into: &out)
            }
        case .array(let items) where items.contains(where: \.isContainer):
            for (index, item) in items.enumerated() {
                // Rules are named by their id, so that a rule moved in the list is not a change.
                let name = item.field("id") ?? String(index)
                flatten(item, path: "\(path)[\(name)]", into: &out)
            }
        default:
            out.append((path, value.leafText))
        }
    }
}

/// One parameter that differs between two versions; nil where a version lacks it.
public struct RuleSetDifference: Hashable, Sendable, Encodable {
    public let parameter: String
    public let from: String?
    public let to: String?
}

/// `estate rules diff A B`: the parameters whose values differ, the version names included.
public enum RuleSetDiff {
    public static func between(_ a: RuleSet, _ b: RuleSet) throws -> [RuleSetDifference] {
        let before = Dictionary(try RuleSetParameterList.of(a).map { ($0.parameter, $0.value) }, uniquingKeysWith: { x, _ in x })
        let after = Dictionary(try RuleSetParameterList.of(b).map { ($0.parameter, $0.value) }, uniquingKeysWith: { x, _ in x })
        return Set(before.keys).union(after.keys).sorted().compactMap { key in
            before[key] == after[key] ? nil : RuleSetDifference(parameter: key, from: before[key], to: after[key])
        }
    }
}

extension JSONValue {
    var isContainer: Bool {
        switch self {
        case .object, .array: return true
        default: return false
        }
    }

    /// A string field of an object.
    func field(_ key: String) -> String? {
        guard case .object(let fields) = self, case .string(let text)? = fields[key] else { return nil }
        return text
    }

    /// A scalar, or a list of scalars, as a person reads it: `50000000000`, `24, 25, 28`.
    var leafText: String {
        switch self {
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .number(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array(let items): return items.map(\.leafText).joined(separator: ", ")
        case .object: return "{…}"
        }
    }
}
