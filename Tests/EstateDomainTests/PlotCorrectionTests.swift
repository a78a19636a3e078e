import EstateDomain
import Testing

/// A plot's area or outline corrected (issue 15): only while the outline stays within 0.5 % of
/// the area; nothing to change and an unknown plot are refused.
@Suite("plots: corrected measures")
struct PlotCorrectionTests {
    static let estate = Fixtures.estate(plots: [Fixtures.plot("A-01", 100, outline: "0 0;10 0;10 10;0 10")])

    @Test(
        "the outline stays within 0.5 % of the corrected area (of the area, so 99.5 m² is out for 100 m² drawn)",
        arguments: [("99.51", true), ("100.5", true), ("99.5", false), ("100.51", false)])
    func areaAgainstOutline(area: String, accepted: Bool) throws {
        let corrected = { try Self.estate.correctingPlot("a-01", area: try Area(parsing: area, field: "area"), outline: nil) }
        if accepted {
            #expect(try corrected().estate.plots.first?.area == (try Area(parsing: area, field: "area")))
        } else {
            #expect(throws: RecordChangeRefusal.self) { try corrected() }
        }
    }

    @Test("area and outline corrected together, the outline removed, or nothing changed")
    func together() throws {
        let both = try Self.estate.correctingPlot(
            "A-01", area: Area(squareMetres: 150), outline: try PlanPolygon(parsing: "0 0;15 0;15 10;0 10"))
        #expect(both.before == "100 m², outline 0 0;10 0;10 10;0 10")
        #expect(both.after.hasPrefix("150 m², outline"))
        let removed = try Self.estate.correctingPlot("A-01", area: Area(squareMetres: 130), outline: nil, removeOutline: true)
        #expect(removed.after == "130 m², no outline")
        #expect(throws: RecordChangeRefusal.self) { try Self.estate.correctingPlot("A-01", area: Area(squareMetres: 100), outline: nil) }
        #expect(throws: RecordChangeRefusal.self) { try Self.estate.correctingPlot("A-99", area: Area(squareMetres: 1), outline: nil) }
        #expect(throws: InputError.self) {
            try Self.estate.correctingPlot(
                "A-01", area: nil, outline: try PlanPolygon(parsing: "0 0;10 0;10 10;0 10"), removeOutline: true)
        }
    }
}
