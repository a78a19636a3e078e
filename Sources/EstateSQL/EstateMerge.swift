import EstateDomain
import EstateStore
import Foundation

extension EstateBatch {
    /// The estate as it would be after this batch: what is stored, plus the records whose
    /// natural key is new (records already present keep their stored values), in the order a
    /// snapshot reads them, so that a store can keep it as the estate it wrote. Used to refuse a
    /// write that would break an invariant the database cannot express (plots over a phase's
    /// leasable share, a lease after its plot's withdrawal, outlines that overlap, ...).
    package func applied(to existing: Estate?) throws -> Estate {
        var phases = existing?.phases ?? []
        for phase in self.phases where !phases.contains(where: { $0.id == phase.id }) { phases.append(phase) }
        var plots = existing?.plots ?? []
        if !self.plots.isEmpty {
            let codes = Set(plots.map(\.code))
            plots += self.plots.map(\.value).filter { !codes.contains($0.code) }
        }
        // Tenants stay in NIB order (as a snapshot reads them): a batch's tenants are merged at
        // their place, found by binary search, and only their chunk of the registry is copied.
        var tenants = existing?.tenants ?? TenantRegistry()
        func merge(_ tenant: Tenant, into stored: inout Tenant) {
            let years = Set(stored.declarations.map(\.fiscalYear))
            stored.declarations += tenant.declarations.filter { !years.contains($0.fiscalYear) }
            stored.declarations.sort { $0.fiscalYear < $1.fiscalYear }
            stored.partnerships += tenant.partnerships.filter { !stored.partnerships.contains($0) }
            stored.partnerships.sort { ($0.partner, $0.product) < ($1.partner, $1.product) }
        }
        for tenant in self.tenants.map(\.value) {
            let (index, found) = tenants.position(of: tenant.nib)
            if found {
                merge(tenant, into: &tenants[index])
            } else {
                var added = tenant
                added.declarations = []
                added.partnerships = []
                merge(tenant, into: &added)
                tenants.insert(added)
            }
        }
        for row in partnerships.map(\.value) {
            let (index, found) = tenants.position(of: row.nib)
            guard found else { continue }
            var one = tenants[index]
            one.declarations = []
            one.partnerships = [row.partnership]
            merge(one, into: &tenants[index])
        }
        var applications = existing?.applications ?? []
        if !self.applications.isEmpty {
            let applied = Set(applications.map { "\($0.nib) \($0.submittedOn)" })
            applications += self.applications.map(\.value).filter { !applied.contains("\($0.nib) \($0.submittedOn)") }
            applications.sort { ($0.submittedOn, $0.nib.digits) < ($1.submittedOn, $1.nib.digits) }
        }
        var leases = existing?.leases ?? []
        if !self.leases.isEmpty {
            let signed = Set(leases.map { "\($0.plotCode) \($0.start)" })
            leases += self.leases.map(\.value).filter { !signed.contains("\($0.plotCode) \($0.start)") }
            leases.sort { ($0.plotCode, $0.start) < ($1.plotCode, $1.start) }
        }
        // A fresh store's first estate chooses the main book; every book's versions are kept.
        let ruleBook = try existing?.ruleBook.adding(ruleSets) ?? RuleBook(library: ruleSets, choosing: nil)
        return Estate(
            name: existing?.name ?? estateName ?? "", regency: existing == nil ? estateRegency : existing?.regency,
            phases: phases, plots: plots, tenants: tenants, leases: leases,
            applications: applications, ruleBook: ruleBook, unreadable: existing?.unreadable ?? [])
    }
}
