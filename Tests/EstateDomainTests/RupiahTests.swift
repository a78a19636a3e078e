import EstateDomain
import Testing

@Suite("Rupiah amounts as officers write them")
struct RupiahTests {
    @Test(
        "accepted formats",
        arguments: [
            ("50000000000", 50_000_000_000),
            ("Rp50.000.000.000", 50_000_000_000),
            ("Rp 50,000,000,000", 50_000_000_000),
            ("50 miliar", 50_000_000_000),
            ("50 M", 50_000_000_000),
            ("Rp50 billion", 50_000_000_000),
            ("1,5 miliar", 1_500_000_000),
            ("IDR 7.5 billion", 7_500_000_000),
            ("Rp50.000.000.001", 50_000_000_001),
            ("Rp 250 juta", 250_000_000),
            ("Rp1.250.000,-", 1_250_000),
            ("Rp1.250.000,00", 1_250_000),
            ("0", 0),
            ("  12 M  ", 12_000_000_000),
        ] as [(String, Int64)])
    func accepts(text: String, amount: Int64) throws {
        #expect(try Rupiah(parsing: text, field: "turnover") == Rupiah(amount))
    }

    @Test(
        "refused texts name the field and value",
        arguments: [
            "", "abc", "-5", "1.500 miliar", "1,2345 Rp", "50 kilo", "12.34", "Rp 1,5", "99999999999 triliun", "1.2.3",
            "Rp0,0000000000000000000", "9223372036854775808",
        ])
    func refuses(text: String) {
        #expect {
            try Rupiah(parsing: text, field: "turnover")
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.field == "turnover" && !error.fix.isEmpty
        }
    }

    @Test("written per language")
    func formats() {
        #expect(Rupiah(50_000_000_000).format(.indonesian) == "Rp50.000.000.000")
        #expect(Rupiah(50_000_000_000).format(.english) == "IDR 50,000,000,000")
        #expect(Rupiah(999).format(.indonesian) == "Rp999")
    }
}

@Suite("Exact areas")
struct AreaTests {
    @Test(
        "accepted",
        arguments: [
            ("250", 2_500_000), ("312.5", 3_125_000), ("312,5", 3_125_000), ("5.600,25", 56_002_500),
            ("112.5 m2", 1_125_000),
            ("0.0001", 1),
        ] as [(String, Int64)])
    func accepts(text: String, cm2: Int64) throws {
        #expect(try Area(parsing: text, field: "area_m2").squareCentimetres == cm2)
    }

    @Test("refused", arguments: ["0", "-3", "1.250", "12.34567", "ten", "", "0,00000000000000000001", "1000000001"])
    func refuses(text: String) {
        #expect(throws: InputError.self) { try Area(parsing: text, field: "area_m2") }
    }

    @Test("sums exactly and writes per language")
    func sums() {
        let tenth = Area(squareCentimetres: 1_000)
        let total = (0..<10_000).reduce(Area.zero) { sum, _ in sum + tenth }
        #expect(total == Area(squareMetres: 1_000))
        #expect(Area(squareCentimetres: 56_002_500).format(.indonesian) == "5.600,25 m²")
        #expect(Area(squareCentimetres: 56_002_500).format(.english) == "5,600.25 m²")
    }
}
