import Foundation

/// What `JSONDecoder` does not say about a body that is valid JSON, found by reading it again
/// with `JSONSerialization`: which top-level key holds `null`, and which holds a number its
/// field cannot take. The decoder accepts `null` for an optional field as if the key were
/// absent (so a typo'd `"as_of": null` would silently mean today), and it reports a number out
/// of range (`"workers": 1e30`, `"workers": 1.5`, `"area_m2": 1e-200`) as "not valid JSON"
/// without naming the field.
enum JSONBodyFields {
    /// The keys of `fields` whose value in a JSON object is `null`, sorted; empty for anything
    /// else (keys outside `fields` are ignored, whatever they hold). Bodies without the bytes
    /// `null` are not parsed again.
    static func nullKeys(in data: Data, among fields: Set<String>) -> [String] {
        guard data.range(of: Data("null".utf8)) != nil, let object = topLevelObject(data) else { return [] }
        return object.filter { fields.contains($0.key) && $0.value is NSNull }.map(\.key).sorted()
    }

    /// The top-level key whose number makes `decode` fail the way a body that is not JSON does,
    /// with the number as text; nil when the body is not a JSON object or no number is to blame.
    /// The numbers are replaced by 1 one by one (keys sorted), a value every numeric field
    /// reads: the key whose replacement ends that failure is the one to blame. Replacements
    /// stay in place, so that two bad numbers do not hide each other. Only run on a body
    /// already refused.
    static func unreadableNumber(in data: Data, failsAsUnreadable: (Data) -> Bool) -> (key: String, value: String)? {
        guard var object = topLevelObject(data) else { return nil }
        for key in object.keys.sorted() {
            guard let value = object[key], value is NSNumber, type(of: value) != Bool.self else { continue }
            object[key] = 1
            guard let replaced = try? JSONSerialization.data(withJSONObject: object) else { return nil }
            if !failsAsUnreadable(replaced) { return (key, "\(value)") }
        }
        return nil
    }

    /// The top-level keys of a JSON object outside `fields`, sorted: for a body that replaces a
    /// whole record, where a misspelt key would silently empty the field it meant.
    static func unknownKeys(in data: Data, among fields: Set<String>) -> [String] {
        (topLevelObject(data) ?? [:]).keys.filter { !fields.contains($0) }.sorted()
    }

    private static func topLevelObject(_ data: Data) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: data, options: [])) as? [String: Any]
    }
}
