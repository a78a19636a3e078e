import EstateStore
import Foundation
import Logging
import PostgresNIO

/// Where the PostgreSQL store is, read from a `postgres://user:password@host:port/database`
/// URL (`ESTATE_DATABASE_URL` or `--database`).
public struct PostgresSettings: Sendable, Hashable {
    public let host: String
    public let port: Int
    public let username: String
    public let password: String?
    public var database: String { databaseName }
    private var databaseName: String
    /// Connections in the pool (PostgresNIO's maximum).
    public var poolSize: Int = 8

    public init(url text: String) throws {
        guard let url = URLComponents(string: text), ["postgres", "postgresql"].contains(url.scheme ?? ""),
            let host = url.host, !host.isEmpty, let user = url.user, !user.isEmpty
        else {
            throw StoreError.unavailable(
                "\"\(Self.redacted(text))\" is not a PostgreSQL URL; write postgres://USER:PASSWORD@HOST:5432/DATABASE")
        }
        self.host = host
        port = url.port ?? 5432
        username = user.removingPercentEncoding ?? user
        password = url.password.map { $0.removingPercentEncoding ?? $0 }
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        databaseName = path.isEmpty ? username : path
    }

    /// The same server and credentials with another database.
    public func with(database: String) -> PostgresSettings {
        var copy = self
        copy.databaseName = database
        return copy
    }

    /// These settings as a `postgres://` URL (with the password), to open them as a `StoreLocation`.
    public var url: String {
        var components = URLComponents()
        components.scheme = "postgres"
        components.user = username
        components.password = password
        components.host = host
        components.port = port
        components.path = "/" + database
        return components.string ?? "postgres://\(username)@\(host):\(port)/\(database)"
    }

    /// Whether the server is on this machine (tests refuse anything else).
    public var isLocal: Bool { ["127.0.0.1", "localhost", "::1"].contains(host) }

    /// The URL without its password, for messages and logs.
    public static func redacted(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? "postgres://***"
    }

    /// The settings of a single connection (outside the pool) to this server and database.
    public var connectionConfiguration: PostgresConnection.Configuration {
        .init(host: host, port: port, username: username, password: password, database: database, tls: .disable)
    }

    /// Runs one statement on a connection of its own, e.g. CREATE or DROP DATABASE, which
    /// cannot run inside a transaction or through the pool's transactions.
    public func executeAlone(_ sql: String, logger: Logger = PostgresEstateStore.quietLogger) async throws {
        let connection = try await PostgresConnection.connect(
            configuration: connectionConfiguration, id: 1, logger: logger)
        do {
            _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).collect()
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }
}
