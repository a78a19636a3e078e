import EstateDomain
import EstateSQL
import EstateStore
import PostgresNIO

/// The one-round-trip write: when this process holds the estate at the version it last wrote or
/// read, a write is decided against that estate first and sent as one call,
/// `estate_write_if_current(estate, registry, version, token, statement, values)` (migrations 0008, 0011). The database
/// takes the estate's write lock, and runs the combined statement (`VersionedWrite`) only if the
/// version is still the one the write was decided against; the call is its own transaction, so
/// BEGIN and COMMIT cost no trip of their own. The check is the locked path's: the write applies
/// to exactly the estate it was checked against, or not at all. When the version has moved (another
/// process wrote), the write cannot be combined, its planning fails on the cached estate (which
/// may be stale), or the database refuses it, nothing was written and the caller takes the locked
/// path, which reads, decides and refuses with the record named (after a refusal, statement by
/// statement at once: `CombinedWriteRefused`). When the connection fails after
/// the call was sent, the write may have been made: that is said (`StoreError.unavailable`), never
/// retried, so that nothing is made twice or refused for being already there.
extension PostgresEstateStore {
    /// The write's result when it was made in one call; nil when nothing was written and the
    /// locked path must make it.
    func writeIfCurrent<T: Sendable>(
        registry: Bool, _ plan: (PostgresConnection, WriteBase) async throws -> PlannedWrite<T>
    ) async throws -> T? {
        guard let (version, estate) = cache.latest() else { return nil }
        let outcome: (PlannedWrite<T>, Int64)? = try await connection { connection in
            let planned: PlannedWrite<T>
            do {
                planned = try await plan(
                    connection,
                    WriteBase(
                        estate: estate, estateID: self.estateID, version: version, today: self.clock.today(),
                        cache: self.cache))
            } catch {
                return nil  // decided on an estate that may be stale: the locked path decides again
            }
            guard registry || !VersionedWrite.writesRegistry(planned.statements),
                let combined = VersionedWrite.combined(
                    planned.statements, moving: VersionedWrite.moveVersion(estate: self.estateID, registry: registry))
            else { return nil }
            let check = PendingTokenCheck.current
            let call = Self.writeIfCurrentCall(
                combined, estate: self.estateID, registry: registry, expected: version, token: check)
            let rows: [PostgresRow]
            do {
                rows = try await connection.query(call, logger: self.logger).collect()
            } catch let error as PSQLError where Self.violation(error) != nil {
                // The database refused the write, so the call's transaction rolled back: the locked
                // path runs it statement by statement (not combined again) for the record to name.
                throw CombinedWriteRefused()
            } catch let error as PSQLError where error.serverInfo?[.sqlState] == "CE401" {
                throw TokenNoLongerValid()  // the call checked the request's token first: nothing was written
            } catch let error as PSQLError where error.serverInfo != nil {
                // The server refused the call otherwise, and rolled it back: nothing was written.
                self.logger.debug("one-call write refused, taking the locked path: \(String(reflecting: error))")
                return nil
            } catch {
                throw StoreError.unavailable(
                    "the connection to PostgreSQL failed while a write was sent, so it may or may not have been "
                        + "made: look at the records (or the audit log) before repeating it")
            }
            // NULL: the version had moved, nothing was written, and the token was not checked.
            guard let moved = try rows.first.map(PostgresRowReader.init)?.int(0) else { return nil }
            check?.confirm()
            return (planned, moved)
        }
        guard let (planned, moved) = outcome else { return nil }
        cache.remember(planned.after, at: moved, problems: planned.afterProblems)
        return planned.result
    }

    /// `SELECT estate_write_if_current(…)` with the combined statement's values as one text array:
    /// each `?` becomes `($1[k])::type` (a null is written as NULL, which needs no type). `token`
    /// is the request's token, which the call checks once it holds the estate's lock (0009).
    static func writeIfCurrentCall(
        _ statement: SQLStatement, estate: Int64, registry: Bool, expected version: Int64,
        token: PendingTokenCheck?
    ) -> PostgresQuery {
        var values: [String] = []
        let sql = statement.replacingPlaceholders { value in
            guard let text = value.postgresText, let type = value.postgresType else { return "NULL" }
            values.append(text)
            return "($1[\(values.count)])::\(type)"
        }
        var binds = PostgresBindings()
        binds.append(estate)
        binds.append(registry)
        binds.append(version)
        binds.append(token?.id)
        binds.append(token?.secretSHA256)
        binds.append(sql)
        binds.append(values)
        return PostgresQuery(
            unsafeSQL: "SELECT estate_write_if_current(CAST($1 AS integer), $2, $3, $4, $5, $6, $7)", binds: binds)
    }
}
