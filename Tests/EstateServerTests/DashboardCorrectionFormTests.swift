import EstateDomain
import EstateStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import EstateServer

/// The tenant page's row corrections (issue 15, items 2 and 6): a declaration corrected by a new
/// version, a partnership corrected, a lease not yet started moved. Each refusal re-renders the
/// page in its language with the row's form open and the values kept, and writes nothing.
@Suite("dashboard: correction forms")
struct DashboardCorrectionFormTests {
    static let putra = "/dashboard/tenants/9120510758287"
    static let baja = "/dashboard/tenants/9120983690060"

    /// A signed-in caller's CSRF value from the page and a poster of forms.
    static func session(
        _ server: ServerFixture, _ role: APIRole, lang: String, page: String
    ) async throws -> (page: TestResponse, post: (String, [(String, String)]) async throws -> TestResponse) {
        let cookie = "\(server.sessions[role]!); lang=\(lang)"
        let shown = try await server.send(.get, page, headers: [.cookie: cookie])
        let csrf = try #require(DashboardFlowTests.field("csrf", in: shown.text))
        let headers: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
        return (
            shown,
            { path, fields in
                try await server.send(.post, path, headers: headers, body: DashboardRulesTests.encoded([("csrf", csrf)] + fields))
            }
        )
    }

    @Test("an officer corrects a year's declaration by a new version; a refusal keeps the values", arguments: ["id", "en"])
    func declaration(lang: String) async throws {
        let server = try await ServerFixture()
        let (shown, post) = try await Self.session(server, .officer, lang: lang, page: Self.putra)
        #expect(shown.text.contains("declarations/corrections") && shown.text.contains(#"value="26500000000""#))
        #expect(shown.text.contains(lang == "id" ? "Simpan sebagai versi baru" : "Save as a new version"))
        let version = try await server.store.version()
        let figures = [("fiscal_year", "2025"), ("turnover", "26500000000"), ("local_workers", "12"), ("investment", "6,8 miliar")]
        let path = "\(Self.putra)/declarations/corrections"
        let unchanged = try await post(path, figures + [("workers", "12"), ("reason", "salah ketik")])
        #expect(unchanged.status.code == 422 || unchanged.status.code == 409, "\(unchanged.status)")
        #expect(unchanged.text.contains(lang == "id" ? "Tidak ada yang ditulis" : "Nothing was written"), "\(unchanged.text)")
        let noReason = try await post(path, figures + [("workers", "13"), ("reason", "")])
        #expect(noReason.status == .unprocessableContent && noReason.text.contains("reason"), "\(noReason.text)")
        #expect(noReason.text.contains(#"<details class="correct" open>"#), "the refused row's form is open again")
        #expect(noReason.text.contains(#"name="workers" value="13""#), "the values sent are kept")
        #expect(try await server.store.version() == version, "a refused form wrote something")
        let done = try await post(path, figures + [("workers", "13"), ("reason", "laporan BPJS: 13 pekerja")])
        #expect(done.status == .seeOther && done.headers[.location] == "\(Self.putra)?done=declaration-corrected")
        let firm = try #require(try await server.store.loadEstate()?.tenants.tenant(try NIB(parsing: "9120510758287")))
        let year = try #require(firm.declarations.first { $0.fiscalYear == 2025 })
        #expect(year.version == 2 && year.workers == 13 && year.correction?.reason == "laporan BPJS: 13 pekerja")
        #expect(year.versions.first?.workers == 12, "the version before stays")
    }

