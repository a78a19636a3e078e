/// A tenant's yearly figures, the basis of every eligibility decision.
public struct Declaration: Hashable, Sendable {
    public let fiscalYear: Int
    /// Annual sales (hasil penjualan tahunan) for the fiscal year.
    public let turnover: Rupiah
    /// Total workforce.
    public let workers: Int
    /// Workers resident in Kabupaten Bekasi.
    public let localWorkers: Int
    /// Investment excluding land and buildings.
    public let investment: Rupiah
    /// The day the figures were filed; when unknown, the first day after the fiscal year.
    public let declaredOn: CivilDate?
    /// 1 as first filed; each correction is the next version and keeps the ones before.
    public let version: Int
    /// Why and when this version corrected the one before; nil for version 1.
    public let correction: DeclarationCorrection?
    /// The versions this one superseded, oldest first (versions 1 to `version` − 1), each with
    /// its figures as they were filed (and the versions before it).
    public let superseded: [Declaration]

    /// Figures for a fiscal year; a version after the first names its correction and carries
    /// every version before it.
    public init(
        fiscalYear: Int, turnover: Rupiah, workers: Int, localWorkers: Int, investment: Rupiah,
        declaredOn: CivilDate? = nil, version: Int = 1, correction: DeclarationCorrection? = nil,
        superseded: [Declaration] = []
    ) throws {
        guard version >= 1, (version == 1) == (correction == nil),
            superseded.map(\.version) == Array(1..<version), superseded.allSatisfy({ $0.fiscalYear == fiscalYear })
        else {
            throw InputError(
                field: "version", value: String(version),
                problem: "does not follow the versions before it ("
                    + (superseded.isEmpty ? "none" : superseded.map { String($0.version) }.joined(separator: ", "))
                    + (version > 1 && correction == nil ? "; it names no correction" : "") + ")",
                fix: "Number a fiscal year's versions 1, 2, 3 … in order; every version after 1 names its correction reason.",
                masalah: "tidak melanjutkan versi sebelumnya ("
                    + (superseded.isEmpty ? "belum ada" : superseded.map { String($0.version) }.joined(separator: ", "))
                    + (version > 1 && correction == nil ? "; tanpa alasan koreksi" : "") + ")",
                perbaikan: "Beri nomor versi satu tahun buku berurutan 1, 2, 3 …; "
                    + "setiap versi sesudah 1 menyebutkan alasan koreksinya.")
        }
        guard (1990...2200).contains(fiscalYear) else {
            throw InputError(
                field: "fiscal_year", value: String(fiscalYear), problem: "is not a fiscal year",
                fix: "Write the four-digit year the figures cover, e.g. 2025.",
                masalah: "bukan tahun buku",
                perbaikan: "Tuliskan tahun buku yang dilaporkan dalam empat angka, misalnya 2025.")
        }
        guard (0...100_000).contains(workers) else {
            throw InputError(
                field: "workers", value: String(workers), problem: "is not a workforce",
                fix: "Write the total number of workers, zero or more.",
                masalah: "bukan jumlah pekerja",
                perbaikan: "Tuliskan jumlah seluruh pekerja, nol atau lebih.")
        }
        guard (0...workers).contains(localWorkers) else {
            throw InputError(
                field: "local_workers", value: String(localWorkers),
                problem: "is not between 0 and workers (\(workers))",
                fix: "Write how many of the workers live in Kabupaten Bekasi.",
                masalah: "tidak berada di antara 0 dan workers (\(workers))",
                perbaikan: "Tuliskan berapa orang dari pekerja itu yang tinggal di Kabupaten Bekasi.")
        }
        self.fiscalYear = fiscalYear
        self.turnover = turnover
        self.workers = workers
        self.localWorkers = localWorkers
        self.investment = investment
        if let earlier = superseded.last {
            guard superseded.allSatisfy({ $0.declaredOn == declaredOn }) else {
                throw InputError(
                    field: "declared_on", value: declaredOn?.iso ?? "",
                    problem: "differs from the filing day of version 1 (\(superseded[0].declaredOn?.iso ?? "none"))",
                    fix: "A correction keeps the day the figures were first filed; give version 1's declared_on.",
                    masalah: "berbeda dari tanggal lapor versi 1 (\(superseded[0].declaredOn?.iso ?? "tidak ada"))",
                    perbaikan: "Koreksi tetap memakai tanggal laporan pertama kali disampaikan; "
                        + "isikan declared_on versi 1.")
            }
            guard (turnover, workers, localWorkers, investment)
                != (earlier.turnover, earlier.workers, earlier.localWorkers, earlier.investment)
            else {
                throw InputError(
                    field: "version", value: String(version), problem: "has the figures of version \(earlier.version)",
                    fix: "A correction changes at least one figure; leave out a version that changes none.",
                    masalah: "berisi angka yang sama dengan versi \(earlier.version)",
                    perbaikan: "Koreksi mengubah sekurang-kurangnya satu angka; "
                        + "jangan catat versi yang tidak mengubah apa pun.")
            }
            let since = earlier.correction?.on ?? declaredOn
            if let since, let on = correction?.on, on < since {
                throw InputError(
                    field: "corrected_on", value: on.iso,
                    problem: "is before \(earlier.correction == nil ? "the filing day" : "the correction before it") (\(since.iso))",
                    fix: "Give the day the correction was recorded, on or after \(since.iso).",
                    masalah: "lebih awal dari "
                        + "\(earlier.correction == nil ? "tanggal lapor" : "koreksi sebelumnya") (\(since.iso))",
                    perbaikan: "Isikan tanggal koreksi dicatat, pada atau sesudah \(since.iso).")
            }
        }
        self.declaredOn = declaredOn
        self.version = version
        self.correction = correction
        self.superseded = superseded
    }

