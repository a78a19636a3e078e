import Foundation
import Yams

/// The API's OpenAPI 3.1 document: `estate-api.yaml` beside this file, which SwiftPM bundles as
/// this target's resource (a built `estate` finds it in `ClusterEstate_EstateAPIDocument.resources`
/// beside it). Served as written at `/openapi.yaml` and, converted once, at `/openapi.json`, which
/// also lists each estate-scoped path's copy under `/api/v1/estates/{estate}/` (`EstateScopedPaths`);
/// the YAML is the only copy.
public struct APIDocument: Sendable {
    public let yaml: String
    public let json: String

    /// The document is missing or is not YAML that converts to JSON.
    public struct Unreadable: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads and converts the bundled document.
    public static func load() throws -> APIDocument {
        guard let url = Bundle.module.url(forResource: "estate-api", withExtension: "yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw Unreadable(description: "estate-api.yaml is not in the resource bundle") }
        return APIDocument(yaml: text, json: try json(fromYAML: text))
    }

    /// JSON with sorted keys. Dates stay text (the document writes them as strings; no
    /// timestamp resolution); integers too large for `Int` (a UInt64 bound) stay numbers.
    static func json(fromYAML text: String) throws -> String {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, resolver)
        } catch {
            throw Unreadable(description: "estate-api.yaml is not valid YAML: \(error)")
        }
        guard let node, case .mapping = node, var document = try value(node) as? [String: Any] else {
            throw Unreadable(description: "estate-api.yaml is not a YAML mapping")
        }
        document["paths"] = EstateScopedPaths.adding(to: document["paths"] as? [String: Any] ?? [:])
        let data = try JSONSerialization.data(
            withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// YAML's core types without timestamps.
    private static let resolver = Resolver.default.removing(.timestamp)

    /// A YAML node as the Foundation value JSONSerialization writes.
    private static func value(_ node: Node) throws -> Any {
        switch node {
        case .mapping(let mapping):
            var object: [String: Any] = [:]
            for (key, item) in mapping {
                guard let name = key.string else { throw Unreadable(description: "a mapping key is not text") }
                object[name] = try value(item)
            }
            return object
        case .sequence(let sequence):
            return try sequence.map(value)
        case .scalar(let scalar):
            switch resolver.resolveTag(of: node) {
            case .null: return NSNull()
            case .bool: return Bool.construct(from: scalar) ?? scalar.string
            case .int:
                if let int = Int(scalar.string) { return int }
                if let big = UInt64(scalar.string) { return NSNumber(value: big) }
                return scalar.string
            case .float: return Double.construct(from: scalar) ?? scalar.string
            default: return scalar.string
            }
        case .alias:
            throw Unreadable(description: "estate-api.yaml uses a YAML alias, which the document does not need")
        }
    }
}
