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
        #expect(one.sql.hasSuffix(WriteStatements.bumpVersion.sql))
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

    @Test("nothing, a bulk load, or a statement that is not an INSERT or UPDATE is not combined")
    func notCombined() {
        #expect(VersionedWrite.combined([]) == nil)
        #expect(VersionedWrite.combined([WriteStatements.bumpVersion]) == nil)
        let many = (0..<PostgresEstateStore.bulkThreshold).map { _ in
            WriteStatements.audit(actor: "t", action: "a", subject: "s", after: "{}")
        }
        #expect(VersionedWrite.combined(many) == nil)
        #expect(VersionedWrite.combined(Array(many.dropLast())) != nil)
    }
}
