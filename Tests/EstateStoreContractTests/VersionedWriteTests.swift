import EstateDomain
import EstateSQL
import Testing

@testable import EstatePostgres

/// Which writes PostgreSQL may send as one statement: only those whose parts do not read what
/// another part writes (the parts of one statement share a snapshot).
@Suite("PostgreSQL: a small write as one statement")
struct VersionedWriteTests {
    let firm = try! NIB(parsing: "9120000000001")
    let writes = WriteStatements(estate: 1)
    let move = VersionedWrite.moveVersion(estate: 1, registry: false)

    @Test("a tenant and its audit entry go as one statement that moves the version")
    func combined() throws {
        let tenant = try Tenant(nib: firm, legalName: "CV Satu", npwp: try NPWP(parsing: "0012345678431000"), kbli: [try KBLI(parsing: "25111")])
        let statements = [
            WriteStatements.tenant(tenant), WriteStatements.audit(actor: "t", action: "insert tenant", subject: "1", after: "{}"),
        ]
        let registry = VersionedWrite.moveVersion(estate: 1, registry: true)
        let one = try #require(VersionedWrite.combined(statements, moving: registry))
        #expect(one.sql.hasPrefix("WITH w0 AS (INSERT INTO tenants"))
        #expect(one.sql.hasSuffix(registry.sql))
        #expect(one.values == statements.flatMap(\.values) + registry.values)
        #expect(VersionedWrite.writesRegistry(statements))
    }

    @Test("a lease that looks up a plot written beside it runs statement by statement; alone it combines")
    func readsWhatAnotherWrites() throws {
        let plot = try Plot(code: "A-90", phase: 2, area: Area(squareMetres: 10))
        let lease = writes.lease(try Lease(plotCode: "A-90", nib: firm, start: referenceDate, end: nil))
        #expect(VersionedWrite.readTables(lease) == ["plots"])
        #expect(VersionedWrite.combined([writes.plot(plot), lease], moving: move) == nil)
        #expect(VersionedWrite.combined([lease], moving: move) != nil)
    }

    @Test("nothing, a bulk load, two audit entries, or a statement that is not an INSERT or UPDATE is not combined")
    func notCombined() throws {
        #expect(VersionedWrite.combined([], moving: move) == nil)
        #expect(VersionedWrite.combined([WriteStatements.bumpVersion], moving: move) == nil)
        let audit = WriteStatements.audit(actor: "t", action: "a", subject: "s", after: "{}")
        #expect(VersionedWrite.combined([audit, audit], moving: move) == nil)
        let tenants = try (0..<PostgresEstateStore.bulkThreshold).map { n in
            WriteStatements.tenant(
                try Tenant(
                    nib: try NIB(parsing: String(9_120_000_000_000 + n)), legalName: "CV \(n)",
                    npwp: try NPWP(parsing: "0012345678431000"), kbli: [try KBLI(parsing: "25111")]))
        }
        #expect(VersionedWrite.combined(tenants, moving: move) == nil)
        #expect(VersionedWrite.combined(Array(tenants.dropLast()), moving: move) != nil)
    }

    @Test("an UPDATE beside a write of its own table, or two plots (whose triggers read plots), run one by one")
    func sameTable() throws {
        let plot = try Plot(code: "A-90", phase: 2, area: Area(squareMetres: 10))
        let other = try Plot(code: "A-91", phase: 2, area: Area(squareMetres: 10))
        let withdrawn = try Plot(code: "A-91", phase: 2, area: Area(squareMetres: 10), withdrawnOn: referenceDate)
        #expect(VersionedWrite.combined([writes.plot(plot), writes.update(plot: withdrawn)], moving: move) == nil)
        #expect(VersionedWrite.combined([writes.plot(plot), writes.plot(other)], moving: move) == nil)
        let audit = WriteStatements.audit(actor: "t", action: "withdraw plot", subject: "plot A-91", after: "{}")
        #expect(VersionedWrite.combined([writes.update(plot: withdrawn), audit], moving: move) != nil)
    }
}
