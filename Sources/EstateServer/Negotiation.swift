import EstateDomain
import Hummingbird

/// Reading what a request asks for: its language and its format.
enum Negotiation {
    /// Refuses an explicit `?lang=` that names no language (422 naming `lang`) rather than
    /// quietly answering in another one; `language(_:)` then reads it.
    static func checkLanguageQuery(_ request: Request) throws {
        guard let lang = request.uri.queryParameters.get("lang").map({ String($0) }), Language(rawValue: lang) == nil
        else { return }
        throw Problem(
            .invalidField, "lang: \"\(lang)\" bukan bahasa yang tersedia; pakai id atau en.",
            "lang: \"\(lang)\" is not an available language; use id or en.", field: "lang")
    }

    /// `?lang=`, else the `lang` cookie, else the first of `id` or `en` in Accept-Language by
    /// preference, else Bahasa Indonesia (the association's working language).
    static func language(_ request: Request) -> Language {
        if let query = request.uri.queryParameters.get("lang"), let language = Language(rawValue: query) {
            return language
        }
        if let cookie = request.cookies["lang"]?.value, let language = Language(rawValue: cookie) { return language }
        guard let header = request.headers[.acceptLanguage] else { return .indonesian }
        let ranked = header.split(separator: ",").compactMap { part -> (Language, Double)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased() else { return nil }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = Language(rawValue: primary) else { return nil }
            let quality = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (language, quality)
        }
        return ranked.filter { $0.1 > 0 }.max { $0.1 < $1.1 }?.0 ?? .indonesian
    }
}
