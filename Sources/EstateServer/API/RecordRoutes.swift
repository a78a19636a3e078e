import EstateDomain
import EstateInterchange
import Hummingbird

/// Whole-record routes: the CSV export of a kind of record (the format `POST /imports` reads)
/// and the check of every invariant of the stored data (`estate export`, `estate validate`). Both
/// read through the operations' snapshot cache, like every other read: asking for them in a loop
/// costs the version query, not a reload and a full check each time.
struct RecordRoutes: Sendable {
    let api: APISupport

    func export(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let kindText = try context.pathParameter("kind")
        guard let kind = RecordKind(rawValue: kindText) else {
            let names = RecordKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw Problem(
                .notFound, "Tidak ada ekspor \"\(kindText)\"; pilih \(names).",
                "There is no export \"\(kindText)\"; choose one of \(names).")
        }
        let estate = try await api.operations.storedEstate()
        var response = APISupport.text(CSVExport.text(kind, estate: estate), type: "text/csv; charset=utf-8")
        response.headers[.contentDisposition] = "attachment; filename=\"\(kind.rawValue).csv\""
        return response
    }

    /// Every broken invariant on the date; 200 either way, `valid` says which.
    func validation(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let date = try api.date(request)
        let reading = try await api.operations.reading(asOf: date)
        let (estate, problems) = (reading.estate, reading.problems)
        return try api.json(
            Validation(
                asOf: date.iso, valid: problems.isEmpty, plots: estate.plots.count, tenants: estate.tenants.count,
                leases: estate.leases.count, applications: estate.applications.count, problems: problems))
    }

    struct Validation: Encodable, Sendable {
        let asOf: String
        let valid: Bool
        let plots: Int
        let tenants: Int
        let leases: Int
        let applications: Int
        let problems: [String]
    }
}
