import EstateDomain
import EstateStore
import Foundation
import HTTPTypes
import Testing

@testable import EstateServer

/// The tenant page's partnership forms (issue 15, item 6): an officer records and ends a
/// partnership through CSRF forms; a refused form shows the API's message in the page's
/// language with the values kept and writes nothing; a viewer sees no form and may not post.
@Suite("dashboard: partnership forms")
struct DashboardPartnershipTests {
    static let page = "/dashboard/tenants/9120510758287"

    @Test("an officer records and ends a partnership; refusals in the page's language write nothing", arguments: ["id", "en"])
    func forms(lang: String) async throws {
        let server = try await ServerFixture()
        let cookie = "\(server.sessions[.officer]!); lang=\(lang)"
        let shown = try await server.send(.get, "\(Self.page)?as_of=\(ServerFixture.asOf)", headers: [.cookie: cookie])
        #expect(shown.status == .ok && shown.text.contains("pelat stamping bodi"))
        let csrf = try #require(DashboardFlowTests.field("csrf", in: shown.text))
        let headers: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
        let post = { (path: String, fields: [(String, String)]) in
            try await server.send(.post, path, headers: headers, body: DashboardRulesTests.encoded(fields))
        }
        let version = try await server.store.version()
        // refused: a formula in the partner, an end before the start, a forged CSRF value
        let formula = try await post(
            "\(Self.page)/partnerships", [("csrf", csrf), ("partner", "=HYPERLINK()"), ("product", "mur baut"), ("since", "2025-01-01")])
        #expect(formula.status == .unprocessableContent, "\(formula.text)")
        #expect(formula.text.contains(lang == "id" ? "Tidak ada yang ditulis" : "Nothing was written"))
        #expect(formula.text.contains(lang == "id" ? "dijalankan sebagai rumus" : "which a spreadsheet would run as a formula"))
        #expect(formula.text.contains(#"value="mur baut""#), "the values sent are kept")
        let early = try await post(
            "\(Self.page)/partnerships/end",
            [("csrf", csrf), ("partner", "PT Otomotif Nusantara Jaya (fiktif)"), ("product", "pelat stamping bodi"), ("on", "2021-01-01")])
        #expect(early.status == .unprocessableContent && early.text.contains("2021-10-01"), "\(early.text)")
        let forged = try await post(
            "\(Self.page)/partnerships", [("csrf", "x"), ("partner", "PT Baja (fiktif)"), ("product", "mur"), ("since", "2025-01-01")])
        #expect(forged.status == .forbidden)
        #expect(try await server.store.version() == version, "a refused form wrote something")
        // recorded, then ended: back to the page with a fixed message
        let added = try await post(
            "\(Self.page)/partnerships", [("csrf", csrf), ("partner", "PT Baja (fiktif)"), ("product", "mur"), ("since", "2025-01-01")])
        #expect(added.status == .seeOther && added.headers[.location] == "\(Self.page)?done=partnership-added")
        let after = try await server.send(.get, "\(Self.page)?done=partnership-added&as_of=\(ServerFixture.asOf)", headers: [.cookie: cookie])
        #expect(after.text.contains("PT Baja (fiktif)"))
        #expect(after.text.contains(lang == "id" ? "Kemitraan dicatat." : "The partnership was recorded."))
        let ended = try await post(
            "\(Self.page)/partnerships/end",
            [("csrf", csrf), ("partner", "PT Baja (fiktif)"), ("product", "mur"), ("on", "2026-12-01")])
        #expect(ended.status == .seeOther && ended.headers[.location] == "\(Self.page)?done=partnership-ended")
        let estate = try #require(try await server.store.loadEstate())
        let baja = estate.tenants.flatMap(\.partnerships).first { $0.partner == "PT Baja (fiktif)" }
        #expect(baja?.endedOn?.iso == "2026-12-01")
    }

    @Test("a viewer sees the partnerships without a form and may not post one")
    func viewer() async throws {
        let server = try await ServerFixture()
        let cookie = "\(server.sessions[.viewer]!)"
        let shown = try await server.send(.get, "\(Self.page)?as_of=\(ServerFixture.asOf)", headers: [.cookie: cookie])
        #expect(shown.text.contains("pelat stamping bodi") && !shown.text.contains("partnerships/end"))
        let csrf = try #require(DashboardFlowTests.field("csrf", in: shown.text))
        let refused = try await server.send(
            .post, "\(Self.page)/partnerships", headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
            body: DashboardRulesTests.encoded([("csrf", csrf), ("partner", "PT X"), ("product", "mur"), ("since", "2025-01-01")]))
        #expect(refused.status == .forbidden)
    }

