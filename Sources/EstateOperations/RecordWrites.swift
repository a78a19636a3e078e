import EstateDomain
import EstateInterchange
import EstateStore

/// The writes of one record or one file. Each becomes a batch or a change that the store
/// checks and writes in its serialised transaction; what it wrote comes back.
extension EstateOperations {
    public func addTenant(_ tenant: Tenant, actor: String) async throws -> WriteSummary {
        try await checkRegisters(firms: [(tenant.nib, nil)])
        var batch = EstateBatch()
        batch.tenants = [Sourced(tenant, origin: "nib \(tenant.nib)")]
        return try await store.write(batch, actor: actor)
    }

    /// Records a firm's yearly declaration; `OperationError.unknownTenant` for a NIB no tenant has.
    public func declare(_ declaration: Declaration, for nib: NIB, actor: String) async throws -> (
        tenant: Tenant, summary: WriteSummary
    ) {
        let estate = try await stored().estate
        guard var tenant = estate.tenant(nib) else { throw OperationError.unknownTenant(nib) }
        if let stored = tenant.declarations.first(where: { $0.fiscalYear == declaration.fiscalYear }),
            !stored.hasFigures(of: declaration)
        {
            // The batch refuses it again in its transaction; this says what to do instead.
            let earlier = stored.superseded.first { $0.hasFigures(of: declaration) }
            throw StoreError.refused(
                "the \(stored.fiscalYear) declaration of NIB \(nib) is stored with other figures (version \(stored.version): "
                    + stored.figuresSummary + ")"
                    + (earlier.map { "; those given are version \($0.version)'s, superseded" } ?? "")
                    + "; to change them, correct it: `estate declare \(nib) --year \(stored.fiscalYear) … --correction REASON` "
                    + "or POST /api/v1/tenants/\(nib)/declarations/\(stored.fiscalYear)/corrections")
        }
        tenant.declarations = [declaration]
        tenant.partnerships = []
        var batch = EstateBatch()
        batch.tenants = [Sourced(tenant, origin: "nib \(nib) fiscal_year \(declaration.fiscalYear)")]
        return (tenant, try await store.write(batch, actor: actor))
    }

    /// Records a firm's partnership with a large industry, as one row of `partnerships.csv` would:
    /// an unknown firm is not found, the same partnership stored with other dates is a conflict.
    public func addPartnership(_ partnership: Partnership, to nib: NIB, actor: String) async throws -> WriteSummary {
        // As `declare`: an unknown firm is named as such (404); the batch checks it again in its transaction.
        guard try await stored().estate.tenant(nib) != nil else { throw OperationError.unknownTenant(nib) }
        try await checkRegisters(partnerships: [(nib, partnership.terms, nil)])
        var batch = EstateBatch()
        batch.partnerships = [
            Sourced(TenantPartnership(nib: nib, partnership: partnership), origin: "nib \(nib) partner \(partnership.partner)")
        ]
        return try await store.write(batch, actor: actor)
    }

    /// Puts a firm on the waitlist.
    public func apply(_ application: Application, actor: String) async throws -> WriteSummary {
        var batch = EstateBatch()
        batch.applications = [
            Sourced(application, origin: "nib \(application.nib) on \(application.submittedOn.iso)")
        ]
        return try await store.write(batch, actor: actor)
    }

    public func addPlot(_ plot: Plot, actor: String) async throws -> WriteSummary {
        var batch = EstateBatch()
        batch.plots = [Sourced(plot, origin: "code \(plot.code)")]
        return try await store.write(batch, actor: actor)
    }

    /// Changes one stored record (withdraws a plot, reconfirms, ends or terminates a lease). A
    /// partnership's correction that names a large industry names a registered one (industries
    /// are never removed, so the check cannot go stale before the write).
    public func amend(_ change: EstateChange, actor: String) async throws -> ChangeOutcome {
        if case .correctPartnership(let nib, _, _, let correction) = change, let industry = correction.industry {
            try await checkRegisters(partnerships: [(nib, try PartnershipTerms(industry: industry), nil)])
        }
        return try await store.amend(change, actor: actor)
    }

    /// Imports one CSV file atomically: every bad row is listed and nothing is written; a dry
    /// run checks everything, the database's own rules included, and writes nothing.
    public func importFile(
        _ kind: RecordKind, named name: String, text: String, actor: String, dryRun: Bool
    ) async throws -> WriteSummary {
        let batch = try CSVImport.batch(kind, file: name, text: text)
        try await checkRegisters(
            firms: batch.tenants.map { ($0.value.nib, $0.origin) },
            partnerships: batch.partnerships.map { ($0.value.nib, $0.value.partnership.terms, $0.origin) }
                + batch.tenants.flatMap { tenant in tenant.value.partnerships.map { (tenant.value.nib, $0.terms, tenant.origin) } })
        return try await store.write(batch, actor: actor, dryRun: dryRun)
    }
}
