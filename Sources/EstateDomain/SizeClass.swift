/// A business size class, reported beside eligibility and never used to decide it.
public enum SizeClass: String, Hashable, Sendable, Codable, CaseIterable {
    case mikro, kecil, menengah, besar
}

/// The size-class schemes in force with a rule-set version.
public struct SizeClassSchemes: Hashable, Sendable, Codable {
    /// PP 7/2021 by annual sales.
    public let sales: AmountBands
    /// PP 7/2021 by capital excluding land and buildings (for new firms).
    public let capital: AmountBands
    /// Permenperin 64/M-IND/PER/7/2016 by workers and investment.
    public let industry: WorkforceInvestmentScheme

    public init(sales: AmountBands, capital: AmountBands, industry: WorkforceInvestmentScheme) {
        self.sales = sales
        self.capital = capital
        self.industry = industry
    }

    /// All three classes of a declaration.
    public func classify(_ declaration: Declaration) -> SizeClassification {
        SizeClassification(
            pp7_2021Sales: sales.classify(declaration.turnover),
            pp7_2021Capital: capital.classify(declaration.investment),
            permenperin64_2016: industry.classify(workers: declaration.workers, investment: declaration.investment))
    }
}

/// A declaration's size classes under each scheme.
public struct SizeClassification: Hashable, Sendable {
    public let pp7_2021Sales: SizeClass
    public let pp7_2021Capital: SizeClass
    public let permenperin64_2016: SizeClass
}

/// Classes by an amount of Rupiah: each band's upper edge is included; the last band is open.
public struct AmountBands: Hashable, Sendable, Codable {
    public let citation: String
    public let bands: [Band]

    public struct Band: Hashable, Sendable, Codable {
        public let `class`: SizeClass
        /// The largest amount in this band; nil for the open top band.
        public let maxRupiah: Rupiah?

        public init(class: SizeClass, maxRupiah: Rupiah?) {
            self.class = `class`
            self.maxRupiah = maxRupiah
        }
    }

    public init(citation: String, bands: [Band]) throws {
        let edges = bands.dropLast().compactMap(\.maxRupiah)
        guard bands.last?.maxRupiah == nil, edges.count == bands.count - 1, edges == edges.sorted() else {
            throw InputError(
                field: "bands", value: citation, problem: "are not ordered bands ending in an open band",
                fix: "List bands from smallest to largest, each with max_rupiah, the last without one.",
                masalah: "bukan kelas-kelas berurutan yang diakhiri kelas tanpa batas atas",
                perbaikan: "Urutkan kelas dari yang terkecil sampai yang terbesar, masing-masing dengan max_rupiah, "
                    + "kecuali kelas terakhir.")
        }
        self.citation = citation
        self.bands = bands
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            citation: try c.decode(String.self, forKey: .citation), bands: try c.decode([Band].self, forKey: .bands))
    }

    public func classify(_ amount: Rupiah) -> SizeClass {
        bands.first { band in band.maxRupiah.map { amount <= $0 } ?? true }!.class
    }
}

/// Permenperin 64/M-IND/PER/7/2016: industri kecil has at most `smallMaxWorkers` workers and
/// investment below `smallInvestmentBelow`; industri besar has more workers than that and
/// investment above `largeInvestmentAbove`; everything between is menengah.
///
/// DOMAIN.md marks the wording of the large class as uncertain; `note` carries that caveat.
public struct WorkforceInvestmentScheme: Hashable, Sendable, Codable {
    public let citation: String
    public let note: String?
    public let smallMaxWorkers: Int
    public let smallInvestmentBelowRupiah: Rupiah
    public let largeInvestmentAboveRupiah: Rupiah

    public func classify(workers: Int, investment: Rupiah) -> SizeClass {
        if workers <= smallMaxWorkers {
            return investment < smallInvestmentBelowRupiah ? .kecil : .menengah
        }
        return investment > largeInvestmentAboveRupiah ? .besar : .menengah
    }
}
