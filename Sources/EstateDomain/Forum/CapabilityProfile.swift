/// What an IKM firm can make (issue 18, item 2), for any firm in the store, tenant or not, any
/// sector: its processes, materials, machines with their capacity, certifications with their
/// expiry, products, and its workers from Kabupaten Bekasi. The register UNIDO's subcontracting
/// exchanges keep of small firms (shared/DOMAIN.md).
public struct CapabilityProfile: Hashable, Sendable {
    public let nib: NIB
    public let processes: [IndustrialProcess]
    /// Materials worked, as written (`SPCC`, `aluminium`); compared without case.
    public let materials: [String]
    public let machines: [Machine]
    public let certifications: [HeldCertification]
    public let products: [String]
    /// Workers resident in Kabupaten Bekasi and all workers, when the firm says; nil: the
    /// matcher takes them from the firm's yearly declaration in force on the day.
    public let localWorkers: Int?
    public let workers: Int?
    /// Where the workshop is, e.g. `Kabupaten Bekasi`.
    public let regency: String?

    public init(
        nib: NIB, processes: [IndustrialProcess], materials: [String] = [], machines: [Machine] = [],
        certifications: [HeldCertification] = [], products: [String] = [], localWorkers: Int? = nil,
        workers: Int? = nil, regency: String? = nil
    ) throws {
        guard !processes.isEmpty else {
            throw InputError(
                field: "processes", value: "", problem: "is empty", fix: "Give at least one process the firm works, e.g. stamping.",
                masalah: "kosong", perbaikan: "Isi paling sedikit satu proses yang dikerjakan perusahaan, misalnya stamping.")
        }
        self.nib = nib
        self.processes = processes.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        self.materials = try materials.map { try FreeText.checked($0, field: "materials", limit: 100, example: "SPCC") }
        self.machines = machines
        self.certifications = certifications
        self.products = try products.map { try FreeText.checked($0, field: "products", limit: 200, example: "braket") }
        if let workers, workers < 0 || workers > 100_000 {
            throw InputError(
                field: "workers", value: String(workers), problem: "is not from 0 to 100000",
                fix: "Give the number of workers, e.g. 12.", masalah: "tidak di antara 0 dan 100000",
                perbaikan: "Isi jumlah pekerja, misalnya 12.")
        }
        if localWorkers != nil, workers == nil {
            throw InputError(
                field: "local_workers", value: String(localWorkers!), problem: "is given without the workers",
                fix: "Give the workers too (--workers), or neither to take both from the yearly declaration.",
                masalah: "diisi tanpa jumlah pekerja",
                perbaikan: "Isi juga jumlah pekerja (--workers), atau kosongkan keduanya agar diambil dari deklarasi tahunan.")
        }
        if let machine = machines.first(where: { !processes.contains($0.process) }) {
            throw InputError(
                field: "machines", value: "\(machine.name):\(machine.process.code)", problem: "serves a process the firm does not list",
                fix: "Add --process \(machine.process.code), or give the machine the process it serves.",
                masalah: "melayani proses yang tidak tercantum", perbaikan: "Tambahkan --process \(machine.process.code), atau perbaiki proses mesin.")
        }
        if let localWorkers, localWorkers < 0 || localWorkers > (workers ?? 100_000) {
            throw InputError(
                field: "local_workers", value: String(localWorkers),
                problem: "is below 0 or more than the workers (\(workers.map(String.init) ?? "100000"))",
                fix: "Give how many of the workers live in Kabupaten Bekasi, at most all of them.",
                masalah: "di bawah 0 atau melebihi jumlah pekerja (\(workers.map(String.init) ?? "100000"))",
                perbaikan: "Isi berapa pekerja yang tinggal di Kabupaten Bekasi, paling banyak semuanya.")
        }
        self.localWorkers = localWorkers
        self.workers = workers
        self.regency = try regency.map { try FreeText.checked($0, field: "regency", limit: 100, example: "Kabupaten Bekasi") }
    }

    /// Units a month the firm's machines for `process` make together.
    public func capacity(for process: IndustrialProcess) -> Int {
        machines.filter { $0.process == process }.reduce(0) { $0 + $1.capacityPerMonth }
    }

    /// Whether the firm works `material`, compared without case or surrounding spaces.
    public func works(_ material: String) -> Bool {
        let wanted = material.trimmingSpaces.lowercased()
        return materials.contains { $0.lowercased() == wanted }
    }
}

/// A machine of a firm: what it is, the process it serves and the units it makes a month.
public struct Machine: Hashable, Sendable {
    public let name: String
    public let process: IndustrialProcess
    public let capacityPerMonth: Int

    public init(name: String, process: IndustrialProcess, capacityPerMonth: Int) throws {
        self.name = try FreeText.checked(name, field: "machines", limit: 100, example: "mesin press 60 ton")
        guard (0...100_000_000).contains(capacityPerMonth) else {
            throw InputError(
                field: "machines", value: String(capacityPerMonth), problem: "has a capacity outside 0–100000000",
                fix: "Give the units a month the machine makes, e.g. 20000.",
                masalah: "kapasitasnya di luar 0–100000000", perbaikan: "Isi unit per bulan mesin itu, misalnya 20000.")
        }
        self.process = process
        self.capacityPerMonth = capacityPerMonth
    }
}

/// A certification a firm holds: its kind, number, last day of validity and, for TKDN, its
/// local-content percentage.
public struct HeldCertification: Hashable, Sendable {
    public let kind: CertificationKind
    public let number: String
    /// The last day it is valid; valid on that day, expired the day after.
    public let validUntil: CivilDate
    /// For TKDN: the certified local content (0–100).
    public let percent: Int?

    public init(kind: CertificationKind, number: String, validUntil: CivilDate, percent: Int? = nil) throws {
        self.number = try FreeText.checked(number, field: "certifications", limit: 100, example: "QMS-00123")
        if kind == .tkdn, !(percent.map { (0...100).contains($0) } ?? false) {
            throw InputError(
                field: "certifications", value: "\(kind.rawValue):\(percent.map(String.init) ?? "")",
                problem: "needs its local-content percentage (0–100)", fix: "Write the TKDN percentage, e.g. 45.",
                masalah: "memerlukan persentase kandungan lokal (0–100)", perbaikan: "Isi persentase TKDN, misalnya 45.")
        }
        if kind != .tkdn, let percent {
            throw InputError(
                field: "certifications", value: "\(kind.rawValue):\(number):\(validUntil.iso):\(percent)",
                problem: "has a percentage, which only TKDN carries", fix: "Leave the percentage out: KIND:NUMBER:VALID_UNTIL.",
                masalah: "berpersentase, padahal hanya TKDN yang memilikinya", perbaikan: "Hapus persentasenya: JENIS:NOMOR:BERLAKU_SAMPAI.")
        }
        self.kind = kind
        self.validUntil = validUntil
        self.percent = kind == .tkdn ? percent : nil
    }

    public func isValid(on date: CivilDate) -> Bool { date <= validUntil }
}
