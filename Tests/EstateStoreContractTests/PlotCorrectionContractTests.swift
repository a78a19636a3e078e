import EstateDomain
import EstateStore
import Testing

/// A plot's measures corrected (issue 15), on both engines: stored and audited before and after;
/// refused, with nothing written, when the phase's plots would exceed its leasable share; two
/// corrections racing for the phase's last capacity: one is made.
@Suite("Storage contract: correcting a plot")
struct PlotCorrectionContractTests {
    static func enlarge(_ code: String, to squareMetres: Int64) -> EstateChange {
        .correctPlot(code: code, area: Area(squareMetres: squareMetres), outline: nil, removeOutline: true)
    }

    @Test("a correction is stored and audited; one over the phase's share is refused", arguments: StoreKind.allCases)
    func correction(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await store.write(EstateBatch(estate: seedEstate), actor: "cli:seed")
            let outcome = try await store.amend(Self.enlarge("A-04", to: 160), actor: "cli:ani")
            #expect(outcome.before.hasPrefix("150 m², outline") && outcome.after == "160 m², no outline")
            let plot = try #require(try await store.loadEstate()?.plots.first { $0.code == "A-04" })
            #expect(plot.area == Area(squareMetres: 160) && plot.outline == nil)
            let entry = try #require(try await store.auditLog(AuditQuery(record: "plot:A-04", limit: 1)).first)
            #expect(entry.action == "correct plot" && entry.actor == "cli:ani" && entry.after?.contains("160 m²") == true)
            let before = try await store.auditLog(limit: 1)
            // phase 1 has 37.5 m² of capacity left, now 27.5: 30 more is refused
            await #expect(throws: StoreError.self) { try await store.amend(Self.enlarge("A-04", to: 190), actor: "cli:ani") }
            await #expect(throws: StoreError.self) { try await store.amend(Self.enlarge("A-98", to: 10), actor: "cli:ani") }
            #expect(try await store.auditLog(limit: 1) == before)
            #expect(try await store.loadEstate()?.plots.first { $0.code == "A-04" }?.area == Area(squareMetres: 160))
        }
    }

    @Test("two corrections racing for the phase's last capacity: one is made", arguments: StoreKind.allCases)
    func lastCapacity(kind: StoreKind) async throws {
        try await WriteRaceContractTests.eachRound(kind) { a, b in
            // phase 1 of the sample has 37.5 m² of plot capacity left; each correction takes 30
            let outcome = await WriteRaceContractTests.race(
                { try await a.amend(Self.enlarge("A-01", to: 330), actor: "admin-a") },
                { try await b.amend(Self.enlarge("A-02", to: 280), actor: "admin-b") })
            let loser = try #require(WriteRaceContractTests.oneWinner(outcome), "both or neither plot grew")
            #expect(loser.category == .invalidData)
            let plots = try #require(try await b.loadEstate()).plots
            let grown = plots.filter { ($0.code, $0.area) == ("A-01", Area(squareMetres: 330)) || ($0.code, $0.area) == ("A-02", Area(squareMetres: 280)) }
            #expect(grown.count == 1)
            try await WriteRaceContractTests.expectValid(a)
        }
    }
}