    @Test("an officer corrects a partnership's product and end; a refusal keeps the values", arguments: ["id", "en"])
    func partnership(lang: String) async throws {
        let server = try await ServerFixture()
        let (shown, post) = try await Self.session(server, .officer, lang: lang, page: Self.putra)
        #expect(shown.text.contains("partnerships/correction") && shown.text.contains(#"name="new_product" value="rangka jok""#))
        let version = try await server.store.version()
        let path = "\(Self.putra)/partnerships/correction"
        let named = [("partner", "PT Motor Dua Roda Bekasi Perkasa (fiktif)"), ("product", "rangka jok")]
        let backwards = try await post(
            path, named + [("new_partner", "PT Motor Dua Roda Bekasi Perkasa (fiktif)"), ("new_product", "rangka jok motor"),
                ("since", "2024-01-15"), ("ended_on", "2023-12-31")])
        #expect(backwards.status == .unprocessableContent && backwards.text.contains("ended_on"), "\(backwards.text)")
        #expect(backwards.text.contains(#"value="rangka jok motor""#) && backwards.text.contains(#"<details class="correct" open>"#))
        let missing = try await post(
            path, [("partner", "PT Tidak Ada"), ("product", "mur"), ("new_partner", "PT X"), ("new_product", "mur"), ("since", "2024-01-15")])
        #expect(missing.status == .notFound, "\(missing.text)")
        #expect(try await server.store.version() == version, "a refused form wrote something")
        let done = try await post(
            path, named + [("new_partner", "PT Motor Dua Roda Bekasi Perkasa (fiktif)"), ("new_product", "rangka jok motor"),
                ("since", "2024-01-15"), ("ended_on", "2026-07-01")])
        #expect(done.status == .seeOther && done.headers[.location] == "\(Self.putra)?done=partnership-corrected", "\(done.text)")
        let firm = try #require(try await server.store.loadEstate()?.tenants.tenant(try NIB(parsing: "9120510758287")))
        let corrected = try #require(firm.partnerships.first { $0.product == "rangka jok motor" })
        #expect(corrected.endedOn?.iso == "2026-07-01" && !firm.partnerships.contains { $0.product == "rangka jok" })
        // An empty end reopens it.
        let reopened = try await post(
            path, [("partner", "PT Motor Dua Roda Bekasi Perkasa (fiktif)"), ("product", "rangka jok motor"),
                ("new_partner", "PT Motor Dua Roda Bekasi Perkasa (fiktif)"), ("new_product", "rangka jok motor"),
                ("since", "2024-01-15"), ("ended_on", "")])
        #expect(reopened.status == .seeOther)
        let after = try #require(try await server.store.loadEstate()?.tenants.tenant(try NIB(parsing: "9120510758287")))
        #expect(after.partnerships.first { $0.product == "rangka jok motor" }?.endedOn == nil)
    }

    @Test("an admin moves a lease not yet started from its holder's page only; an officer may not", arguments: ["id", "en"])
    func reschedule(lang: String) async throws {
        let server = try await ServerFixture()
        try await server.leaseAhead(end: "2036-01-01")
        let (shown, post) = try await Self.session(server, .admin, lang: lang, page: Self.baja)
        #expect(shown.text.contains("leases/rescheduling") && shown.text.contains(#"name="start" value="2031-01-01""#))
        #expect(!shown.text.contains(#"name="start" value="2021-03-01""#), "A-01's lease has started: no form")
        #expect(shown.text.contains(lang == "id" ? "Ubah tanggal" : "Move its dates"))
        let version = try await server.store.version()
        let lease = [("plot", "A-04"), ("start", "2031-01-01")]
        let both = try await post("\(Self.baja)/leases/rescheduling", lease + [("new_start", "2031-01-01"), ("end", "2036-01-01"), ("open_end", "yes")])
        #expect(both.status == .unprocessableContent && both.text.contains("open_end"), "\(both.text)")
        #expect(both.text.contains(#"<details class="correct" open>"#) && both.text.contains(#"value="yes" checked"#))
        let elsewhere = try await post("\(Self.putra)/leases/rescheduling", lease + [("new_start", "2031-03-01")])
        #expect(elsewhere.status == .notFound, "another firm's page found the lease: \(elsewhere.status)")
        let (_, officer) = try await Self.session(server, .officer, lang: lang, page: Self.baja)
        #expect(try await officer("\(Self.baja)/leases/rescheduling", lease + [("new_start", "2031-03-01")]).status == .forbidden)
        #expect(try await server.store.version() == version, "a refused form wrote something")
        let done = try await post("\(Self.baja)/leases/rescheduling", lease + [("new_start", "2031-03-01"), ("end", "2036-03-01")])
        #expect(done.status == .seeOther && done.headers[.location] == "\(Self.baja)?done=lease-rescheduled", "\(done.text)")
        let moved = try #require(try await server.store.loadEstate()?.leases(onPlot: "A-04").last)
        #expect(moved.start.iso == "2031-03-01" && moved.end?.iso == "2036-03-01")
    }
}
