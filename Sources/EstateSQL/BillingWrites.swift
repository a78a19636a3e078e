import EstateDomain
import EstateStore

/// The price-list and billing-profile writes, planned from what the write transaction read.
package enum BillingWrites {
    /// Adds the tariffs the store lacks; refuses a phase the estate does not have and a stored
    /// (phase, date) with other figures, listing every such row at once.
    package static func importTariffs(
        _ tariffs: [Sourced<Tariff>], on base: WriteBase, stored: [any SQLRowReader], actor: String
    ) throws -> PlannedWrite<TariffImport> {
        var known = Dictionary(
            try stored.map(BillingQueries.tariff).map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let phases = Set(base.estate?.phases.map(\.id) ?? [])
        var refusals: [StoreError] = []
        var added: [Tariff] = []
        var unchanged = 0
        for sourced in tariffs {
            let tariff = sourced.value
            let row = sourced.origin
            guard phases.contains(tariff.phase) else {
                refusals.append(.notFound(what: "phase", key: "\(tariff.phase)" + (row.map { " (\($0))" } ?? "")))
                continue
            }
            if let old = known[key(tariff)] {
                if old == tariff {
                    unchanged += 1
                } else {
                    refusals.append(.exists(
                        what: "tariff", key: key(tariff), origin: row,
                        difference: "stored rent \(old.rentPerSquareMetreMonth.amount), service charge "
                            + "\(old.serviceChargePerSquareMetreMonth.amount), deposit \(old.depositMonths), due "
                            + "\(old.dueDays); a new price takes a new effective_from"))
                }
                continue
            }
            known[key(tariff)] = tariff
            added.append(tariff)
        }
        if refusals.count == 1 { throw refusals[0] }
        if !refusals.isEmpty { throw StoreError.many(refusals) }
        var statements = added.map { tariff in
            SQLStatement.insert(
                into: "tariffs",
                ["estate_id", "phase_number", "effective_from", "rent_per_m2_month", "service_charge_per_m2_month",
                 "deposit_months", "due_days"],
                [.int(base.estateID), .int(Int64(tariff.phase)), .date(tariff.effectiveFrom.iso),
                 .int(tariff.rentPerSquareMetreMonth.amount), .int(tariff.serviceChargePerSquareMetreMonth.amount),
                 .int(Int64(tariff.depositMonths)), .int(Int64(tariff.dueDays))],
                subject: .record(what: "tariff", key: key(tariff)))
        }
        if !added.isEmpty {
            statements.append(WriteStatements.audit(
                actor: actor, action: "import tariffs", subject: "tariffs",
                after: WriteStatements.auditDocument(["added": String(added.count), "origin": tariffs.first?.origin ?? ""]), estate: base.estateID))
        }
        return PlannedWrite(result: TariffImport(added: added, unchanged: unchanged), statements: statements, after: base.estate)
    }

    /// Sets the profile's given fields and records a PKP change; a profile is first set with its name.
    package static func updateProfile(
        _ change: BillingProfileChange, on base: WriteBase, profile rows: [any SQLRowReader],
        changes: [any SQLRowReader], actor: String
    ) throws -> PlannedWrite<BillingProfile> {
        let old = try BillingQueries.profile(rows, changes: changes)
        guard let name = change.name ?? old?.name else {
            throw InputError(
                field: "name", value: "", problem: "is needed to set up the billing profile",
                fix: "Give the association's name as its invoices print it: --name \"Asosiasi IKM Logam\".",
                masalah: "diperlukan untuk membuat profil penagihan",
                perbaikan: "Isikan nama asosiasi seperti tercetak di tagihan: --name \"Asosiasi IKM Logam\".")
        }
        var pkp = old?.pkpChanges ?? []
        var statements: [SQLStatement] = []
        let fields = change.applied(to: old, name: name, pkpChanges: pkp)
        let values: [SQLValue] = [
            .text(name), .optionalText(fields.npwp?.digits), .optionalText(fields.address), .optionalText(fields.bankAccount),
        ]
        if old == nil {
            statements.append(.insert(
                into: "billing_profiles", ["estate_id", "name", "npwp", "address", "bank_account"],
                [.int(base.estateID)] + values, subject: .record(what: "billing profile", key: name)))
        } else {
            statements.append(SQLStatement(
                "UPDATE billing_profiles SET name = ?, npwp = ?, address = ?, bank_account = ? WHERE estate_id = ?",
                values + [.int(base.estateID)], subject: .record(what: "billing profile", key: name)))
        }
        if let step = change.pkp {
            if let same = pkp.first(where: { $0.from == step.from }) {
                guard same.isPKP == step.isPKP else {
                    throw StoreError.refused(
                        "a PKP change from \(step.from.iso) is already recorded (\(same.isPKP ? "PKP" : "not PKP")); "
                            + "record the new status from the day it took effect",
                        indonesian: "perubahan status PKP sejak \(step.from.iso) sudah tercatat "
                            + "(\(same.isPKP ? "PKP" : "bukan PKP")); catat status baru sejak hari berlakunya")
                }
            } else {
                pkp.append(step)
                statements.append(.insert(
                    into: "pkp_changes", ["estate_id", "from_on", "is_pkp"],
                    [.int(base.estateID), .date(step.from.iso), .int(step.isPKP ? 1 : 0)],
                    subject: .record(what: "PKP change", key: step.from.iso)))
            }
        }
        let profile = change.applied(to: old, name: name, pkpChanges: pkp)
        statements.append(WriteStatements.audit(
            actor: actor, action: old == nil ? "set billing profile" : "update billing profile", subject: "billing profile",
            after: WriteStatements.auditDocument(["name": name, "pkp_changes": String(pkp.count)]), estate: base.estateID))
        return PlannedWrite(result: profile, statements: statements, after: base.estate)
    }

    static func key(_ tariff: Tariff) -> String { "phase \(tariff.phase) from \(tariff.effectiveFrom.iso)" }
}