    @Test("an officer records a declaration and corrects the firm; a refusal keeps the values and writes nothing", arguments: ["id", "en"])
    func recordForms(lang: String) async throws {
        let server = try await ServerFixture()
        let cookie = "\(server.sessions[.officer]!); lang=\(lang)"
        let shown = try await server.send(.get, "\(Self.page)?as_of=\(ServerFixture.asOf)", headers: [.cookie: cookie])
        #expect(shown.text.contains(lang == "id" ? "Catat laporan tahunan" : "Record a yearly declaration"))
        let csrf = try #require(DashboardFlowTests.field("csrf", in: shown.text))
        let headers: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
        let post = { (path: String, fields: [(String, String)]) in
            try await server.send(.post, path, headers: headers, body: DashboardRulesTests.encoded(fields))
        }
        let version = try await server.store.version()
        let figures = [("fiscal_year", "2026"), ("turnover", "30 miliar"), ("workers", "12"), ("investment", "7 miliar"), ("declared_on", "2027-03-01")]
        let tooMany = try await post("\(Self.page)/declarations", [("csrf", csrf), ("local_workers", "13")] + figures)
        #expect(tooMany.status == .unprocessableContent && tooMany.text.contains("local_workers"), "\(tooMany.text)")
        #expect(tooMany.text.contains(#"value="30 miliar""#), "the values sent are kept")
        let badNPWP = try await post("\(Self.page)/correction", [("csrf", csrf), ("npwp", "12")])
        #expect(badNPWP.status == .unprocessableContent && badNPWP.text.contains("npwp"), "\(badNPWP.text)")
        #expect(try await server.store.version() == version, "a refused form wrote something")
        let declared = try await post("\(Self.page)/declarations", [("csrf", csrf), ("local_workers", "10")] + figures)
        #expect(declared.status == .seeOther && declared.headers[.location] == "\(Self.page)?done=declaration-recorded")
        let corrected = try await post("\(Self.page)/correction", [("csrf", csrf), ("address", "Jl. Industri 5, Tambun")])
        #expect(corrected.status == .seeOther && corrected.headers[.location] == "\(Self.page)?done=tenant-corrected")
        let firm = try #require(try await server.store.loadEstate()?.tenants.tenant(try NIB(parsing: "9120510758287")))
        #expect(firm.contact.address == "Jl. Industri 5, Tambun" && firm.declarations.contains { $0.fiscalYear == 2026 })
    }

    @Test("an officer applies, reconfirms and withdraws for a firm; refusals keep the values and write nothing")
    func applicationForms() async throws {
        let server = try await ServerFixture()
        let page = "/dashboard/tenants/9120327342742"
        let cookie = "\(server.sessions[.officer]!); lang=en"
        let shown = try await server.send(.get, "\(page)?as_of=\(ServerFixture.asOf)", headers: [.cookie: cookie])
        #expect(shown.text.contains("Applications for a plot") && shown.text.contains("applications/withdrawal"))
        let csrf = try #require(DashboardFlowTests.field("csrf", in: shown.text))
        let headers: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
        let post = { (path: String, fields: [(String, String)]) in
            try await server.send(.post, path, headers: headers, body: DashboardRulesTests.encoded([("csrf", csrf)] + fields))
        }
        let version = try await server.store.version()
        let backwards = try await post(
            "\(page)/applications", [("min_area_m2", "300"), ("max_area_m2", "200"), ("submitted_on", "2026-06-30")])
        #expect(backwards.status == .unprocessableContent && backwards.text.contains("max_area_m2"), "\(backwards.text)")
        #expect(backwards.text.contains(#"value="300""#))
        let noReason = try await post("\(page)/applications/withdrawal", [("submitted_on", "2026-06-20"), ("on", "2026-06-30"), ("reason", " ")])
        #expect(noReason.status == .unprocessableContent && noReason.text.contains("reason"), "\(noReason.text)")
        #expect(try await server.store.version() == version, "a refused form wrote something")
        let reconfirmed = try await post("\(page)/applications/reconfirmation", [("on", "2026-06-30")])
        #expect(reconfirmed.headers[.location] == "\(page)?done=application-reconfirmed")
        let withdrawn = try await post(
            "\(page)/applications/withdrawal", [("submitted_on", "2026-06-20"), ("on", "2026-06-30"), ("reason", "pindah ke Karawang")])
        #expect(withdrawn.headers[.location] == "\(page)?done=application-withdrawn", "\(withdrawn.text)")
        let estate = try #require(try await server.store.loadEstate())
        let application = try #require(estate.applications.first { $0.nib.digits == "9120327342742" })
        #expect(application.closing == .withdrawn(on: try CivilDate(parsing: "2026-06-30", field: "d"), reason: "pindah ke Karawang"))
    }

