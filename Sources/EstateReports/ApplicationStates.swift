import Foundation
import EstateDomain

/// The JSON of `estate applications list` and `GET /api/v1/applications`: `{"applications": [...]}`.
public struct ApplicationsDocument: Encodable, Sendable {
    public let applications: [ApplicationView]

    public init(applications: [ApplicationView]) {
        self.applications = applications
    }
}

/// The `state` filter both adapters read: state names as the JSON gives them (`active`,
/// `housed`, `withdrawn`, `lapsed`, `refused`), comma-separated without spaces, or `all`: the
/// form the OpenAPI document states as a pattern, so that what it allows is what is accepted.
public enum ApplicationStates {
    /// Every state when `text` is nil or `all`; anything else not of the form is an
    /// `InputError` on `field` listing the states.
    public static func parse(_ text: String?, field: String) throws -> Set<ApplicationState> {
        guard let text, text != "all" else { return [] }
        var states = Set<ApplicationState>()
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let found = ApplicationState(rawValue: String(part)) else {
                throw InputError(
                    field: field, value: text, problem: "is not a list of application states",
                    fix: "Use active, housed, withdrawn, lapsed or refused, comma-separated without spaces "
                        + "(e.g. withdrawn,lapsed), or all.")
            }
            states.insert(found)
        }
        return states
    }
}
