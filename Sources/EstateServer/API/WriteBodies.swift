import EstateDomain

/// The JSON bodies of the API's writes. Dates are ISO text; areas are text or numbers of m²;
/// Rupiah are integers or any text the domain reads ("48 miliar").
struct NewTenantBody: Decodable {
    let nib: String
    let name: String
    let npwp: String
    let kbli: [String]
}

struct NewDeclarationBody: Decodable {
    let fiscalYear: Int
    let turnover: Rupiah
    let workers: Int
    let localWorkers: Int
    let investment: Rupiah
    let declaredOn: String?
}

struct NewApplicationBody: Decodable {
    let nib: String
    let minAreaM2: Area
    let maxAreaM2: Area
    let phase: Int?
    let submittedOn: String?
}

struct NewPlotBody: Decodable {
    let code: String
    let phase: Int
    let areaM2: Area
    let polygon: String?
}

/// A change that takes effect on a day (default today).
struct OnDayBody: Decodable {
    let on: String?
}

struct TerminationBody: Decodable {
    let on: String?
    let reason: String
}

/// Asks for an allocation proposal; the same fields commit it.
struct ProposalBody: Decodable {
    let policy: AllocationPolicy?
    let seed: UInt64?
    let asOf: String?
    /// Commit only: the last day + 1 of the leases (default open-ended).
    let end: String?
    /// Commit only, and required there: the assignments the admin read; the commit is refused
    /// (409) if the proposal computed now differs, so that nobody signs leases they did not see.
    let assignments: [ExpectedAssignment]?
}

struct ExpectedAssignment: Codable, Hashable {
    let plot: String
    let nib: String
}
