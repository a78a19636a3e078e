import EstateDomain
import Foundation

extension EstateBatch {
    /// The estate as it would be after this batch: what is stored, plus the records whose
    /// natural key is new (records already present keep their stored values). Used to refuse a
    /// write that would break an invariant the database cannot express (plots over a phase's
    /// leasable share, a lease after its plot's withdrawal, outlines that overlap, ...).
    package func applied(to existing: Estate?) throws -> Estate {
        var phases = existing?.phases ?? []
        for phase in self.phases where !phases.contains(where: { $0.id == phase.id }) { phases.append(phase) }
        var plots = existing?.plots ?? []
        let codes = Set(plots.map(\.code))
        plots += self.plots.map(\.value).filter { !codes.contains($0.code) }
        var tenants = existing?.tenants ?? []
        var index = Dictionary(uniqueKeysWithValues: tenants.enumerated().map { ($1.nib, $0) })
        for tenant in self.tenants.map(\.value) {
            guard let position = index[tenant.nib] else {
                index[tenant.nib] = tenants.count
                tenants.append(tenant)
                continue
            }
            let years = Set(tenants[position].declarations.map(\.fiscalYear))
            tenants[position].declarations += tenant.declarations.filter { !years.contains($0.fiscalYear) }
            tenants[position].partnerships += tenant.partnerships.filter {
                !tenants[position].partnerships.contains($0)
            }
        }
        for row in partnerships.map(\.value) {
            guard let position = index[row.nib], !tenants[position].partnerships.contains(row.partnership) else {
                continue
            }
            tenants[position].partnerships.append(row.partnership)
        }
        var applications = existing?.applications ?? []
        let applied = Set(applications.map { "\($0.nib) \($0.submittedOn)" })
        applications += self.applications.map(\.value).filter { !applied.contains("\($0.nib) \($0.submittedOn)") }
        var leases = existing?.leases ?? []
        let signed = Set(leases.map { "\($0.plotCode) \($0.start)" })
        leases += self.leases.map(\.value).filter { !signed.contains("\($0.plotCode) \($0.start)") }
        var ruleSets = existing?.ruleBook.ruleSets ?? []
        for set in self.ruleSets where !ruleSets.contains(where: { $0.version == set.version }) { ruleSets.append(set) }
        return Estate(
            name: existing?.name ?? estateName ?? "", phases: phases, plots: plots, tenants: tenants, leases: leases,
            applications: applications, ruleBook: try RuleBook(ruleSets: ruleSets))
    }
}

extension CivilDate {
    /// Today in Asia/Jakarta (UTC+7), where the cluster is.
    package static var todayInBekasi: CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Jakarta") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
