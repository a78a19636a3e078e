import EstateDomain
import EstateStore
import Foundation

/// Decides what a batch writes against what the store holds: new records become INSERTs,
/// records already present with the same values are skipped, and records whose natural key
/// exists with other values, repeat within the batch, or point at nothing are refused, all
/// of them listed at once. Pure: both engines run it inside their write transaction.
package struct BatchPlanner {
    let existing: Estate?
    let actor: String
    /// The estate's own records are written to the estate the write is for.
    let writes: WriteStatements
    private(set) var statements: [SQLStatement] = []
    private(set) var summary = WriteSummary()
    private(set) var errors: [StoreError] = []

    init(existing: Estate?, estateID: Int64, actor: String) {
        self.existing = existing
        self.actor = actor
        writes = WriteStatements(estate: estateID)
    }

    /// The statements for `batch` checked against `base`, or every reason to refuse it.
    package static func plan(_ batch: EstateBatch, on base: WriteBase, actor: String) throws -> PlannedWrite<
        WriteSummary
    > {
        var planner = BatchPlanner(existing: base.estate, estateID: base.estateID, actor: actor)
        try planner.add(batch)
        planner.checkLeaseOverlaps(batch)
        guard planner.errors.isEmpty else { throw StoreError.many(planner.errors) }
        let statements = planner.statements
        guard !statements.isEmpty else {
            return PlannedWrite(result: planner.summary, statements: [], after: base.estate)
        }
        // What the database cannot check: refuse a write that would add a broken invariant.
        let after = try batch.applied(to: base.estate)
        guard batch.canBreakInvariants else {
            // Nothing to refuse; the cache computes its problems when a read or a later write asks.
            return PlannedWrite(result: planner.summary, statements: statements, after: after)
        }
        let problems = try base.refuseNewProblems(in: after)
        return PlannedWrite(
            result: planner.summary, statements: statements, after: after,
            afterProblems: (base.today, problems))
    }

    private mutating func add(_ batch: EstateBatch) throws {
        let (existing, writes) = (existing, writes)
        if existing == nil {
            // A fresh store's first write creates its default estate; any other estate is added
            // by `addEstate` before records are written to it.
            guard let name = batch.estateName, writes.estateID == StoreQueries.firstEstateID else {
                errors.append(.notFound(what: "estate", key: "(none yet)"))
                return
            }
            statements.append(WriteStatements.firstEstate(name: name, regency: batch.estateRegency))
            let after = (try? Self.auditEncoder.encode(["code": StoreQueries.defaultEstateCode, "name": name]))
                .map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            statements.append(
                WriteStatements.audit(
                    actor: actor, action: "add estate", subject: "estate \(StoreQueries.defaultEstateCode)", after: after,
                    record: AuditKeys.estate(StoreQueries.defaultEstateCode)))
        }
        merge(
            "phase", batch.phases.map { Sourced($0) }, key: { String($0.id) }, stored: existing?.phases ?? [],
            describe: { "\($0.name), \($0.grossArea), opens \($0.opensOn?.iso ?? "not yet")" },
            record: { AuditKeys.phase($0.id) }, insert: { [writes.phase($0)] })
        let ruleSets = try batch.ruleSets.map { ($0, try WriteStatements.ruleSet($0)) }
        merge(
            "rule set", ruleSets.map { Sourced($0.0) }, key: \.version, stored: existing?.ruleBook.library ?? [],
            describe: { "effective \($0.effectiveFrom.iso), \($0.rules.count) rules" },
            record: { AuditKeys.ruleSet($0.version) }, insert: { set in ruleSets.filter { $0.0.version == set.version }.map(\.1) })
        let phases = Set((existing?.phases ?? []).map(\.id) + batch.phases.map(\.id))
        for plot in batch.plots where !phases.contains(plot.value.phase) {
            errors.append(.notFound(what: "phase", key: "\(plot.value.phase) (plot \(plot.value.code))"))
        }
        merge(
            "plot", batch.plots, key: \.code, stored: existing?.plots ?? [],
            describe: { "phase \($0.phase), \($0.area)\($0.withdrawnOn.map { ", withdrawn \($0.iso)" } ?? "")" },
            record: { AuditKeys.plot($0.code) }, insert: { [writes.plot($0)] })
        addTenants(batch.tenants)
        // Looked up in the stored estate's index, so that a write costs what it touches.
        let added = Set(batch.tenants.map(\.value.nib))
        let isTenant = { (nib: NIB) in added.contains(nib) || existing?.tenant(nib) != nil }
        for application in batch.applications {
            guard let phase = application.value.phase, !phases.contains(phase) else { continue }
            errors.append(.notFound(what: "phase", key: "\(phase) (\(application.origin ?? "application"))"))
        }
        for application in batch.applications where !isTenant(application.value.nib) {
            errors.append(
                .notFound(what: "tenant", key: "NIB \(application.value.nib) (\(application.origin ?? "application"))"))
        }
        merge(
            "application", batch.applications, key: { "\($0.nib) \($0.submittedOn.iso)" },
            stored: existing?.applications ?? [],
            describe: {
                "\($0.minArea)–\($0.maxArea), phase \($0.phase.map(String.init) ?? "any")"
                    + ($0.closing.map { ", \($0.state.rawValue) from \($0.on.iso)" } ?? "")
            },
            record: { AuditKeys.application($0.nib, $0.submittedOn) }, insert: { [writes.application($0)] })
        for (nib, rows) in Dictionary(grouping: batch.partnerships, by: \.value.nib).sorted(by: { $0.key < $1.key }) {
            guard isTenant(nib) else {
                errors.append(.notFound(what: "tenant", key: "NIB \(nib) (\(rows.first?.origin ?? "partnership"))"))
                continue
            }
            merge(
                "partnership", rows.map { Sourced($0.value.partnership, origin: $0.origin) },
                key: { "\(nib) \($0.partner) \($0.product)" },
                stored: existing?.tenant(nib)?.partnerships ?? [], same: Self.sameImport, describe: { $0.summary },
                record: { AuditKeys.partnership(nib, $0) }, insert: { [WriteStatements.partnership($0, of: nib)] })
        }
        let codes = Set((existing?.plots ?? []).map(\.code) + batch.plots.map(\.value.code))
        for lease in batch.leases {
            if !codes.contains(lease.value.plotCode) {
                errors.append(.notFound(what: "plot", key: "\(lease.value.plotCode) (\(lease.origin ?? "lease"))"))
            }
            if !isTenant(lease.value.nib) {
                errors.append(.notFound(what: "tenant", key: "NIB \(lease.value.nib) (\(lease.origin ?? "lease"))"))
            }
        }
        merge(
            "lease", batch.leases, key: { "\($0.plotCode) from \($0.start.iso)" }, stored: existing?.leases ?? [],
            describe: { "to \($0.nib) until \($0.end?.iso ?? "open"), \($0.state.name)" },
            record: { AuditKeys.lease($0.plotCode, $0.start) }, insert: { [writes.lease($0)] })
    }

    /// A new lease that overlaps a stored one or an earlier row of the batch on the same plot is
    /// refused, naming the holder (the database would refuse it too, less precisely).
    private mutating func checkLeaseOverlaps(_ batch: EstateBatch) {
        guard !batch.leases.isEmpty else { return }
        let signed = Set((existing?.leases ?? []).map { "\($0.plotCode) \($0.start)" })
        var held = Dictionary(grouping: existing?.leases ?? [], by: \.plotCode)
        let added = Dictionary(batch.tenants.map { ($0.value.nib, $0.value.legalName) }, uniquingKeysWith: { a, _ in a })
        func name(_ nib: NIB) -> String { existing?.tenant(nib)?.legalName ?? added[nib] ?? nib.digits }
        for lease in batch.leases.map(\.value) where !signed.contains("\(lease.plotCode) \(lease.start)") {
            if let holder = held[lease.plotCode]?.first(where: { $0.overlaps(lease) }) {
                errors.append(
                    .plotAlreadyLeased(
                        plot: lease.plotCode, tenant: name(holder.nib), from: holder.start,
                        until: holder.effectiveEnd))
            }
            held[lease.plotCode, default: []].append(lease)
        }
    }

    /// Tenants by NIB; their declarations by fiscal year and partnerships by partner and product.
    private mutating func addTenants(_ tenants: [Sourced<Tenant>]) {
        let existing = existing
        merge(
            "tenant", tenants, key: \.nib.digits, find: { existing?.tenant($0.nib) },
            // A file without an address, contact or legal form says nothing about them: the stored ones stay.
            same: { stored, given in
                stored.legalName == given.legalName && stored.npwp == given.npwp && stored.kbli == given.kbli
                    && (given.contact.address == nil || given.contact.address == stored.contact.address)
                    && (given.contact.contact == nil || given.contact.contact == stored.contact.contact)
                    && (given.legalForm == nil || given.legalForm == stored.legalForm)
            },
            describe: \.summary,
            record: { AuditKeys.tenant($0.nib) }, insert: { [WriteStatements.tenant($0)] })
        // All tenants' declarations (and partnerships) in one merge each: one bulk load.
        let declarations = tenants.flatMap { tenant in
            tenant.value.declarations.map { Sourced(Owned(nib: tenant.value.nib, value: $0), origin: tenant.origin) }
        }
        merge(
            "declaration", declarations, key: { "\($0.nib) \($0.value.fiscalYear)" },
            find: { owned in
                existing?.tenant(owned.nib)?.declarations.first { $0.fiscalYear == owned.value.fiscalYear }
                    .map { Owned(nib: owned.nib, value: $0) }
            },
            // A file made before a correction holds a version the store keeps, superseded: the same;
            // so is the version that counts given as filed (a declaration typed again).
            same: { stored, imported in
                imported.nib == stored.nib
                    && (stored.value.versions.contains(imported.value)
                        || (imported.value.version == 1 && stored.value.hasFigures(of: imported.value)))
            },
            describe: { $0.value.figuresSummary },
            record: { AuditKeys.declaration($0.nib, $0.value.fiscalYear) },
            insert: { WriteStatements.declaration($0.value, of: $0.nib) })
        let partnerships = tenants.flatMap { tenant in
            tenant.value.partnerships.map { Sourced(Owned(nib: tenant.value.nib, value: $0), origin: tenant.origin) }
        }
        merge(
            "partnership", partnerships, key: { "\($0.nib) \($0.value.partner) \($0.value.product)" },
            find: { owned in
                existing?.tenant(owned.nib)?.partnerships
                    .first { $0.partner == owned.value.partner && $0.product == owned.value.product }
                    .map { Owned(nib: owned.nib, value: $0) }
            },
            same: { Self.sameImport($0.value, $1.value) }, describe: { $0.value.summary },
            record: { AuditKeys.partnership($0.nib, $0.value) },
            insert: { [WriteStatements.partnership($0.value, of: $0.nib)] })
    }

    /// A partnership given without terms (a CSV or seed file has no columns for them) is the
    /// stored one when its names and dates are: importing it again keeps the terms an officer or a
    /// forum added.
    static func sameImport(_ stored: Partnership, _ given: Partnership) -> Bool {
        stored == given
            || (given.terms.isEmpty && (stored.partner, stored.product, stored.since, stored.endedOn)
                == (given.partner, given.product, given.since, given.endedOn))
    }

    /// `merge` against stored records given as a list (the kinds an estate holds few of).
    private mutating func merge<T: Equatable & Sendable>(
        _ what: String, _ records: [Sourced<T>], key: (T) -> String, stored: @autoclosure () -> [T],
        same: ((T, T) -> Bool)? = nil, describe: (T) -> String, record: (T) -> String,
        insert: (T) -> [SQLStatement]
    ) {
        guard !records.isEmpty else { return }
        let storedByKey = Dictionary(stored().map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        merge(
            what, records, key: key, find: { storedByKey[key($0)] }, same: same, describe: describe, record: record,
            insert: insert)
    }

    /// Inserts the records whose key is new, skips identical ones, refuses the rest. `find` gives
    /// the stored record with a record's key.
    private mutating func merge<T: Equatable & Sendable>(
        _ what: String, _ records: [Sourced<T>], key: (T) -> String, find: (T) -> T?, same: ((T, T) -> Bool)? = nil,
        describe: (T) -> String, record: (T) -> String, insert: (T) -> [SQLStatement]
    ) {
        guard !records.isEmpty else { return }
        var seen: [String: String] = [:]
        var inserted: [T] = []
        for record in records {
            let k = key(record.value)
            if let earlier = seen[k] {
                errors.append(
                    .exists(
                        what: what, key: k, origin: record.origin, difference: "it appears twice, also at \(earlier)"))
                continue
            }
            seen[k] = record.origin ?? "an earlier row"
            if let old = find(record.value) {
                if same?(old, record.value) ?? (old == record.value) {
                    summary.unchanged[what, default: 0] += 1
                } else {
                    errors.append(
                        .exists(
                            what: what, key: k, origin: record.origin,
                            difference: "stored: \(describe(old)); given: \(describe(record.value))"))
                }
                continue
            }
            statements += insert(record.value)
            inserted.append(record.value)
        }
        guard !inserted.isEmpty else { return }
        summary.inserted[what, default: 0] += inserted.count
        // One entry per record, after the inserts (consecutive, so that PostgreSQL loads many in
        // one COPY): the trail of each record is then read by its key.
        let estate = AuditKeys.registry.contains(what) ? nil : writes.estateID
        for value in inserted {
            let after = (try? Self.auditEncoder.encode(["values": describe(value)]))
                .map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            statements.append(
                WriteStatements.audit(
                    actor: actor, action: "insert \(what)", subject: "\(what) \(key(value))", after: after,
                    record: record(value), estate: estate))
        }
    }
}

extension BatchPlanner {
    fileprivate static var auditEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}

/// A declaration or partnership with the NIB of the tenant it belongs to.
private struct Owned<Value: Equatable & Sendable>: Equatable, Sendable {
    let nib: NIB
    let value: Value
}
