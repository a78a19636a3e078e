import EstateDomain

/// `estate report occupancy` as text for a terminal.
public enum OccupancyText {
    public static func render(_ report: OccupancyReport, language: Language) -> String {
        let id = language == .indonesian
        let date = id ? report.asOf.indonesian : report.asOf.iso
        var out = [
            id
                ? "\(report.estateName): keterisian per \(date) (aturan versi \(report.ruleSetVersion))"
                : "\(report.estateName): occupancy as of \(date) (rule set \(report.ruleSetVersion))", "",
        ]
        var table = TextTable(
            header: id
                ? [
                    "tahap", "luas kotor", "kapasitas kavling", "luas tersedia", "luas tersewa", "% luas", "kavling",
                    "tersewa", "% jumlah",
                ]
                : ["phase", "gross", "plot capacity", "leasable", "leased", "% area", "plots", "leased", "% count"])
        func add(_ name: String, _ f: OccupancyReport.AreaFigures) {
            table.add([
                name, f.gross.format(language), f.capacity.format(language), f.leasable.format(language),
                f.leased.format(language), f.occupancyByArea.percentText(language), "\(f.plots)",
                "\(f.plotsLeased)/\(f.plotsLeasable)", f.occupancyByCount.percentText(language),
            ])
        }
        for phase in report.phases {
            add(phase.phase.name + (phase.isOpen ? "" : (id ? " (rencana)" : " (planned)")), phase.figures)
        }
        add(id ? "seluruh kluster" : "whole cluster", report.total)
        out.append(table.rendered)
        let e = report.employment
        out.append("")
        out.append(
            id
                ? "Tenaga kerja: \(e.workers) pekerja pada \(e.tenants) penyewa; warga Kabupaten Bekasi \(e.localWorkers) (\(e.localShare.percentText(language)))"
                : "Employment: \(e.workers) workers at \(e.tenants) tenants; resident in Kabupaten Bekasi \(e.localWorkers) (\(e.localShare.percentText(language)))"
        )
        let vacant = report.vacantPlots.map { "\($0.code) (\($0.area.format(language)))" }.joined(separator: ", ")
        out.append((id ? "Kavling kosong: " : "Vacant plots: ") + (vacant.isEmpty ? "–" : vacant))
        for lease in report.expiringLeases {
            out.append(
                id
                    ? "Sewa berakhir: \(lease.lease.plotCode) \(lease.tenantName), \(lease.daysLeft) hari lagi"
                    : "Lease expiring: \(lease.lease.plotCode) \(lease.tenantName), in \(lease.daysLeft) days")
        }
        for decision in report.tenantsOutOfRules {
            out.append(
                id
                    ? "Tidak lagi memenuhi aturan: NIB \(decision.nib) (\(decision.failedRules.joined(separator: ", ")))"
                    : "No longer meets the rules: NIB \(decision.nib) (\(decision.failedRules.joined(separator: ", ")))"
            )
        }
        let w = report.waitlist
        out.append(
            id
                ? "Antrean: \(w.activeApplications) aktif (\(w.staleApplications) kedaluwarsa), kebutuhan \(w.demandMin.format(language))–\(w.demandMax.format(language)) terhadap kapasitas rencana \(w.plannedCapacity.format(language))"
                : "Waitlist: \(w.activeApplications) active (\(w.staleApplications) stale), demand \(w.demandMin.format(language))–\(w.demandMax.format(language)) against planned capacity \(w.plannedCapacity.format(language))"
        )
        return out.joined(separator: "\n")
    }
}
