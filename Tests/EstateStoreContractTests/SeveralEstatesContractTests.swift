import EstateDomain
import EstateStore
import Testing

/// Two estates in one store: each keeps its own plots, leases and waitlist (a plot code may be
/// used in both), firms are one registry, and a firm's plot allowance is counted per estate.
@Suite("Storage contract: several estates in one store")
struct SeveralEstatesContractTests {
    static let sentra = try! NewEstate(
        code: "sentra-uji", name: "Sentra IKM Uji", address: "Jl. Uji No. 1", regency: "Kabupaten Bekasi")

    /// The sample cluster as the default estate, and an empty second estate with one open phase.
    static func twoEstates(_ store: any StoreService) async throws -> any StoreService {
        _ = try await store.write(EstateBatch(estate: seedEstate), actor: "seed")
        let listing = try await store.addEstate(sentra, actor: "test")
        let second = store.scoped(to: listing)
        var phase = EstateBatch()
        phase.phases = [
            Phase(
                id: 1, name: "Tahap 1", grossArea: Area(squareMetres: 2000),
                landUse: try LandUseSplit(leasablePercent: 70, greenBufferPercent: 10, roadsUtilitiesPercent: 20),
                opensOn: CivilDate(year: 2024, month: 1, day: 1), boundary: nil)
        ]
        _ = try await second.write(phase, actor: "test")
        return second
    }

    /// Plots of 20 m² in phase 1 (which in the sample cluster has 37.5 m² of capacity left).
    static func plots(_ codes: [String]) throws -> EstateBatch {
        var batch = EstateBatch()
        batch.plots = try codes.map { Sourced(try Plot(code: $0, phase: 1, area: Area(squareMetres: 20))) }
        return batch
    }

    static func leases(_ codes: [String], to nib: NIB) throws -> EstateBatch {
        var batch = EstateBatch()
        batch.leases = try codes.map { Sourced(try Lease(plotCode: $0, nib: nib, start: referenceDate, end: nil)) }
        return batch
    }

    @Test("a new estate is listed with its code and address, not as the default; its code is refused twice",
          arguments: StoreKind.allCases)
    func added(kind: StoreKind) async throws {
        try await kind.withStore { store in
            _ = try await Self.twoEstates(store)
            let listings = try await store.estates()
            #expect(listings.map(\.code) == ["KAWASAN-1", "SENTRA-UJI"])
            #expect(listings.map(\.isDefault) == [true, false])
            #expect(listings[1].address == "Jl. Uji No. 1")
            #expect(listings[1].phases == 1)
            let again = await #expect(throws: StoreError.self) {
                try await store.addEstate(try NewEstate(code: "SENTRA-UJI", name: "Lagi"), actor: "test")
            }
            #expect(again?.category == .conflict)
            #expect(try await store.estates().count == 2)
            // With no code, the store means its default estate.
            #expect(try await store.scoped(toCode: nil).loadEstate()?.name == seedEstate.name)
            #expect(try await store.scoped(toCode: "sentra-uji").loadEstate()?.name == "Sentra IKM Uji")
            await #expect(throws: StoreError.self) { try await store.scoped(toCode: "SENTRA-LAIN") }
            await #expect(throws: InputError.self) { try await store.scoped(toCode: "no such code!") }
        }
    }

    @Test("a plot code used in both estates; leases and waitlists apart; one firm a tenant in one, an applicant in the other",
          arguments: StoreKind.allCases)
    func apart(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let second = try await Self.twoEstates(store)
            let tenant = try #require(seedEstate.leases.first { $0.isInForce(on: referenceDate) }).nib
            let code = try #require(seedEstate.plots.first).code
            // act
            _ = try await second.write(try Self.plots([code]), actor: "test")
            var application = EstateBatch()
            application.applications = [
                Sourced(
                    try Application(
                        nib: tenant, minArea: Area(squareMetres: 100), maxArea: Area(squareMetres: 300), phase: nil,
                        submittedOn: referenceDate))
            ]
            _ = try await second.write(application, actor: "test")
            // check: the second estate holds its own plot, no lease, and the firm's application
            let other = try #require(try await second.loadEstate())
            #expect(other.plots.map(\.code) == [code])
            #expect(other.leases.isEmpty)
            #expect(other.applications.map(\.nib) == [tenant])
            #expect(other.tenant(tenant) != nil, "firms are one registry across estates")
            // the default estate is as seeded
            let first = try #require(try await store.loadEstate())
            #expect(first.plots == seedEstate.plots)
            #expect(first.leases == seedEstate.leases)
            #expect(Set(first.applications) == Set(seedEstate.applications))
            // a lease in the second estate names the second estate's plot
            _ = try await second.write(try Self.leases([code], to: tenant), actor: "test")
            #expect(try await second.loadEstate()?.leases(onPlot: code).count == 1)
            #expect(try await store.loadEstate()?.leases(onPlot: code) == seedEstate.leases(onPlot: code))
        }
    }

    @Test("a firm's plot allowance is counted per estate", arguments: StoreKind.allCases)
    func allowancePerEstate(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let second = try await Self.twoEstates(store)
            let limit = try seedEstate.ruleBook.ruleSet(asOf: referenceDate).parameters.maxPlotsPerTenant
            let firm = try #require(
                seedEstate.tenants.first {
                    seedEstate.currentAndFutureLeases(of: $0.nib, from: referenceDate).count == limit - 1
                })
            let codes = (1...limit).map { "S-\($0)" }
            _ = try await second.write(try Self.plots(codes), actor: "test")
            // act: the firm takes its whole allowance in the second estate, one below it in the first
            let summary = try await second.write(try Self.leases(codes, to: firm.nib), actor: "test")
            // check
            #expect(summary.totalInserted == limit)
            let other = try #require(try await second.loadEstate())
            #expect(other.currentAndFutureLeases(of: firm.nib, from: referenceDate).count == limit)
            #expect(other.problems(asOf: referenceDate).isEmpty)
            // one more in the second estate is refused, as it would be in one
            _ = try await second.write(try Self.plots(["S-X"]), actor: "test")
            let refused = await #expect(throws: StoreError.self) {
                try await second.write(try Self.leases(["S-X"], to: firm.nib), actor: "test")
            }
            #expect(refused?.category == .invalidData)
        }
    }

    @Test("a token limited to estates keeps their codes; one without a limit is for every estate", arguments: StoreKind.allCases)
    func limitedToken(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let limited = IssuedToken.generate(name: "sentra", role: .officer, estates: ["SENTRA-UJI", "KAWASAN-1"])
            let wide = IssuedToken.generate(name: "dinas", role: .viewer)
            try await store.createToken(limited.stored, actor: "test")
            try await store.createToken(wide.stored, actor: "test")
            let read = try #require(try await store.token(id: limited.stored.id))
            #expect(read.estates == ["KAWASAN-1", "SENTRA-UJI"])
            #expect(read.allows(estate: "SENTRA-UJI") && !read.allows(estate: "SENTRA-LAIN"))
            #expect(try await store.token(id: wide.stored.id)?.estates == nil)
            #expect(Set(try await store.tokens().map(\.isRegencyWide)) == [false, true])
        }
    }
}
