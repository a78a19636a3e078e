import EstateDomain

// The JSON bodies of the API's writes. Dates are ISO text; areas are text or numbers of m²;
// Rupiah are integers or any text the domain reads ("48 miliar").

/// A JSON body whose keys are known by name, so that `null` in one of them is refused rather
/// than read as if the key were absent (`"as_of": null` must not silently mean today).
/// Unknown keys are ignored, as before.
protocol JSONBody: Decodable {
    /// The body's JSON keys, snake_case, as in the OpenAPI document's schema.
    static var fields: Set<String> { get }
}

struct NewTenantBody: JSONBody {
    static let fields: Set<String> = ["nib", "name", "npwp", "kbli"]
    let nib: String
    let name: String
    let npwp: String
    let kbli: [String]
}

/// A correction of a firm's record: the fields to change, at least one.
struct TenantCorrectionBody: JSONBody {
    static let fields: Set<String> = ["name", "npwp", "kbli", "address", "contact", "legal_form"]
    let name: String?
    let npwp: String?
    let kbli: [String]?
    let address: String?
    let contact: String?
    let legalForm: String?
}

struct NewDeclarationBody: JSONBody {
    static let fields: Set<String> = [
        "fiscal_year", "turnover", "workers", "local_workers", "investment", "declared_on",
    ]
    let fiscalYear: Int
    let turnover: Rupiah
    let workers: Int
    let localWorkers: Int
    let investment: Rupiah
    let declaredOn: String?
}

struct NewApplicationBody: JSONBody {
    static let fields: Set<String> = ["nib", "min_area_m2", "max_area_m2", "phase", "submitted_on"]
    let nib: String
    let minAreaM2: Area
    let maxAreaM2: Area
    let phase: Int?
    let submittedOn: String?
}

struct NewPlotBody: JSONBody {
    static let fields: Set<String> = ["code", "phase", "area_m2", "polygon"]
    let code: String
    let phase: Int
    let areaM2: Area
    let polygon: String?
}

/// A lease not yet started, found by its start, and its corrected dates (at least one).
struct LeaseReschedulingBody: JSONBody {
    static let fields: Set<String> = ["start", "new_start", "end", "open_end"]
    let start: String
    let newStart: String?
    let end: String?
    let openEnd: Bool?
}

/// A correction of a plot's measures: the fields to change, at least one.
struct PlotCorrectionBody: JSONBody {
    static let fields: Set<String> = ["area_m2", "polygon", "remove_polygon"]
    let areaM2: Area?
    let polygon: String?
    let removePolygon: Bool?
}

/// A change that takes effect on a day (default today).
struct OnDayBody: JSONBody {
    static let fields: Set<String> = ["on"]
    let on: String?
}

struct TerminationBody: JSONBody {
    static let fields: Set<String> = ["on", "reason"]
    let on: String?
    let reason: String
}

/// Asks for an allocation proposal; the same fields commit it.
struct ProposalBody: JSONBody {
    static let fields: Set<String> = ["policy", "seed", "as_of", "end", "assignments"]
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

/// `PUT /api/v1/forum/capabilities/{nib}`: a firm's whole capability profile, machines and
/// certifications in the CLI's one-line forms (`ForumSpecs`).
struct CapabilityProfileBody: JSONBody {
    static let fields: Set<String> = [
        "processes", "materials", "machines", "certifications", "products", "workers", "local_workers", "regency",
    ]
    let processes: [String]
    let materials: [String]?
    let machines: [String]?
    let certifications: [String]?
    let products: [String]?
    let workers: Int?
    let localWorkers: Int?
    let regency: String?
}
