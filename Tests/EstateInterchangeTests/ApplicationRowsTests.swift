import EstateDomain
import Testing

@testable import EstateInterchange

/// `applications.csv` with closed applications (issue 15): each state read back, and a closing
/// that cannot be stored refused as a row error naming its column, never a database refusal.
@Suite("applications.csv: closed applications")
struct ApplicationRowsTests {
    static let header = "nib,min_area_m2,max_area_m2,phase,submitted_on,reconfirmed_on,status,closed_on,closed_detail\n"

    @Test("each state is read with its day and detail")
    func states() throws {
        let rows = try RecordReaders.applications(
            file: "applications.csv",
            text: Self.header + """
                9120000000011,100,200,1,2026-01-10,,housed,2026-03-01,a-05
                9120000000012,100,200,,2026-01-11,,withdrawn,2026-02-01,"pindah, ke Karawang"
                9120000000013,100,200,,2026-01-12,,refused,2026-02-02,turnover-max;workforce-range
                9120000000014,100,200,,2026-01-13,2026-02-01,active,,
                """)
        #expect(
            rows.map(\.value.closing) == [
                .housed(on: try CivilDate(parsing: "2026-03-01", field: "d"), plot: "A-05"),
                .withdrawn(on: try CivilDate(parsing: "2026-02-01", field: "d"), reason: "pindah, ke Karawang"),
                .refused(on: try CivilDate(parsing: "2026-02-02", field: "d"), rules: "turnover-max;workforce-range"),
                nil,
            ])
    }

    @Test(
        "a closing that cannot be stored is a row error naming its column",
        arguments: [
            ("withdrawn,2026-02-01,\(String(repeating: "x", count: 501))", "closed_detail"),
            (",2026-02-01,lupa status", "closed_on"),
            ("active,,lupa status", "closed_detail"),
            ("refused,2026-02-01,Turnover Max", "closed_detail"),
            ("withdrawn,,pindah", "closed_on"),
            ("gone,2026-02-01,x", "status"),
            ("withdrawn,2025-12-31,sebelum diajukan", "closed_on"),
        ])
    func refused(closing: String, field: String) throws {
        let text = Self.header + "9120000000011,100,200,1,2026-01-10,,\(closing)\n"
        #expect {
            try RecordReaders.applications(file: "applications.csv", text: text)
        } throws: { error in
            let errors = (error as? RowErrors)?.errors ?? []
            return errors.count == 1 && errors[0].line == 2 && errors[0].error.field == field
        }
    }
}
