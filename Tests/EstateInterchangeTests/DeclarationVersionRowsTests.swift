import EstateDomain
import EstateInterchange
import Testing

/// `tenants.csv` rows holding a declaration's versions (issue 15): each version on the row after
/// the one it corrects; a version out of order, a correction without its reason or on version 1,
/// a filing day that moves and a version that changes no figure are refused at their row and
/// column.
@Suite("tenants.csv: declaration versions")
struct DeclarationVersionRowsTests {
    static let header = "nib,name,npwp,kbli,fiscal_year,turnover,workers,local_workers,investment,declared_on,version,correction_reason,corrected_on"
    static let firm = "9120983690060,CV Satu,0012345678431000,25111"

    static func rows(_ lines: [String]) -> String { ([header] + lines.map { "\(firm),\($0)" }).joined(separator: "\n") }

    @Test("versions 1, 2 and 3 of a year are read as one declaration with its history")
    func chained() throws {
        let tenants = try RecordReaders.tenants(
            file: "tenants.csv",
            text: Self.rows([
                "2025,100,12,6,10,2026-03-15,1,,", "2025,200,12,6,10,2026-03-15,2,salah ketik,2026-04-01",
                "2025,300,12,6,10,2026-03-15,3,audit,2026-05-01",
            ]))
        let year = try #require(tenants.first?.value.declarations.first)
        #expect(year.version == 3 && year.versions.map(\.turnover.amount) == [100, 200, 300])
        #expect(year.correction?.reason == "audit" && year.superseded.last?.correction?.on.iso == "2026-04-01")
    }

    @Test(
        "a version out of order or breaking the rules is refused at its row and column",
        arguments: [
            (["2025,100,12,6,10,2026-03-15,1,,", "2025,200,12,6,10,2026-03-15,3,x,2026-04-01"], "3:version", "version 2 is missing"),
            (["2025,100,12,6,10,2026-03-15,1,x,2026-04-01"], "2:correction_reason", "is given on version 1"),
            (["2025,100,12,6,10,2026-03-15,1,,2026-04-01"], "2:correction_reason", "is empty while corrected_on"),
            (["2025,100,12,6,10,2026-03-15,1,,", "2025,200,12,6,10,2026-03-20,2,x,2026-04-01"], "3:declared_on", "differs from the filing day"),
            (["2025,100,12,6,10,2026-03-15,1,,", "2025,100,12,6,10,2026-03-15,2,x,2026-04-01"], "3:version", "has the figures of version 1"),
            (["2025,100,12,6,10,2026-03-15,1,,", "2025,200,12,6,10,2026-03-15,2,x,2026-03-14"], "3:corrected_on", "is before the filing day"),
            (["2025,100,12,6,10,2026-03-15,1,,", "2025,200,12,6,10,2026-03-15,2,x,2026-03-15"], "", ""),
        ])
    func refused(lines: [String], at: String, problem: String) throws {
        let read = { try RecordReaders.tenants(file: "tenants.csv", text: Self.rows(lines)) }
        guard !at.isEmpty else {
            #expect(try read().first?.value.declarations.first?.version == 2, "a correction on the filing day itself is read")
            return
        }
        let error = try #require(throws: RowErrors.self) { try read() }
        #expect(error.errors.map { "\($0.line):\($0.error.field)" } == [at])
        #expect(error.description.contains(problem), "\(error)")
    }
}
