import EstateDomain
import EstateStore
import Foundation

/// One audit entry as `estate audit` and `GET /api/v1/audit` give it: `at`, `actor`, `action`,
/// `record`, `before`, `after` (the JSON documents as stored), with the estate and the entry's words.
public struct AuditView: Encodable, Sendable {
    public let id: Int64
    public let at: String
    public let actor: String
    public let action: String
    /// The record's key, or the entry's words for an entry written before records were named.
    public let record: String
    public let subject: String
    public let estate: String?
    public let before: JSONText?
    public let after: JSONText?

    public init(_ entry: AuditEntry) {
        id = entry.id
        at = entry.at
        actor = entry.actor
        action = entry.action
        record = entry.record ?? entry.subject
        subject = entry.subject
        estate = entry.estate
        before = entry.before.map(JSONText.init)
        after = entry.after.map(JSONText.init)
    }

    /// Every key always, `null` where there is none.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(at, forKey: .at)
        try c.encode(actor, forKey: .actor)
        try c.encode(action, forKey: .action)
        try c.encode(record, forKey: .record)
        try c.encode(subject, forKey: .subject)
        try c.encode(estate, forKey: .estate)
        try c.encode(before, forKey: .before)
        try c.encode(after, forKey: .after)
    }

    enum CodingKeys: String, CodingKey { case id, at, actor, action, record, subject, estate, before, after }

    public static func table(_ views: [AuditView], language: Language) -> String {
        let id = language == .indonesian
        guard !views.isEmpty else { return id ? "Tidak ada catatan." : "No entry." }
        var table = TextTable(
            header: id
                ? ["waktu (UTC)", "oleh", "tindakan", "kawasan", "catatan", "sebelum", "sesudah"]
                : ["at (UTC)", "by", "action", "estate", "record", "before", "after"])
        for view in views {
            table.add([
                String(view.at.prefix(19)), view.actor, view.action, view.estate ?? "–", view.record,
                view.before?.summary ?? "", view.after?.summary ?? "",
            ])
        }
        return table.rendered
    }

    /// The entries as CSV, one row each: the same columns as the JSON.
    public static func csv(_ views: [AuditView]) -> String {
        let rows = [["id", "at", "actor", "action", "record", "subject", "estate", "before", "after"]]
            + views.map {
                [
                    String($0.id), $0.at, $0.actor, $0.action, $0.record, $0.subject, $0.estate ?? "", $0.before?.text ?? "",
                    $0.after?.text ?? "",
                ]
            }
        return rows.map { $0.map { ReportCSVRenderer.quoted($0) }.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}

/// A stored JSON document, written into the output as JSON (not as a string holding JSON).
public struct JSONText: Encodable, Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if let value = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) {
            try c.encode(value)
        } else {
            try c.encode(text)
        }
    }

    /// The document in one short line for a table or a page: a lone `state` or `values` bare.
    public var summary: String {
        if let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], object.count == 1,
            let only = object.values.first as? String
        {
            return String(only.prefix(60))
        }
        return String(text.prefix(60))
    }
}

/// Any JSON value, decoded and encoded again as it was.
indirect enum JSONValue: Codable {
    case string(String), integer(Int64), number(Double), bool(Bool), null, array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let bool = try? c.decode(Bool.self) { self = .bool(bool) }
        else if let int = try? c.decode(Int64.self) { self = .integer(int) }
        else if let double = try? c.decode(Double.self) { self = .number(double) }
        else if let string = try? c.decode(String.self) { self = .string(string) }
        else if let array = try? c.decode([JSONValue].self) { self = .array(array) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .integer(let i): try c.encode(i)
        case .number(let n): try c.encode(n)
        case .bool(let b): try c.encode(b)
        case .null: try c.encodeNil()
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }
}
