/// What a large industry wants to buy (issue 18, item 1): a part or service, the process that
/// makes it, the material, the volume per month, the certifications a supplier must or should
/// hold, and by when. Open until closed.
public struct IndustryNeed: Hashable, Sendable {
    /// The register's number for the need.
    public let id: Int64
    /// The large industry that buys.
    public let industry: NIB
    /// The part or service, e.g. `braket knalpot (exhaust bracket)`.
    public let item: String
    public let process: IndustrialProcess
    /// The material, e.g. `SPCC steel sheet`; nil when any will do.
    public let material: String?
    /// The KBLI class the supply falls in; nil when not said.
    public let kbli: KBLI?
    /// Units a month; nil when not said.
    public let volumePerMonth: Int?
    /// What a unit is, e.g. `pcs`, `kg`.
    public let unit: String
    public let certifications: [WantedCertification]
    /// The day by which a supplier is wanted; nil when open-ended.
    public let deadline: CivilDate?
    /// The day the need was registered; nil when not known (open since always).
    public let openedOn: CivilDate?
    /// The day the need was closed (filled or withdrawn); nil while open.
    public let closedOn: CivilDate?

    public init(
        id: Int64, industry: NIB, item: String, process: IndustrialProcess, material: String? = nil, kbli: KBLI? = nil,
        volumePerMonth: Int? = nil, unit: String = "pcs", certifications: [WantedCertification] = [],
        deadline: CivilDate? = nil, openedOn: CivilDate? = nil, closedOn: CivilDate? = nil
    ) throws {
        self.id = id
        self.industry = industry
        self.item = try FreeText.checked(item, field: "item", limit: 200, example: "braket knalpot")
        self.process = process
        self.material = try material.map { try FreeText.checked($0, field: "material", limit: 100, example: "SPCC") }
        self.kbli = kbli
        if let volumePerMonth, !(1...100_000_000).contains(volumePerMonth) {
            throw InputError(
                field: "volume_per_month", value: String(volumePerMonth), problem: "is not from 1 to 100000000",
                fix: "Give the units a month as a whole number, e.g. 5000.",
                masalah: "tidak di antara 1 dan 100000000", perbaikan: "Isi jumlah unit per bulan, misalnya 5000.")
        }
        self.volumePerMonth = volumePerMonth
        self.unit = try FreeText.checked(unit, field: "unit", limit: 20, example: "pcs")
        var seen = Set<CertificationKind>()
        for wanted in certifications where !seen.insert(wanted.kind).inserted {
            throw InputError(
                field: "certifications", value: wanted.kind.rawValue, problem: "is listed twice",
                fix: "List each certification once, required or preferred.",
                masalah: "tercantum dua kali", perbaikan: "Cantumkan setiap sertifikasi sekali saja.")
        }
        self.certifications = certifications
        self.deadline = try deadline.map { try ForumDates.checked($0, field: "deadline") }
        _ = try openedOn.map { try ForumDates.checked($0, field: "opened_on") }
        _ = try closedOn.map { try ForumDates.checked($0, field: "closed_on") }
        if let openedOn, let closedOn, closedOn < openedOn {
            throw InputError(
                field: "closed_on", value: closedOn.iso, problem: "is before the need was opened (\(openedOn.iso))",
                fix: "Close the need on or after \(openedOn.iso).",
                masalah: "sebelum kebutuhan dibuka (\(openedOn.iso))", perbaikan: "Tutup kebutuhan pada atau setelah \(openedOn.iso).")
        }
        if let openedOn, let deadline, deadline < openedOn {
            throw InputError(
                field: "deadline", value: deadline.iso, problem: "is before the need was opened (\(openedOn.iso))",
                fix: "Give a deadline on or after \(openedOn.iso), or none.",
                masalah: "sebelum kebutuhan dibuka (\(openedOn.iso))", perbaikan: "Isi batas waktu pada atau setelah \(openedOn.iso), atau kosongkan.")
        }
        self.openedOn = openedOn
        self.closedOn = closedOn
    }

    /// Whether suppliers are sought on `date`: opened by then and not yet closed.
    public func isOpen(on date: CivilDate) -> Bool {
        (openedOn.map { $0 <= date } ?? true) && (closedOn.map { date < $0 } ?? true)
    }

    /// The same need as closed on `date`.
    public func closed(on date: CivilDate) throws -> IndustryNeed {
        try IndustryNeed(
            id: id, industry: industry, item: item, process: process, material: material, kbli: kbli,
            volumePerMonth: volumePerMonth, unit: unit, certifications: certifications, deadline: deadline,
            openedOn: openedOn, closedOn: date)
    }
}

/// A certification a need asks for: `required` ones exclude a firm that lacks them (or holds
/// them expired); preferred ones earn points. For TKDN, the least local-content percentage.
public struct WantedCertification: Hashable, Sendable {
    public let kind: CertificationKind
    public let required: Bool
    /// For `tkdn`: the least percentage accepted (0–100); nil for the other kinds.
    public let minimumPercent: Int?

    public init(kind: CertificationKind, required: Bool, minimumPercent: Int? = nil) throws {
        if let minimumPercent, kind != .tkdn || !(0...100).contains(minimumPercent) {
            throw InputError(
                field: "certifications", value: "\(kind.rawValue):\(minimumPercent)",
                problem: kind == .tkdn ? "has a percentage outside 0–100" : "has a percentage, which only TKDN carries",
                fix: "Write tkdn:40 for at least 40 % local content; other kinds take no percentage.",
                masalah: kind == .tkdn ? "persentasenya di luar 0–100" : "berpersentase, padahal hanya TKDN yang memilikinya",
                perbaikan: "Tulis tkdn:40 untuk kandungan lokal paling sedikit 40 %; jenis lain tanpa persentase.")
        }
        if kind == .tkdn, minimumPercent == nil {
            throw InputError(
                field: "certifications", value: "tkdn", problem: "names no local-content level",
                fix: "Write tkdn:40 for at least 40 % local content.",
                masalah: "tidak menyebut tingkat kandungan lokal", perbaikan: "Tulis tkdn:40 untuk kandungan lokal paling sedikit 40 %.")
        }
        self.kind = kind
        self.required = required
        self.minimumPercent = minimumPercent
    }
}
