import EstateDomain

/// The record keys audit entries name (migration 0015), so that `estate audit --record` finds a
/// record's whole history by prefix: a firm's declarations, partnerships and applications are
/// under `tenant:NIB:`, a plot's leases under `lease:CODE:`.
package enum AuditKeys {
    /// The kinds of the store-wide registry, whose entries name no estate.
    package static let registry: Set<String> = ["tenant", "declaration", "partnership", "rule set"]

    package static func tenant(_ nib: NIB) -> String { "tenant:\(nib.digits)" }
    package static func declaration(_ nib: NIB, _ year: Int) -> String { "tenant:\(nib.digits):declaration:\(year)" }
    package static func partnership(_ nib: NIB, _ p: Partnership) -> String {
        "tenant:\(nib.digits):partnership:\(p.partner.prefix(120)):\(p.product.prefix(120))"
    }
    package static func application(_ nib: NIB, _ submitted: CivilDate) -> String {
        "tenant:\(nib.digits):application:\(submitted.iso)"
    }
    package static func document(_ nib: NIB, _ id: Int64) -> String { "tenant:\(nib.digits):document:\(id)" }
    package static func plot(_ code: String) -> String { "plot:\(code)" }
    package static func lease(_ plot: String, _ start: CivilDate) -> String { "lease:\(plot):\(start.iso)" }
    package static func phase(_ number: Int) -> String { "phase:\(number)" }
    package static func ruleSet(_ version: String) -> String { "rules:\(version)" }
    package static func estate(_ code: String) -> String { "estate:\(code)" }
    package static func token(_ id: String) -> String { "token:\(id)" }

    /// The key of a record a change moved along its life.
    package static func changed(_ changed: RecordChange.Changed) -> String {
        switch changed {
        case .plot(let p): Self.plot(p.code)
        case .application(let a): Self.application(a.nib, a.submittedOn)
        case .lease(let l): Self.lease(l.plotCode, l.start)
        case .rescheduledLease(let old, _, _): Self.lease(old.plotCode, old.start)
        case .tenant(let t): Self.tenant(t.nib)
        case .partnership(let nib, let old, _): Self.partnership(nib, old)
        case .declaration(let nib, let new): Self.declaration(nib, new.fiscalYear)
        }
    }
}
