import EstateDomain

/// Tenants with figures spread across every rule boundary, for the evaluation benchmark.
enum EvaluationWorkload {
    static func tenants(count: Int, seed: UInt64) -> [Tenant] {
        var random = SeededLottery(seed: seed)
        let codes = ["25111", "25920", "24101", "28221", "10792"].map { try! KBLI(parsing: $0) }
        return (0..<count).map { index in
            let workers = 8 + Int(random.next() % 10)
            let declarations = [2024, 2025].map { year in
                try! Declaration(
                    fiscalYear: year, turnover: Rupiah(Int64(random.next() % 60_000_000_000)), workers: workers,
                    localWorkers: Int(random.next() % UInt64(workers + 1)),
                    investment: Rupiah(Int64(random.next() % 20_000_000_000)))
            }
            return try! Tenant(
                nib: try! NIB(parsing: String(9_100_000_000_000 + index)), legalName: "CV Bench \(index)",
                npwp: try! NPWP(parsing: "012345678431000"), kbli: [codes[Int(random.next() % 5)]],
                declarations: declarations)
        }
    }
}
