import EstateDomain
import EstateSQL
import EstateStore
import Testing

/// Which writes check the estate as a whole afterwards: only those that add phases, plots,
/// leases or rule sets (`EstateBatch.canBreakInvariants`).
@Suite("A write checks what it can affect")
struct BatchScopeTests {
    @Test("registrations, declarations, partnerships and applications skip the pass; the rest do not")
    func scope() throws {
        let firm = try #require(seedEstate.tenants.first)
        var quiet = EstateBatch()
        quiet.tenants = [Sourced(firm)]
        quiet.applications = seedEstate.applications.prefix(1).map { Sourced($0) }
        #expect(!quiet.canBreakInvariants)
        for kind in ["phase", "plot", "lease", "rule set"] {
            var batch = quiet
            switch kind {
            case "phase": batch.phases = [try #require(seedEstate.phases.first)]
            case "plot": batch.plots = [Sourced(try #require(seedEstate.plots.first))]
            case "lease": batch.leases = [Sourced(try #require(seedEstate.leases.first))]
            default: batch.ruleSets = seedEstate.ruleBook.ruleSets
            }
            #expect(batch.canBreakInvariants, "a batch with a \(kind)")
        }
    }

    @Test("on the sample estate, adding a firm and its application leaves the problems as they were")
    func noNewProblem() throws {
        let date = referenceDate
        let before = seedEstate.problems(asOf: date).map(\.description)
        let firm = try Tenant(
            nib: try NIB(parsing: "9120000000555"), legalName: "CV Baru", npwp: try NPWP(parsing: "0012345678431000"),
            kbli: [try KBLI(parsing: "25111")])
        var batch = EstateBatch()
        batch.tenants = [Sourced(firm)]
        batch.applications = [
            Sourced(
                try Application(
                    nib: firm.nib, minArea: Area(squareMetres: 100), maxArea: Area(squareMetres: 300), phase: nil,
                    submittedOn: date))
        ]
        let after = try batch.applied(to: seedEstate)
        #expect(after.tenant(firm.nib) != nil)
        #expect(after.problems(asOf: date).map(\.description) == before)
    }
}