    @Test("an admin ends a lease through a confirmation page that writes nothing; an officer may not", arguments: ["id", "en"])
    func leaseEnding(lang: String) async throws {
        let server = try await ServerFixture()
        let cookie = "\(server.sessions[.admin]!); lang=\(lang)"
        let shown = try await server.send(.get, "\(Self.page)?as_of=\(ServerFixture.asOf)", headers: [.cookie: cookie])
        let csrf = try #require(DashboardFlowTests.field("csrf", in: shown.text))
        #expect(shown.text.contains("leases/A-05/ending"))
        let headers: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
        let post = { (fields: [(String, String)]) in
            try await server.send(
                .post, "\(Self.page)/leases/A-05/ending", headers: headers, body: DashboardRulesTests.encoded([("csrf", csrf)] + fields))
        }
        let version = try await server.store.version()
        let asked = try await post([("kind", "terminate"), ("on", "2026-12-31"), ("reason", "pindah ke Karawang")])
        #expect(asked.status == .ok && asked.text.contains(#"name="confirmed" value="yes""#))
        #expect(asked.text.contains(lang == "id" ? "Putus sewa lebih awal?" : "Terminate the lease early?"))
        #expect(try await server.store.version() == version, "the confirmation page wrote something")
        // Another firm's page cannot end this firm's lease, at either step.
        let other = "/dashboard/tenants/9120983690060/leases/A-05/ending"
        for fields in [[("kind", "end"), ("on", "2026-12-31")], [("kind", "end"), ("on", "2026-12-31"), ("confirmed", "yes")]] {
            let wrong = try await server.send(.post, other, headers: headers, body: DashboardRulesTests.encoded([("csrf", csrf)] + fields))
            #expect(wrong.status == .notFound, "\(fields): \(wrong.status)")
        }
        let notUTF8 = try await server.send(
            .post, "\(Self.page)/correction", headers: headers, body: "csrf=\(csrf)&name=%FF%FE")
        #expect(notUTF8.status == .unprocessableContent && notUTF8.text.contains("UTF-8"), "\(notUTF8.text)")
        let noReason = try await post([("kind", "terminate"), ("on", "2026-12-31"), ("reason", ""), ("confirmed", "yes")])
        #expect(noReason.status == .unprocessableContent, "\(noReason.text)")
        #expect(try await server.store.version() == version, "a refused confirmation wrote something")
        let done = try await post([("kind", "terminate"), ("on", "2026-12-31"), ("reason", "pindah ke Karawang"), ("confirmed", "yes")])
        #expect(done.status == .seeOther && done.headers[.location] == "\(Self.page)?done=lease-terminated", "\(done.text)")
        let lease = try #require(try await server.store.loadEstate()?.leases(onPlot: "A-05").first)
        #expect(lease.state == .terminated(on: try CivilDate(parsing: "2026-12-31", field: "d"), reason: "pindah ke Karawang"))
        let officer = "\(server.sessions[.officer]!)"
        let page = try await server.send(.get, "\(Self.page)?as_of=\(ServerFixture.asOf)", headers: [.cookie: officer])
        #expect(!page.text.contains("leases/A-06/ending"), "an officer is shown no lease form")
        let refused = try await server.send(
            .post, "\(Self.page)/leases/A-06/ending", headers: [.cookie: officer, .contentType: "application/x-www-form-urlencoded"],
            body: DashboardRulesTests.encoded([("csrf", csrf), ("kind", "end"), ("on", "2028-01-01"), ("confirmed", "yes")]))
        #expect(refused.status == .forbidden)
    }

