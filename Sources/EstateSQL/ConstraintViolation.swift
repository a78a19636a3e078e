import EstateDomain
import EstateStore

/// A refusal by the database, classified the same way for both engines.
public enum ConstraintViolation: Sendable {
    /// Two leases on one plot for overlapping periods (PostgreSQL 23P01, SQLite trigger).
    case overlap
    /// A unique key or primary key (PostgreSQL 23505).
    case unique(constraint: String)
    /// A reference to a missing row (PostgreSQL 23503).
    case foreignKey(constraint: String)
    /// A CHECK or NOT NULL rule (PostgreSQL 23514, 23502).
    case check(constraint: String)
    /// The append-only audit log refused a change.
    case appendOnly

    /// The person-readable error for a violation by `statement`; for an overlap, `holders`
    /// are the leases already on the plot in that period (tenant name, start, end).
    public func storeError(for statement: SQLStatement, holders: [(String, CivilDate, CivilDate?)]) -> StoreError {
        switch (self, statement.subject) {
        case (.overlap, .lease(let plot, _, let start, _)):
            guard let holder = holders.first else {
                return .plotAlreadyLeased(plot: plot, tenant: "another tenant", from: start, until: nil)
            }
            return .plotAlreadyLeased(plot: plot, tenant: holder.0, from: holder.1, until: holder.2)
        case (.unique(let constraint), .record(let what, let key)) where constraint.contains("nib_one_kind_of_firm"):
            // A firm and a large industry registered with one NIB at the same moment (0034).
            return .refused(
                "the NIB of \(what) \(key) was registered meanwhile as the other kind of firm (an IKM firm or a large "
                    + "industry); a NIB is one kind of firm, nothing written",
                indonesian: "NIB dari \(what) \(key) baru saja didaftarkan sebagai jenis perusahaan yang lain (IKM atau "
                    + "industri besar); satu NIB hanya satu jenis perusahaan, tidak ada yang ditulis")
        case (.unique, .record(let what, let key)):
            // The constraint's name is the database's (SQLite's message names tables and
            // columns): the record and key say what is there, without it.
            return .exists(what: what, key: key, origin: nil, difference: "written meanwhile by someone else")
        case (.foreignKey(let constraint), .record(let what, let key)):
            return .notFound(what: "a record referenced by \(what) \(key)", key: constraint)
        case (.foreignKey, .lease(let plot, let nib, _, _)):
            return .notFound(what: "plot or tenant", key: "\(plot) / \(nib)")
        case (.check(let constraint), .record(let what, let key)):
            return .constraint(name: constraint, subject: "\(what) \(key)")
        case (.check(let constraint), .lease(let plot, let nib, let start, _)):
            return .constraint(name: constraint, subject: "the lease of \(plot) to \(nib) from \(start.iso)")
        case (.appendOnly, _):
            return .constraint(name: "audit_log_append_only", subject: "a change to the audit log")
        default:
            return .constraint(name: "\(self)", subject: "the write")
        }
    }
}
