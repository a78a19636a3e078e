import EstateDomain
import Testing

/// A partnership's terms emptied by a correction (issue 18): a value or jobs typed into the
/// wrong partnership can be taken out again; a term both given and cleared, a name that is not a
/// term, and the industry of a partnership that followed a forum's meeting are refused.
@Suite("partnership terms cleared")
struct PartnershipClearingTests {
    static let nib = Fixtures.nib(1)
    static let industry = Fixtures.nib(900)

    static func estate(forum: String? = nil) throws -> Estate {
        var firm = Fixtures.tenant()
        firm.partnerships = [
            try Partnership(
                partner: "PT Besar (fiktif)", product: "braket", since: Fixtures.date("2024-04-01"),
                terms: try PartnershipTerms(industry: industry, forum: forum, valuePerYear: Rupiah(600_000_000), jobs: 6, localJobs: 5))
        ]
        return Fixtures.estate(plots: [], tenants: [firm])
    }

    static func corrected(_ correction: PartnershipCorrection, forum: String? = nil) throws -> PartnershipTerms? {
        let change = try estate(forum: forum).correctingPartnership(of: nib, partner: "PT Besar (fiktif)", product: "braket", to: correction)
        return change.estate.tenant(nib)?.partnerships.first?.terms
    }

    @Test("the value, the jobs with the local jobs, and the industry are emptied; the rest is kept")
    func cleared() throws {
        let value = try #require(try Self.corrected(PartnershipCorrection(clear: ["value_per_year"])))
        #expect(value.valuePerYear == nil && value.jobs == 6 && value.localJobs == 5 && value.industry == Self.industry)
        let jobs = try #require(try Self.corrected(PartnershipCorrection(clear: ["jobs", "local_jobs"])))
        #expect(jobs.jobs == nil && jobs.localJobs == nil && jobs.valuePerYear == Rupiah(600_000_000))
        let industry = try #require(try Self.corrected(PartnershipCorrection(clear: ["industry"])))
        #expect(industry.industry == nil)
    }

    @Test("refused: a term both given and cleared, local jobs left without jobs, a forum's industry, a name not a term")
    func refused() throws {
        #expect { try Self.corrected(PartnershipCorrection(jobs: 4, clear: ["jobs"])) } throws: { ($0 as? InputError)?.field == "jobs" }
        #expect { try Self.corrected(PartnershipCorrection(clear: ["jobs"])) } throws: { ($0 as? InputError)?.field == "local_jobs" }
        #expect { try Self.corrected(PartnershipCorrection(clear: ["industry"]), forum: "FORUM-2026-11") } throws: {
            ($0 as? InputError)?.field == "industry"
        }
        #expect { try PartnershipCorrection.clearing(["product"], field: "clear") } throws: {
            ($0 as? InputError)?.field == "clear" && ($0 as? InputError)?.value == "product"
        }
        #expect(try PartnershipCorrection.clearing(["jobs", "local_jobs"], field: "--clear") == ["jobs", "local_jobs"])
        #expect(!PartnershipCorrection(clear: ["jobs"]).isEmpty, "a correction that only clears is not empty")
    }
}
