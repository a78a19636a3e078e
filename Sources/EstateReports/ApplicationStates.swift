import Foundation
import EstateDomain

/// The JSON of `estate applications list` and `GET /api/v1/applications`: `{"applications": [...]}`.
public struct ApplicationsDocument: Encodable, Sendable {
    public let applications: [ApplicationView]

    public init(applications: [ApplicationView]) {
        self.applications = applications
    }
}

/// The `state` filter both adapters read: comma-separated state names, English or Indonesian.
public enum ApplicationStates {
    /// The states named, every one when `text` is nil, empty or `all`; an unknown name is an
    /// `InputError` on `field` listing the states.
    public static func parse(_ text: String?, field: String) throws -> Set<ApplicationState> {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty, text.lowercased() != "all" else { return [] }
        var states = Set<ApplicationState>()
        for part in text.split(separator: ",") {
            let word = part.trimmingCharacters(in: .whitespaces).lowercased()
            let found = ApplicationState.allCases.first {
                $0.rawValue == word || ApplicationView.name($0, language: .indonesian) == word
            }
            guard let found else {
                throw InputError(
                    field: field, value: word, problem: "is not an application state",
                    fix: "Use active, housed, withdrawn, lapsed or refused, comma-separated, or all.")
            }
            states.insert(found)
        }
        return states
    }
}