    /// The first day these figures count: the filing day, or 1 January after the fiscal year.
    public var effectiveFrom: CivilDate {
        declaredOn ?? CivilDate(year: fiscalYear + 1, month: 1, day: 1)!
    }
}

/// Why and when a declaration was corrected: its figures were wrong as filed (a typing error,
/// an audited figure that came later); the version before stays, superseded.
public struct DeclarationCorrection: Hashable, Sendable {
    public let reason: String
    /// The day the correction was recorded.
    public let on: CivilDate

    /// A correction with a reason of 1 to 500 characters; `field` names the reason as the caller
    /// gave it (`reason`, `--correction`, `correction_reason`).
    public init(reason: String, on: CivilDate, field: String = "reason") throws {
        self.reason = try FreeText.checked(reason, field: field, limit: 500, example: "omzet salah ketik, lihat SPT 2025")
        self.on = on
    }
}

extension Declaration {
    /// The next version with `figures` for the same fiscal year and filing day, for `correction`;
    /// refused when the figures are the same as this version's.
    public func corrected(to figures: Declaration, _ correction: DeclarationCorrection) throws -> Declaration {
        guard figures.fiscalYear == fiscalYear else {
            throw InputError(
                field: "fiscal_year", value: String(figures.fiscalYear), problem: "is not the corrected year \(fiscalYear)",
                fix: "Correct one fiscal year's declaration with figures for that year.",
                masalah: "bukan tahun buku yang dikoreksi (\(fiscalYear))",
                perbaikan: "Koreksi laporan tahunan suatu tahun buku dengan angka untuk tahun itu.")
        }
        let unchanged =
            (figures.turnover, figures.workers, figures.localWorkers, figures.investment)
            == (turnover, workers, localWorkers, investment)
        guard !unchanged else {
            throw RecordChangeRefusal.notAllowed(
                "the \(fiscalYear) declaration (version \(version)) already has these figures; nothing to correct",
                indonesian: "laporan tahunan \(fiscalYear) (versi \(version)) sudah memuat angka-angka ini; "
                    + "tidak ada yang perlu dikoreksi")
        }
        return try Declaration(
            fiscalYear: fiscalYear, turnover: figures.turnover, workers: figures.workers, localWorkers: figures.localWorkers,
            investment: figures.investment, declaredOn: declaredOn, version: version + 1, correction: correction,
            superseded: superseded + [self])
    }

    /// Whether `other` gives this version's figures (turnover, workers, local workers,
    /// investment) for the same year and filing day.
    public func hasFigures(of other: Declaration) -> Bool {
        (fiscalYear, turnover, workers, localWorkers, investment, declaredOn)
            == (other.fiscalYear, other.turnover, other.workers, other.localWorkers, other.investment, other.declaredOn)
    }

    /// Every version of the fiscal year, oldest first, this one last.
    public var versions: [Declaration] { superseded + [self] }

    /// The figures in the audit log's words.
    public var figuresSummary: String {
        "turnover \(turnover), \(workers) workers, \(localWorkers) local, investment \(investment)"
            + (version > 1 ? " (version \(version))" : "")
    }
}
