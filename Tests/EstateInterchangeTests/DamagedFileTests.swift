import EstateDomain
import EstateInterchange
import Foundation
import Testing

/// Files cut off, mis-encoded, oversized or misaligned are refused whole, each with a reason a
/// person can act on; `reliability/bad_data.py` feeds the same damage through the CLI and HTTP.
@Suite("Damaged CSV files")
struct DamagedFileTests {
    static let header = "plot,nib,start,end,status,terminated_on,termination_reason"
    static let row = "A-15,9120127120104,2026-12-01,2027-12-01,terminated,2027-06-01,\"pindah, ke Karawang\""

    func refusal(_ text: String) -> RowErrors? {
        do {
            _ = try RecordReaders.leases(file: "leases.csv", text: text)
            return nil
        } catch {
            return error as? RowErrors
        }
    }

    @Test("the whole file reads")
    func control() throws {
        #expect(try RecordReaders.leases(file: "leases.csv", text: "\(Self.header)\n\(Self.row)\n").count == 1)
    }

    @Test(
        "a file cut off is refused, not read as shorter values",
        arguments: [
            ("A-15,9120127120104,2026-12-01", "has 3 cells where the header has 7"),
            ("A-15,9120127120104,2026-12-01,", "cells where the header has 7"),
            ("A-15,9120127120104,2026-12-01,2027-12-01,terminated,2027-06-01,\"pindah", "never closes"),
        ])
    func truncated(row: String, problem: String) throws {
        let failure = try #require(refusal("\(Self.header)\n\(row)"))
        #expect(failure.description.contains(problem), "\(failure)")
    }

    @Test("doubled quotes inside a cell are not an open quote; empty extra cells are allowed")
    func quotesAndTrailingSeparators() throws {
        let row = "A-15,9120127120104,2026-12-01,2027-12-01,terminated,2027-06-01,\"kata \"\"pindah\"\"\",,"
        let leases = try RecordReaders.leases(file: "leases.csv", text: "\(Self.header)\n\(row)\n")
        #expect(
            leases.first?.value.state
                == .terminated(on: try CivilDate(parsing: "2027-06-01", field: "x"), reason: "kata \"pindah\""))
    }

    @Test("a value holding an unquoted separator is refused")
    func extraCells() throws {
        let row = "A-15,9120127120104,2026-12-01,2027-12-01,terminated,2027-06-01,pindah, ke Karawang"
        let failure = try #require(refusal("\(Self.header)\n\(row)"))
        #expect(failure.description.contains("put quotes around it"))
    }

    @Test("a file over the import limit is refused before it is read; 8 MiB exactly is read")
    func size() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("damaged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = Data("\(Self.row)\n".utf8)
        for (name, bytes) in [("limit.csv", CSVImport.maximumFileBytes), ("over.csv", CSVImport.maximumFileBytes + 1)] {
            var data = Data("\(Self.header)\n".utf8)
            while data.count + line.count <= bytes { data.append(line) }
            data.append(Data(repeating: UInt8(ascii: "\n"), count: bytes - data.count))
            #expect(data.count == bytes)
            try data.write(to: folder.appendingPathComponent(name))
        }
        #expect(
            try SeedDirectory.readText(folder.appendingPathComponent("limit.csv")).utf8.count
                == CSVImport.maximumFileBytes)
        #expect {
            try SeedDirectory.readText(folder.appendingPathComponent("over.csv"))
        } throws: { ($0 as? RowErrors)?.description.contains("more than the 8 MiB an import takes") == true }
    }

    @Test("Latin-1 is refused with how to save as UTF-8")
    func latin1() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("latin1-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("nib,partner\n9120983690060,PT Caf\u{E9}\n".data(using: .isoLatin1)!).write(to: folder)
        #expect {
            try SeedDirectory.readText(folder)
        } throws: { ($0 as? RowErrors)?.description.contains("is not UTF-8 text. Save the file as CSV UTF-8") == true }
    }
}
