import EstateDomain

/// An IKM firm's capability profile as the CLI's JSON and the API show it (issue 18, item 2);
/// each certification with whether it is valid on the day asked.
public struct CapabilityProfileView: Encodable, Hashable, Sendable {
    public struct MachineView: Encodable, Hashable, Sendable {
        public let name: String
        public let process: String
        public let capacityPerMonth: Int
    }

    public struct CertificationView: Encodable, Hashable, Sendable {
        public let kind: String
        public let number: String
        public let validUntil: String
        public let percent: Int?
        public let valid: Bool
    }

    public let nib: String
    public let name: String
    public let processes: [String]
    public let materials: [String]
    public let machines: [MachineView]
    public let certifications: [CertificationView]
    public let products: [String]
    public let workers: Int?
    public let localWorkers: Int?
    public let regency: String?

    public init(_ profile: CapabilityProfile, name: String, asOf date: CivilDate) {
        nib = profile.nib.digits
        self.name = name
        processes = profile.processes.map(\.code)
        materials = profile.materials
        machines = profile.machines.map { MachineView(name: $0.name, process: $0.process.code, capacityPerMonth: $0.capacityPerMonth) }
        certifications = profile.certifications.map {
            CertificationView(kind: $0.kind.rawValue, number: $0.number, validUntil: $0.validUntil.iso, percent: $0.percent, valid: $0.isValid(on: date))
        }
        products = profile.products
        workers = profile.workers
        localWorkers = profile.localWorkers
        regency = profile.regency
    }

    /// The profile as lines for a terminal, in `language`.
    public func text(language: Language) -> String {
        let id = language == .indonesian
        var lines = ["\(name) (NIB \(nib))"]
        func line(_ indonesian: String, _ english: String, _ value: String) {
            lines.append("  \(id ? indonesian : english): \(value.isEmpty ? "—" : value)")
        }
        line("proses", "processes", processes.joined(separator: ", "))
        line("bahan", "materials", materials.joined(separator: ", "))
        line("produk", "products", products.joined(separator: ", "))
        line("kabupaten/kota", "regency", regency ?? "")
        line("pekerja (warga Kab. Bekasi)", "workers (Kabupaten Bekasi residents)",
            workers.map { w in "\(w)" + (localWorkers.map { " (\($0))" } ?? "") } ?? (id ? "dari deklarasi tahunan" : "from the yearly declaration"))
        for machine in machines {
            lines.append("  \(id ? "mesin" : "machine"): \(machine.name) — \(machine.process), \(machine.capacityPerMonth)/\(id ? "bulan" : "month")")
        }
        for certification in certifications {
            let state = certification.valid ? (id ? "berlaku" : "valid") : (id ? "kedaluwarsa" : "expired")
            lines.append(
                "  \(id ? "sertifikasi" : "certification"): \(certification.kind) \(certification.number)"
                    + (certification.percent.map { " \($0) %" } ?? "") + " — \(id ? "s.d." : "until") \(certification.validUntil) (\(state))")
        }
        return lines.joined(separator: "\n")
    }
}
