import EstateDomain
import Testing

/// The Dinas's yearly forum report (issue 18, item 5): only the year's forums and the outcomes
/// dated in the year, per sector by the firm's main KBLI, sums of values and jobs, and each
/// firm's workers from the year before's declaration to the year's.
@Suite("forum report")
struct ForumReportTests {
    static func firm(_ n: Int, kbli: String, declared: [(Int, Int, Int)], partnerships: [Partnership] = []) throws -> Tenant {
        try Tenant(
            nib: Fixtures.nib(n), legalName: "CV \(n)", npwp: try NPWP(parsing: "0012345678431000"), kbli: [try KBLI(parsing: kbli)],
            declarations: try declared.map { year, workers, local in
                try Declaration(fiscalYear: year, turnover: Rupiah(1_000_000_000), workers: workers, localWorkers: local, investment: Rupiah(0))
            }, partnerships: partnerships)
    }

    @Test("the year's forums and outcomes, per sector, with sums and employment")
    func report() throws {
        let industry = Fixtures.nib(900)
        let forums = [
            try ForumEvent(code: "F-26", heldOn: Fixtures.date("2026-09-01"), venue: "Aula", industries: [industry]),
            try ForumEvent(code: "F-27", heldOn: Fixtures.date("2027-03-10"), venue: "Aula", industries: [industry]),
        ]
        let meetings = [
            SavedMeeting(forum: "F-26", slot: 1, industry: industry, nib: Fixtures.nib(1), score: 80, need: 1),
            SavedMeeting(forum: "F-27", slot: 1, industry: industry, nib: Fixtures.nib(1), score: 80, need: 1),
            SavedMeeting(forum: "F-27", slot: 2, industry: industry, nib: Fixtures.nib(2), score: 70, need: 2),
        ]
        let on = Fixtures.date("2027-04-01")
        let outcomes = [
            try ForumOutcome(forum: "F-27", industry: industry, nib: Fixtures.nib(1), kind: .mou, on: Fixtures.date("2027-03-10")),
            try ForumOutcome(forum: "F-27", industry: industry, nib: Fixtures.nib(1), kind: .purchaseOrder, on: on, value: Rupiah(150_000_000)),
            try ForumOutcome(forum: "F-27", industry: industry, nib: Fixtures.nib(1), kind: .purchaseOrder, on: on, value: Rupiah(50_000_001)),
            // Of 2027's forum but dated 2028: next year's.
            try ForumOutcome(forum: "F-27", industry: industry, nib: Fixtures.nib(2), kind: .mou, on: Fixtures.date("2028-01-02")),
            // Of 2026's forum: not in 2027's report.
            try ForumOutcome(forum: "F-26", industry: industry, nib: Fixtures.nib(1), kind: .mou, on: Fixtures.date("2027-01-05")),
        ]
        // Partnerships are the firms' records: one that followed F-27 with its terms, one of
        // 2027 recorded as free text only (incomplete), and one of 2026 (not this year's).
        let firms = TenantRegistry([
            try Self.firm(
                1, kbli: "25920", declared: [(2026, 10, 6), (2027, 12, 9)],
                partnerships: [
                    try Partnership(partner: "PT Lama", product: "baut", since: Fixtures.date("2026-12-31")),
                    try Partnership(partner: "PT Baru", product: "mur", since: Fixtures.date("2027-01-01")),
                ]),
            try Self.firm(
                2, kbli: "10792", declared: [(2027, 15, 15)],
                partnerships: [
                    try Partnership(
                        partner: "PT Industri", product: "kemasan", since: on,
                        terms: try PartnershipTerms(
                            industry: industry, forum: "F-27", valuePerYear: Rupiah(600_000_000), jobs: 7, localJobs: 5))
                ]),
        ])
        let report = ForumReport.make(year: 2027, forums: forums, meetings: meetings, outcomes: outcomes, firms: firms)
        #expect(report.forums == ["F-27"])
        #expect(report.total.meetings == 2 && report.total.firms == 2 && report.total.industries == 1)
        #expect(report.total.mous == 1 && report.total.purchaseOrders == 2 && report.total.purchaseOrderValue == Rupiah(200_000_001))
        #expect(report.total.partnerships == 2 && report.total.partnershipValuePerYear == Rupiah(600_000_000))
        #expect(report.total.partnershipsFromForums == 1 && report.total.partnershipsIncomplete == 1)
        #expect(report.total.jobs == 7 && report.total.localJobs == 5)
        #expect(report.bySector.map(\.sector) == [.food, .metal])
        #expect(report.bySector[0].figures.partnerships == 1 && report.bySector[0].figures.partnershipsFromForums == 1)
        #expect(report.bySector[1].figures.purchaseOrders == 2 && report.bySector[1].figures.partnerships == 1)
        #expect(report.bySector[1].figures.partnershipsIncomplete == 1 && report.bySector[1].figures.jobs == 0)
        let first = try #require(report.employment.first)
        #expect(first.before?.workers == 10 && first.after?.workers == 12 && first.after?.local == 9)
        #expect(report.employment[1].before == nil && report.employment[1].after?.workers == 15)
        #expect(ForumReport.make(year: 2025, forums: forums, meetings: meetings, outcomes: outcomes, firms: firms).total.meetings == 0)
    }

