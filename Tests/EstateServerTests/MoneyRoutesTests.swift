import EstateDomain
import EstateStore
import Foundation
import HTTPTypes
import Testing

@testable import EstateServer

/// The money over HTTP (issue 16, item 8): an admin issues a month's invoices and cancels one, an
/// officer records payments, a viewer reads invoices, documents, CSV files and statements; a
/// role below the route's is refused; bad input is a 422 naming the field, and writes nothing.
@Suite("HTTP: invoices, payments and statements")
struct MoneyRoutesTests {
    static let first = "/api/v1/invoices/INV/KAWASAN-1/2026/00001"
    /// CV Baja Mandiri Sentosa, holder of A-01 (300 m²), billed 9,210,000 for a whole month.
    static let baja = "9120983690060"

    @Test("an admin issues the month once; an officer may not; a rerun issues nothing; a bad period is a 422")
    func run() async throws {
        let server = try await ServerFixture()
        try await server.readyToBill()
        let officer = try await server.send(.post, "/api/v1/invoice-runs", as: .officer, json: #"{"period": "2026-11"}"#)
        #expect(officer.status == .forbidden)
        let dry = try await server.send(.post, "/api/v1/invoice-runs", as: .admin, json: #"{"period": "2026-11", "dry_run": true}"#)
        #expect(dry.status == .ok && dry.text.contains(#""dry_run" : true"#), "\(dry.text)")
        #expect(try await server.store.invoices(InvoiceQuery()).isEmpty, "a dry run wrote invoices")
        let issued = try await server.send(.post, "/api/v1/invoice-runs", as: .admin, json: #"{"period": "2026-11"}"#)
        #expect(issued.status == .created, "\(issued.text)")
        let count = (issued.object["invoices"] as? [Any])?.count ?? 0
        #expect(count > 10)
        let again = try await server.send(.post, "/api/v1/invoice-runs", as: .admin, json: #"{"period": "2026-11"}"#)
        #expect(again.status == .ok && (again.object["invoices"] as? [Any])?.count == 0)
        #expect(again.object["already_invoiced"] as? Int == count)
        for bad in [#"{"period": "2026-13"}"#, #"{"period": "November"}"#, #"{}"#, #"{"period": 202611}"#] {
            let refused = try await server.send(.post, "/api/v1/invoice-runs", as: .admin, json: bad)
            #expect([.unprocessableContent, .badRequest].contains(refused.status), "\(bad): \(refused.text)")
        }
        #expect(try await server.store.invoices(InvoiceQuery()).count == count)
    }

    @Test("without a billing profile the run is refused (409) naming what to set, and writes nothing")
    func noProfile() async throws {
        let server = try await ServerFixture()
        let refused = try await server.send(.post, "/api/v1/invoice-runs", as: .admin, json: #"{"period": "2026-11"}"#)
        #expect(refused.status == .conflict, "\(refused.text)")
        #expect(refused.text.contains("billing profile"), "\(refused.text)")
        #expect(try await server.store.invoices(InvoiceQuery()).isEmpty)
    }

    @Test("a viewer lists, shows and downloads invoices: JSON, CSV and the printed page", arguments: ["id", "en"])
    func read(lang: String) async throws {
        let server = try await ServerFixture()
        try await server.readyToBill()
        _ = try await server.send(.post, "/api/v1/invoice-runs", as: .admin, json: #"{"period": "2026-11"}"#)
        let list = try await server.send(.get, "/api/v1/invoices?period=2026-11&nib=\(Self.baja)", as: .viewer)
        #expect(list.status == .ok && list.object["total"] as? Int == 1, "\(list.text)")
        let shown = try await server.send(.get, Self.first, as: .viewer)
        #expect(shown.status == .ok && shown.object["number"] as? String == "INV/KAWASAN-1/2026/00001", "\(shown.text)")
        let due = try #require(shown.object["amount_due"] as? Int)
        let page = try await server.send(.get, "\(Self.first)/document?lang=\(lang)", as: .viewer)
        #expect(page.status == .ok && page.headers[.contentType] == "text/html; charset=utf-8")
        let words = Terbilang.rupiah(Rupiah(Int64(due)))
        #expect(page.text.contains(words.prefix(1).uppercased() + words.dropFirst()), "terbilang of \(due) missing")
        #expect(page.text.contains(lang == "id" ? "TAGIHAN" : "INVOICE"))
        #expect(page.text.contains(lang == "id" ? "Harus dibayar" : "Amount due"))
        #expect(page.text.contains("BRI 0123-01-000123-30-1") && page.text.contains("0012345678431000"), "bank and NPWP")
        #expect(page.text.contains("@page { size: A4"))
        #expect(page.headers[.xContentTypeOptions] == "nosniff" && page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
        let month = try await server.send(.get, "/api/v1/invoice-runs/2026-11/document?lang=\(lang)", as: .viewer)
        #expect(month.status == .ok && month.text.components(separatedBy: "<article class=\"sheet\">").count - 1 > 10)
        let empty = try await server.send(.get, "/api/v1/invoice-runs/2026-10/document", as: .viewer)
        #expect(empty.status == .notFound, "\(empty.text)")
        let csv = try await server.send(.get, "/api/v1/invoices?period=2026-11&format=csv", as: .viewer)
        #expect(csv.status == .ok && csv.headers[.contentType] == "text/csv; charset=utf-8")
        let lines = csv.text.split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("number,kind,estate,nib,tenant,legal_form,plot") == true)
        let all = try await server.send(.get, "/api/v1/invoices?period=2026-11", as: .viewer)
        #expect(lines.count - 1 == all.object["total"] as? Int, "one CSV row per invoice of the month")
        for missing in ["/api/v1/invoices/INV/KAWASAN-1/2026/09999", "/api/v1/invoices/XX/KAWASAN-1/2026/00001",
                        "/api/v1/invoices/INV/KAWASAN-1/26/1/document"] {
            #expect(try await server.send(.get, missing, as: .viewer).status == .notFound, "\(missing)")
        }
        let badFormat = try await server.send(.get, "/api/v1/invoices?format=xlsx", as: .viewer)
        #expect(badFormat.status == .unprocessableContent && badFormat.text.contains("format"))
    }

    @Test("an officer records a payment; its replay is 200; other figures 409; bad values 422; a viewer 403")
    func payments() async throws {
        let server = try await ServerFixture()
        try await server.readyToBill()
        _ = try await server.send(.post, "/api/v1/invoice-runs", as: .admin, json: #"{"period": "2026-11"}"#)
        let body = #"{"nib": "\#(Self.baja)", "amount": "Rp9.210.000", "paid_on": "2026-11-20", "reference": "BRI-HTTP-1", "invoice": "INV/KAWASAN-1/2026/00001"}"#
        #expect(try await server.send(.post, "/api/v1/payments", as: .viewer, json: body).status == .forbidden)
        let recorded = try await server.send(.post, "/api/v1/payments", as: .officer, json: body)
        #expect(recorded.status == .created, "\(recorded.text)")
        let replay = try await server.send(.post, "/api/v1/payments", as: .officer, json: body)
        #expect(replay.status == .ok && replay.object["replayed"] as? Bool == true)
        #expect(replay.headers[.idempotentReplayed] == "true")
        let other = try await server.send(
            .post, "/api/v1/payments", as: .officer, json: body.replacingOccurrences(of: "9.210.000", with: "9.210.001"))
        #expect(other.status == .conflict && other.text.contains("BRI-HTTP-1"), "\(other.text)")
        let version = try await server.store.version()
        let bad: [(String, String)] = [
            (#"{"nib": "\#(Self.baja)", "amount": 0, "paid_on": "2026-11-20", "reference": "R1"}"#, "amount"),
            (#"{"nib": "\#(Self.baja)", "amount": "sembilan", "paid_on": "2026-11-20", "reference": "R1"}"#, "amount"),
            (#"{"nib": "12", "amount": 5, "paid_on": "2026-11-20", "reference": "R1"}"#, "nib"),
            (#"{"nib": "\#(Self.baja)", "amount": 5, "paid_on": "2026-02-30", "reference": "R1"}"#, "paid_on"),
            (#"{"nib": "\#(Self.baja)", "amount": 5, "paid_on": "2026-11-20", "reference": "=HYPERLINK()"}"#, "reference"),
            (#"{"nib": "\#(Self.baja)", "amount": 5, "paid_on": "2026-11-20", "reference": "R1", "invoice": "INV-1"}"#, "invoice"),
        ]
        for (json, field) in bad {
            let refused = try await server.send(.post, "/api/v1/payments", as: .officer, json: json)
            #expect(refused.status == .unprocessableContent && refused.text.contains(field), "\(json): \(refused.text)")
        }
        #expect(try await server.store.version() == version, "a refused payment wrote something")
        let shown = try await server.send(.get, Self.first, as: .viewer)
        #expect(shown.object["status"] as? String == "paid", "\(shown.text)")
        let receipt = try await server.send(.get, "/api/v1/payments/receipt?reference=BRI-HTTP-1&lang=id", as: .viewer)
        #expect(receipt.status == .ok && receipt.text.contains("KUITANSI"))
        #expect(receipt.text.contains("Sembilan juta dua ratus sepuluh ribu rupiah"), "\(receipt.text)")
        #expect(try await server.send(.get, "/api/v1/payments/receipt?reference=NOPE", as: .viewer).status == .notFound)
        let backwards = try await server.send(.get, "/api/v1/tenants/\(Self.baja)/statement?from=2026-11-30&to=2026-11-29", as: .viewer)
        #expect(backwards.status == .unprocessableContent && backwards.text.contains("\"field\":\"to\""), "\(backwards.text)")
        let statement = try await server.send(.get, "/api/v1/tenants/\(Self.baja)/statement?to=2026-11-30", as: .viewer)
        #expect(statement.status == .ok && statement.text.contains("BRI-HTTP-1"), "\(statement.text)")
        let csv = try await server.send(.get, "/api/v1/payments?format=csv", as: .viewer)
        #expect(csv.text.contains("BRI-HTTP-1,payment,\(Self.baja),9210000,2026-11-20,INV/KAWASAN-1/2026/00001"), "\(csv.text)")
        // An admin reverses it; the reversal has no receipt and the invoice is open again.
        let reversal = #"{"payment": "BRI-HTTP-1", "reference": "BRI-RET-1", "on": "2026-11-25", "reason": "transfer ditolak bank"}"#
        #expect(try await server.send(.post, "/api/v1/payments/reversals", as: .officer, json: reversal).status == .forbidden)
        let reversed = try await server.send(.post, "/api/v1/payments/reversals", as: .admin, json: reversal)
        #expect(reversed.status == .created, "\(reversed.text)")
        #expect(try await server.send(.get, "/api/v1/payments/receipt?reference=BRI-RET-1", as: .viewer).status == .conflict)
        let taken = try await server.send(.get, "/api/v1/payments/receipt?reference=BRI-HTTP-1", as: .viewer)
        #expect(taken.status == .conflict && taken.text.contains("BRI-RET-1"), "a reversed payment has no receipt: \(taken.text)")
        #expect(try await server.send(.get, Self.first, as: .viewer).object["status"] as? String == "open")
    }

    @Test("an admin cancels an invoice by a credit note; twice is a 409; an officer may not; the month is billed again")
    func cancel() async throws {
        let server = try await ServerFixture()
        try await server.readyToBill()
        let issued = try await server.send(.post, "/api/v1/invoice-runs", as: .admin, json: #"{"period": "2026-11"}"#)
        let count = (issued.object["invoices"] as? [Any])?.count ?? 0
        let reason = #"{"reason": "luas kavling salah"}"#
        #expect(try await server.send(.post, "\(Self.first)/cancellation", as: .officer, json: reason).status == .forbidden)
        let empty = try await server.send(.post, "\(Self.first)/cancellation", as: .admin, json: #"{"reason": "  "}"#)
        #expect(empty.status == .unprocessableContent && empty.text.contains("reason"), "\(empty.text)")
        let credit = try await server.send(.post, "\(Self.first)/cancellation", as: .admin, json: reason)
        #expect(credit.status == .created && credit.object["number"] as? String == "CN/KAWASAN-1/2026/00001", "\(credit.text)")
        #expect(credit.object["cancels"] as? String == "INV/KAWASAN-1/2026/00001")
        let twice = try await server.send(.post, "\(Self.first)/cancellation", as: .admin, json: reason)
        #expect(twice.status == .conflict, "\(twice.text)")
        let page = try await server.send(.get, "\(Self.first)/document?lang=en", as: .viewer)
        #expect(page.text.contains("CANCELLED") && page.text.contains("CN/KAWASAN-1/2026/00001"))
        let note = try await server.send(.get, "/api/v1/invoices/CN/KAWASAN-1/2026/00001/document?lang=id", as: .viewer)
        #expect(note.text.contains("NOTA KREDIT") && note.text.contains("luas kavling salah"))
        let rerun = try await server.send(.post, "/api/v1/invoice-runs", as: .admin, json: #"{"period": "2026-11"}"#)
        #expect(rerun.status == .created && (rerun.object["invoices"] as? [[String: Any]])?.first?["number"] as? String
            == "INV/KAWASAN-1/2026/\(String(format: "%05d", count + 1))", "\(rerun.text)")
    }
}
