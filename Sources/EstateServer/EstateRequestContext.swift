import EstateDomain
import EstateInterchange
import EstateStore
import Foundation
import Hummingbird

/// Who is calling: the role their token (or session) grants, and which token it was.
public struct Caller: Sendable, Hashable {
    public let role: APIRole
    public let tokenID: String
    public let tokenName: String
    /// The codes of the estates the token may be used for; nil for every estate.
    public var estates: [String]? = nil
    /// The firms a tenant token acts for; nil for staff, who see every firm of their estates.
    public var firms: Set<NIB>? = nil

    /// Whether the caller may read or write the estate with `code`.
    func allows(estate code: String) -> Bool { estates?.contains(code) ?? true }

    /// Whether the caller may see the records of the firm `nib`: staff every firm, a tenant
    /// only its own.
    func mayView(firm nib: NIB) -> Bool { firms?.contains(nib) ?? true }

    /// The name written to the audit log for changes this caller makes: its token's id (which
    /// the caller cannot choose) and name.
    var actor: String { "token:\(tokenID) (\(tokenName))" }
}

/// The request context of every route: the caller once authenticated, the language the
/// request asked for, and whether it came with a dashboard session (so forms need CSRF).
public struct EstateRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var caller: Caller?
    public var language: Language = .indonesian
    /// Set when the caller was recognised by the session cookie rather than a bearer token.
    public var session: DashboardSession?
    /// The peer's IP address (the proxy's, behind one), for throttling and the audit trail.
    public var address: String?

    public init(source: Source) {
        coreContext = .init(source: source)
        address = source.channel.remoteAddress?.ipAddress
    }

    /// Request bodies up to the size a CSV import takes (8 MiB); larger ones get a 413.
    public var maxUploadSize: Int { CSVImport.maximumFileBytes }
}

extension EstateRequestContext {
    /// A path parameter as the client meant it: percent-decoded (`/tenants/9120%20304050607`
    /// names `9120 304050607`, whose spaces the NIB reader ignores), so that the value an error
    /// echoes is the one the caller typed. Text that is not valid percent-encoding is kept as sent.
    func pathParameter(_ name: String) throws -> String {
        let raw = try parameters.require(name)
        return raw.removingPercentEncoding ?? raw
    }

    /// The path's `{id}`, a record's number (a submission, a document, an outbox entry); one
    /// that is no positive whole number is no such record: 404 naming `what` / `apa`.
    func recordNumber(_ what: String, apa: String) throws -> Int64 {
        let text = try pathParameter("id")
        guard let id = Int64(text), id > 0 else {
            throw Problem(
                .notFound, "\(apa) \(text) tidak ada; nomornya bilangan bulat, mis. 12.",
                "There is no \(what) \(text); its number is a whole number, e.g. 12.")
        }
        return id
    }
}
