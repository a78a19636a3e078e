/// The copies of the estate-scoped paths the JSON document lists: the server answers every path
/// under `/api/v1/` but the estate list itself, a firm across estates, the regency's forum and the audit trail again under `/api/v1/estates/{estate}/…` for a
/// named estate, with the same role and parameters (the YAML says so once, in its description).
/// Each copy gains the `estate` path parameter, a 404 for a code no estate has, and an
/// operationId of its own.
public enum EstateScopedPaths {
    static let prefix = "/api/v1/"

    /// Whether a path of `/api/v1/…` is about one estate's records: all but the estate list
    /// itself, a firm across estates and the audit trail (the server routes by the same rule).
    public static func isEstateScoped(_ path: String) -> Bool {
        path.hasPrefix(prefix) && !["estates", "firms", "audit", "sessions", "outbox", "forum"].contains { path.hasPrefix(prefix + $0) }
    }

    /// `paths` with the copies added.
    static func adding(to paths: [String: Any]) -> [String: Any] {
        var all = paths
        for (path, item) in paths where isEstateScoped(path) {
            guard let operations = item as? [String: Any] else { continue }
            all[prefix + "estates/{estate}/" + path.dropFirst(prefix.count)] = operations.mapValues(copy)
        }
        return all
    }

    /// An operation of the copy; anything else (a path item's summary) as it is.
    private static func copy(_ value: Any) -> Any {
        guard var operation = value as? [String: Any], operation["responses"] != nil else { return value }
        if let id = operation["operationId"] as? String { operation["operationId"] = id + "InEstate" }
        let estate: [String: Any] = ["$ref": "#/components/parameters/estate"]
        operation["parameters"] = [estate] + (operation["parameters"] as? [Any] ?? [])
        var responses = operation["responses"] as? [String: Any] ?? [:]
        if responses["404"] == nil { responses["404"] = ["$ref": "#/components/responses/NotFound"] }
        operation["responses"] = responses
        return operation
    }
}
