import EstateDomain
import EstateStore
import Hummingbird

/// `POST /api/v1/tenants/{nib}/declarations/{fiscal_year}/corrections`: a declaration corrected
/// by a new version with a reason (issue 15), through the same change as `estate declare
/// --correction`; the version before stays, superseded.
struct DeclarationCorrectionRoutes: Sendable {
    let api: APISupport
    let write: WriteRoutes

    func correct(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let body = try await api.body(DeclarationCorrectionBody.self, request, context)
        let nib = try ReadRoutes.nib(context)
        let yearText = try context.pathParameter("fiscal_year")
        guard let year = Int(yearText) else {
            throw Problem(
                .invalidField, "fiscal_year \"\(yearText)\" bukan tahun; tulis tahun buku empat angka, mis. 2025.",
                "fiscal_year \"\(yearText)\" is not a year; write the four-digit fiscal year, e.g. 2025.",
                field: "fiscal_year")
        }
        let (figures, correction) = try api.domain {
            (
                try Declaration(
                    fiscalYear: year, turnover: body.turnover, workers: body.workers, localWorkers: body.localWorkers,
                    investment: body.investment),
                try DeclarationCorrection(reason: body.reason, on: .todayInBekasi)
            )
        }
        return try await write.amend(.correctDeclaration(nib: nib, figures: figures, correction: correction), context)
    }
}

/// The corrected figures of one fiscal year and why.
struct DeclarationCorrectionBody: JSONBody {
    static let fields: Set<String> = ["turnover", "workers", "local_workers", "investment", "reason"]
    let turnover: Rupiah
    let workers: Int
    let localWorkers: Int
    let investment: Rupiah
    let reason: String
}
