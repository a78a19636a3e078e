import Foundation

/// The one JSON encoder every report uses: snake_case keys, sorted, pretty, so that scripts and
/// the HTTP API see the same stable text.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// An exact decimal for JSON numbers (square metres, fractions), never a binary float; null
/// when there is no value (e.g. a share of nothing).
struct ExactNumber: Encodable, Hashable {
    let text: String?

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        guard let text else { return try container.encodeNil() }
        try container.encode(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? 0)
    }
}
