import Foundation

/// Where reminders are handed over: a plain SMTP relay, given as
/// `smtp://HOST[:PORT]?from=ADDRESS[&helo=NAME]` (`--smtp`, or `ESTATE_SMTP_URL`). The relay is
/// expected to be the association's own (e.g. Debian's postfix on the server itself), which
/// carries the mail on with TLS and authentication; this client speaks no TLS and no AUTH, so a
/// URL asking for them is refused rather than sent in the clear.
public struct SMTPConfiguration: Sendable, Hashable {
    public let host: String
    public let port: Int
    /// The envelope and header sender, e.g. `pengingat@ikmlogam.example`.
    public let from: String
    /// The name given in EHLO.
    public let helo: String

    public init(url text: String) throws {
        let problem = { (why: String) in
            SMTPConfigurationError(
                message: "\(why) Write it as smtp://HOST[:PORT]?from=ADDRESS, e.g. smtp://127.0.0.1:25?from=pengingat@ikmlogam.example.")
        }
        guard let url = URLComponents(string: text.trimmingCharacters(in: .whitespaces)) else {
            throw problem("The SMTP URL cannot be read.")
        }
        guard url.scheme == "smtp" else {
            throw problem("The SMTP URL's scheme is \(url.scheme ?? "missing"); only smtp (a local relay, no TLS) is spoken.")
        }
        guard url.user == nil, url.password == nil else {
            throw problem("The SMTP URL names a user; this client sends no password (over plain SMTP it would travel in the clear): let the local relay authenticate.")
        }
        guard let host = url.host, !host.isEmpty else { throw problem("The SMTP URL names no host.") }
        guard (1...65535).contains(url.port ?? 25) else { throw problem("The SMTP URL's port \(url.port ?? 0) is not 1 to 65535.") }
        let query = Dictionary((url.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        guard let from = query["from"], from.contains("@"), !from.contains(where: { "<>\r\n ".contains($0) }) else {
            throw problem("The SMTP URL has no from=ADDRESS (the sender of the reminders).")
        }
        self.host = host
        self.port = url.port ?? 25
        self.from = from
        self.helo = query["helo"] ?? "clusterestate.local"
    }
}

/// A `--smtp` / `ESTATE_SMTP_URL` that cannot be used, with what to write instead.
public struct SMTPConfigurationError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