    @Test("the plot page: leases and history for an admin, who corrects and withdraws the plot; an officer sees no form")
    func plotPage() async throws {
        let server = try await ServerFixture()
        let cookie = "\(server.sessions[.admin]!); lang=en"
        let overview = try await server.send(.get, "/?as_of=\(ServerFixture.asOf)", headers: [.cookie: cookie])
        #expect(overview.text.contains("/dashboard/plots/A-04"), "a plot without a lease links its own page")
        let shown = try await server.send(.get, "/dashboard/plots/a-04?as_of=\(ServerFixture.asOf)", headers: [.cookie: cookie])
        #expect(shown.status == .ok && shown.text.contains("Plot A-04") && shown.text.contains("History of changes"))
        #expect(shown.text.contains("terminated"), "its terminated lease is listed")
        #expect(shown.text.contains("KAWASAN-1") && !shown.text.contains("SENTRA-SETU</td>"), "the sentra's A-04 is another record")
        let csrf = try #require(DashboardFlowTests.field("csrf", in: shown.text))
        let headers: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
        let version = try await server.store.version()
        let mismatch = try await server.send(
            .post, "/dashboard/plots/A-04/correction", headers: headers,
            body: DashboardRulesTests.encoded([("csrf", csrf), ("area_m2", "151"), ("polygon", "37.5 15;45 15;45 35;37.5 35")]))
        #expect(mismatch.status == .conflict && mismatch.text.contains("0.5 %"), "\(mismatch.text)")
        #expect(try await server.store.version() == version, "a refused form wrote something")
        let corrected = try await server.send(
            .post, "/dashboard/plots/A-04/correction", headers: headers,
            body: DashboardRulesTests.encoded([("csrf", csrf), ("area_m2", "151"), ("polygon", "")]))
        #expect(corrected.headers[.location] == "/dashboard/plots/A-04?done=plot-corrected", "\(corrected.text)")
        let withdrawn = try await server.send(
            .post, "/dashboard/plots/A-04/withdrawal", headers: headers, body: DashboardRulesTests.encoded([("csrf", csrf), ("on", "2026-12-01")]))
        #expect(withdrawn.headers[.location] == "/dashboard/plots/A-04?done=plot-withdrawn", "\(withdrawn.text)")
        let plot = try #require(try await server.store.loadEstate()?.plots.first { $0.code == "A-04" })
        #expect(plot.area == Area(squareMetres: 151) && plot.outline == nil && plot.withdrawnOn?.iso == "2026-12-01")
        let officer = try await server.send(
            .get, "/dashboard/plots/A-04?as_of=\(ServerFixture.asOf)", headers: [.cookie: "\(server.sessions[.officer]!)"])
        #expect(officer.status == .ok && !officer.text.contains("plots/A-04/correction") && !officer.text.contains("History of changes"))
    }

    @Test("an officer adds a firm and lands on its page; a bad NIB keeps the values and writes nothing", arguments: ["id", "en"])
    func addFirm(lang: String) async throws {
        let server = try await ServerFixture()
        let cookie = "\(server.sessions[.officer]!); lang=\(lang)"
        let overview = try await server.send(.get, "/?as_of=\(ServerFixture.asOf)", headers: [.cookie: cookie])
        #expect(overview.text.contains("/dashboard/firms/new"))
        let shown = try await server.send(.get, "/dashboard/firms/new", headers: [.cookie: cookie])
        #expect(shown.status == .ok && shown.text.contains(lang == "id" ? "Tambah perusahaan" : "Add a firm"))
        let csrf = try #require(DashboardFlowTests.field("csrf", in: shown.text))
        let headers: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
        let firm = [("name", "CV Uji Coba"), ("npwp", "01.234.567.8-901.000"), ("kbli", "25920"), ("address", "Jl. Uji 1")]
        let version = try await server.store.version()
        let bad = try await server.send(
            .post, "/dashboard/firms", headers: headers, body: DashboardRulesTests.encoded([("csrf", csrf), ("nib", "912099900001")] + firm))
        #expect(bad.status == .unprocessableContent && bad.text.contains("nib") && bad.text.contains(#"value="CV Uji Coba""#), "\(bad.text)")
        #expect(try await server.store.version() == version, "a refused form wrote something")
        let added = try await server.send(
            .post, "/dashboard/firms", headers: headers, body: DashboardRulesTests.encoded([("csrf", csrf), ("nib", "9120999000013")] + firm))
        #expect(added.status == .seeOther && added.headers[.location] == "/dashboard/tenants/9120999000013?done=tenant-added")
        let stored = try await server.store.loadEstate()?.tenants.tenant(try NIB(parsing: "9120999000013"))
        #expect(stored?.legalName == "CV Uji Coba" && stored?.contact.address == "Jl. Uji 1")
        let viewer = try await server.send(.get, "/?as_of=\(ServerFixture.asOf)", headers: [.cookie: "\(server.sessions[.viewer]!)"])
        #expect(!viewer.text.contains("/dashboard/firms/new"))
    }
}