    @Test("an outcome's fields by kind, on their boundaries")
    func outcomeRules() throws {
        let industry = Fixtures.nib(900)
        let day = Fixtures.date("2027-04-01")
        func make(_ kind: ForumOutcome.Kind, value: Int64? = nil, ends: String? = nil, jobs: Int? = nil, local: Int? = nil) throws -> ForumOutcome {
            try ForumOutcome(
                forum: "f-1", industry: industry, nib: Fixtures.nib(1), kind: kind, on: day, value: value.map(Rupiah.init),
                endsOn: ends.map(Fixtures.date), jobs: jobs, localJobs: local)
        }
        #expect(try make(.mou).forum == "F-1")
        #expect(throws: InputError.self) { try make(.mou, value: 1) }
        #expect(throws: InputError.self) { try make(.purchaseOrder) }
        #expect(throws: InputError.self) { try make(.purchaseOrder, value: 0) }
        #expect(try make(.purchaseOrder, value: 1).value == Rupiah(1))
        #expect(try make(.purchaseOrder, value: ForumOutcome.valueLimit).value?.amount == ForumOutcome.valueLimit)
        #expect(throws: InputError.self) { try make(.purchaseOrder, value: ForumOutcome.valueLimit + 1) }
        #expect(throws: InputError.self) { try make(.purchaseOrder, value: 5, jobs: 1) }
        #expect(throws: InputError.self) { try make(.partnership, ends: "2027-04-01") }
        #expect(try make(.partnership, ends: "2027-04-02").endsOn == Fixtures.date("2027-04-02"))
        #expect(try make(.partnership, jobs: 5, local: 5).localJobs == 5)
        #expect(throws: InputError.self) { try make(.partnership, jobs: 5, local: 6) }
        #expect(throws: InputError.self) { try make(.partnership, local: 1) }
    }

    @Test("a partnership's terms on their boundaries; a forum's partnership names its industry")
    func partnershipTerms() throws {
        let industry = Fixtures.nib(900)
        #expect(try PartnershipTerms(valuePerYear: Rupiah(0)).valuePerYear == Rupiah(0))
        #expect(throws: InputError.self) { try PartnershipTerms(valuePerYear: Rupiah(-1)) }
        #expect(try PartnershipTerms(valuePerYear: Rupiah(ForumOutcome.valueLimit)).valuePerYear?.amount == ForumOutcome.valueLimit)
        #expect(throws: InputError.self) { try PartnershipTerms(valuePerYear: Rupiah(ForumOutcome.valueLimit + 1)) }
        #expect(try PartnershipTerms(jobs: 100_000).jobs == 100_000)
        #expect(throws: InputError.self) { try PartnershipTerms(jobs: 100_001) }
        #expect(throws: InputError.self) { try PartnershipTerms(jobs: -1) }
        #expect(try PartnershipTerms(jobs: 3, localJobs: 3).localJobs == 3)
        #expect(throws: InputError.self) { try PartnershipTerms(jobs: 3, localJobs: 4) }
        #expect(throws: InputError.self) { try PartnershipTerms(localJobs: 0) }
        #expect(throws: InputError.self) { try PartnershipTerms(forum: "F-27") }
        #expect(try PartnershipTerms(industry: industry, forum: "f-27").forum == "F-27")
        #expect(try PartnershipTerms().isEmpty && !(try PartnershipTerms(industry: industry).isEmpty))
    }
}
