import EstateDomain
import EstateSQL
import Testing

@testable import EstatePostgres

/// Which writes PostgreSQL may send as one statement: only those whose parts do not read what
/// another part writes (the parts of one statement share a snapshot).
@Suite("PostgreSQL: a small write as one statement")
struct VersionedWriteTests {
    let firm = try! NIB(parsing: "9120000000001")

    @Test("a tenant and its audit entry go as one statement that moves the version")
    func combined() throws {
        let tenant = try Tenant(nib: firm, legalName: "CV Satu", npwp: try NPWP(parsing: "0012345678431000"), kbli: [try KBLI(parsing: "25111")])
        let statements = [
            WriteStatements.tenant(tenant), WriteStatements.audit(actor: "t", action: "insert tenant", subject: "1", after: "{}"),
        ]
        let one = try #require(VersionedWrite.combined(statements))
        #expect(one.sql.hasPrefix("WITH w0 AS (INSERT INTO tenants"))
        #expect(one.sql.hasSuffix(VersionedWrite.moveVersion.sql))
        #expect(one.values == statements.flatMap(\.values))
    }

    @Test("a lease that looks up a plot written beside it runs statement by statement; alone it combines")
    func readsWhatAnotherWrites() throws {
        let plot = try Plot(code: "A-90", phase: 2, area: Area(squareMetres: 10))
        let lease = WriteStatements.lease(try Lease(plotCode: "A-90", nib: firm, start: referenceDate, end: nil))
        #expect(VersionedWrite.readTables(lease) == ["plots"])
        #expect(VersionedWrite.combined([WriteStatements.plot(plot), lease]) == nil)
        #expect(VersionedWrite.combined([lease]) != nil)
    }

    @Test("nothing, a bulk load, two audit entries, or a statement that is not an INSERT or UPDATE is not combined")
    func notCombined() throws {
        #expect(VersionedWrite.combined([]) == nil)
        #expect(VersionedWrite.combined([WriteStatements.bumpVersion]) == nil)
        let audit = WriteStatements.audit(actor: "t", action: "a", subject: "s", after: "{}")
        #expect(VersionedWrite.combined([audit, audit]) == nil)
        let tenants = try (0..<PostgresEstateStore.bulkThreshold).map { n in
            WriteStatements.tenant(
                try Tenant(
                    nib: try NIB(parsing: String(9_120_000_000_000 + n)), legalName: "CV \(n)",
                    npwp: try NPWP(parsing: "0012345678431000"), kbli: [try KBLI(parsing: "25111")]))
        }
        #expect(VersionedWrite.combined(tenants) == nil)
        #expect(VersionedWrite.combined(Array(tenants.dropLast())) != nil)
    }

    @Test("an UPDATE beside a write of its own table, or two plots (whose triggers read plots), run one by one")
    func sameTable() throws {
        let plot = try Plot(code: "A-90", phase: 2, area: Area(squareMetres: 10))
        let other = try Plot(code: "A-91", phase: 2, area: Area(squareMetres: 10))
        let withdrawn = try Plot(code: "A-91", phase: 2, area: Area(squareMetres: 10), withdrawnOn: referenceDate)
        #expect(VersionedWrite.combined([WriteStatements.plot(plot), WriteStatements.withdrawal(of: withdrawn)]) == nil)
        #expect(VersionedWrite.combined([WriteStatements.plot(plot), WriteStatements.plot(other)]) == nil)
        let audit = WriteStatements.audit(actor: "t", action: "withdraw plot", subject: "plot A-91", after: "{}")
        #expect(VersionedWrite.combined([WriteStatements.withdrawal(of: withdrawn), audit]) != nil)
    }
}
