/// The two languages the association works in. Reports and messages come in both.
public enum Language: String, Sendable, CaseIterable, Codable {
    case indonesian = "id"
    case english = "en"
}

/// A text the association publishes in Bahasa Indonesia and English, such as a rule's message.
public struct LocalizedText: Hashable, Sendable, Codable {
    public let indonesian: String
    public let english: String

    public init(indonesian: String, english: String) {
        self.indonesian = indonesian
        self.english = english
    }

    public func text(_ language: Language) -> String {
        language == .indonesian ? indonesian : english
    }

    enum CodingKeys: String, CodingKey {
        case indonesian = "id"
        case english = "en"
    }
}
