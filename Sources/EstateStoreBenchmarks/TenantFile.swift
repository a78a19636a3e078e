import Foundation

/// Generated tenant rows: the CSV our importer reads, and the two files psql's \copy reads for
/// the same rows (tenants, declarations).
enum TenantFile {
    static func fields(_ i: Int) -> (nib: String, name: String, npwp: String, turnover: Int64, workers: Int, local: Int)
    {
        let nib = String(9_300_000_000_000 + i)
        let npwp = "0" + String(100_000_000_000_000 + i)
        return (nib, "CV Bench \(i)", npwp, Int64(1_000_000_000 + i * 1_000), 10 + i % 6, i % 10)
    }

    static func csv(rows: Int) -> String {
        var text = "nib,name,npwp,kbli,fiscal_year,turnover,workers,local_workers,investment\n"
        text.reserveCapacity(rows * 80)
        for i in 0..<rows {
            let f = fields(i)
            text += "\(f.nib),\(f.name),\(f.npwp),25111,2025,\(f.turnover),\(f.workers),\(f.local),900000000\n"
        }
        return text
    }

    static func copyFiles(rows: Int, into directory: URL) throws {
        var tenants = "", declarations = ""
        for i in 0..<rows {
            let f = fields(i)
            tenants += "\(f.nib),\(f.name),\(f.npwp),25111\n"
            declarations += "\(f.nib),2025,\(f.turnover),\(f.workers),\(f.local),900000000\n"
        }
        try tenants.write(to: directory.appendingPathComponent("tenants.csv"), atomically: true, encoding: .utf8)
        try declarations.write(
            to: directory.appendingPathComponent("declarations.csv"), atomically: true, encoding: .utf8)
    }
}
