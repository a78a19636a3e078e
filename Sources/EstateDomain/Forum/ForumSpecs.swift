/// The forum's nested parts as a person types them on one line (issue 18): a machine as
/// `NAME:PROCESS:UNITS_A_MONTH`, a held certification as `KIND:NUMBER:VALID_UNTIL[:PERCENT]`, a
/// wanted one as `KIND[:PERCENT]`. One reading for the CLI and the API's form fields.
public enum ForumSpecs {
    /// `mesin press 60 ton:stamping:20000`; the name may hold spaces, not colons.
    public static func machine(_ text: String) throws -> Machine {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        guard parts.count == 3, let capacity = Int(parts[2]) else {
            throw InputError(
                field: "machine", value: text, problem: "is not NAME:PROCESS:UNITS_A_MONTH",
                fix: "Write e.g. \"mesin press 60 ton:stamping:20000\".",
                masalah: "bukan NAMA:PROSES:UNIT_PER_BULAN", perbaikan: "Tulis misalnya \"mesin press 60 ton:stamping:20000\".")
        }
        return try Machine(name: parts[0], process: try IndustrialProcess(parsing: parts[1], field: "machine"), capacityPerMonth: capacity)
    }

    /// `iso_9001:QMS-00123:2027-12-31`, or `tkdn:TKDN-77:2027-06-30:45` with TKDN's percentage.
    public static func held(_ text: String) throws -> HeldCertification {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        guard parts.count == 3 || parts.count == 4 else {
            throw InputError(
                field: "certification", value: text, problem: "is not KIND:NUMBER:VALID_UNTIL[:PERCENT]",
                fix: "Write e.g. iso_9001:QMS-00123:2027-12-31, or tkdn:TKDN-77:2027-06-30:45.",
                masalah: "bukan JENIS:NOMOR:BERLAKU_SAMPAI[:PERSEN]",
                perbaikan: "Tulis misalnya iso_9001:QMS-00123:2027-12-31, atau tkdn:TKDN-77:2027-06-30:45.")
        }
        return try HeldCertification(
            kind: try CertificationKind(parsing: parts[0]), number: parts[1],
            validUntil: try CivilDate(parsing: parts[2], field: "certification"), percent: try percent(parts.count == 4 ? parts[3] : nil, text))
    }

    /// A need's certifications: those a supplier must hold (`requires`), then those that earn
    /// points (`prefers`), each in `wanted(_:required:)`'s form.
    public static func wanted(requires: [String], prefers: [String]) throws -> [WantedCertification] {
        let required = try wanted(requires, required: true, field: "requires")
        let preferred = try wanted(prefers, required: false, field: "prefers")
        if let both = preferred.first(where: { wanted in required.contains { $0.kind == wanted.kind } }) {
            throw InputError(
                field: "prefers", value: both.kind.rawValue, problem: "is also required",
                fix: "List it once: required (requires) or preferred (prefers).",
                masalah: "juga diwajibkan", perbaikan: "Cantumkan sekali saja: wajib (requires) atau diutamakan (prefers).")
        }
        return required + preferred
    }

    /// One list of certifications, each as `wanted(_:required:)` reads it; a refusal names
    /// `field`, the list the caller filled in (`requires`, `--prefers`, …), so that it is clear
    /// which of the two lists holds the bad entry.
    public static func wanted(_ texts: [String], required: Bool, field: String) throws -> [WantedCertification] {
        let list: [WantedCertification]
        do {
            list = try texts.map { try wanted($0, required: required) }
        } catch let error as InputError {
            throw error.renamed(to: field)
        }
        var seen = Set<CertificationKind>()
        for wanted in list where !seen.insert(wanted.kind).inserted {
            throw InputError(
                field: field, value: wanted.kind.rawValue, problem: "is listed twice", fix: "List each certification once.",
                masalah: "tercantum dua kali", perbaikan: "Cantumkan setiap sertifikasi sekali saja.")
        }
        return list
    }

    /// `iso_9001`, `halal`, or `tkdn:40` for at least 40 % local content.
    public static func wanted(_ text: String, required: Bool) throws -> WantedCertification {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        guard parts.count <= 2 else {
            throw InputError(
                field: "certification", value: text, problem: "is not KIND or tkdn:PERCENT",
                fix: "Write e.g. iso_9001 or tkdn:40.", masalah: "bukan JENIS atau tkdn:PERSEN",
                perbaikan: "Tulis misalnya iso_9001 atau tkdn:40.")
        }
        return try WantedCertification(
            kind: try CertificationKind(parsing: parts[0]), required: required,
            minimumPercent: try percent(parts.count == 2 ? parts[1] : nil, text))
    }

    /// A whole capability profile as typed: processes by code (refused on `processField`),
    /// machines and certifications in their one-line forms. One reading for the CLI, the API and
    /// the sample register.
    public static func profile(
        nib: NIB, processes: [String], materials: [String], machines: [String], certifications: [String],
        products: [String], workers: Int?, localWorkers: Int?, regency: String?, processField: String = "process"
    ) throws -> CapabilityProfile {
        try CapabilityProfile(
            nib: nib, processes: try processes.map { try IndustrialProcess(parsing: $0, field: processField) },
            materials: materials, machines: try machines.map(machine), certifications: try certifications.map(held),
            products: products, localWorkers: localWorkers, workers: workers, regency: regency)
    }

    static func percent(_ text: String?, _ whole: String) throws -> Int? {
        guard let text else { return nil }
        guard let value = Int(text) else {
            throw InputError(
                field: "certification", value: whole, problem: "has a percentage that is not a whole number",
                fix: "Write the percentage as digits, e.g. tkdn:40.", masalah: "persentasenya bukan bilangan bulat",
                perbaikan: "Tulis persentase dengan angka, misalnya tkdn:40.")
        }
        return value
    }
}
