import EstateDomain
import EstateOperations
import EstateInterchange
import EstateStore
import Foundation
import Hummingbird

/// An RFC 9457 problem: a stable `type`, a `title` and `detail` in the request's language, the
/// HTTP status, and for a bad value the field it was in. Every refusal of the API is one.
public struct Problem: Error, HTTPResponseError, Sendable {
    /// The stable kinds of problem; `type` is `/problems/<slug>`.
    public enum Kind: String, Sendable, CaseIterable {
        case badRequest = "bad-request"
        case invalidField = "invalid-field"
        case unauthenticated
        case forbidden
        case notFound = "not-found"
        case conflict
        case plotAlreadyLeased = "plot-already-leased"
        case unsupportedMediaType = "unsupported-media-type"
        case notAcceptable = "not-acceptable"
        case invalidData = "invalid-data"
        case storeUnavailable = "store-unavailable"
        case tooLarge = "body-too-large"
        case methodNotAllowed = "method-not-allowed"
        case csrf = "csrf-token-invalid"
        case tooManyRequests = "too-many-requests"
        case internalError = "internal-error"

        var status: HTTPResponse.Status {
            switch self {
            case .badRequest: .badRequest
            case .invalidField, .invalidData: .unprocessableContent
            case .unauthenticated: .unauthorized
            case .forbidden, .csrf: .forbidden
            case .notFound: .notFound
            case .conflict, .plotAlreadyLeased: .conflict
            case .unsupportedMediaType: .unsupportedMediaType
            case .notAcceptable: .notAcceptable
            case .storeUnavailable: .serviceUnavailable
            case .tooLarge: .contentTooLarge
            case .methodNotAllowed: .methodNotAllowed
            case .tooManyRequests: .tooManyRequests
            case .internalError: .internalServerError
            }
        }

        func title(_ language: Language) -> String {
            let id = language == .indonesian
            switch self {
            case .badRequest: return id ? "Permintaan tidak dapat dibaca" : "The request cannot be read"
            case .invalidField:
                return id ? "Nilai isian tidak dapat diterima" : "A field has a value that is not accepted"
            case .unauthenticated: return id ? "Perlu token akses" : "An access token is needed"
            case .forbidden: return id ? "Peran token tidak cukup" : "The token's role does not allow this"
            case .notFound: return id ? "Tidak ditemukan" : "Not found"
            case .conflict: return id ? "Bertentangan dengan data yang ada" : "Conflicts with the stored records"
            case .plotAlreadyLeased: return id ? "Kavling sudah disewa" : "The plot is already leased"
            case .unsupportedMediaType: return id ? "Jenis isi tidak didukung" : "Unsupported content type"
            case .notAcceptable: return id ? "Format tidak tersedia" : "Format not available"
            case .invalidData: return id ? "Data akan menjadi tidak konsisten" : "The records would become inconsistent"
            case .storeUnavailable: return id ? "Basis data tidak dapat dihubungi" : "The database is unavailable"
            case .tooLarge: return id ? "Isi permintaan terlalu besar" : "The body is too large"
            case .methodNotAllowed: return id ? "Metode tidak tersedia di alamat ini" : "Method not allowed here"
            case .csrf: return id ? "Formulir kedaluwarsa" : "The form has expired"
            case .tooManyRequests: return id ? "Terlalu banyak permintaan" : "Too many requests"
            case .internalError: return id ? "Kesalahan pada server" : "A fault in the server"
            }
        }
    }

    public let kind: Kind
    /// The explanation per language.
    public let detail: LocalizedText
    /// The request field that holds the bad value, when there is one.
    public let field: String?
    /// Seconds after which a retry may succeed (503).
    public let retryAfter: Int?

    public let status: HTTPResponse.Status

    public init(
        _ kind: Kind, _ indonesian: String, _ english: String, field: String? = nil, retryAfter: Int? = nil,
        status: HTTPResponse.Status? = nil
    ) {
        self.kind = kind
        self.status = status ?? kind.status
        detail = LocalizedText(indonesian: indonesian, english: english)
        self.field = field
        self.retryAfter = retryAfter
    }

    /// The JSON body in a language.
    struct Body: Encodable {
        let type: String
        let title: String
        let status: Int
        let detail: String
        let instance: String
        let field: String?
        let requestId: String
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let language = Negotiation.language(request)
        if ProblemPage.wanted(request), kind != .unauthenticated {
            let page = ProblemPage.html(
                status: Int(status.code), title: kind.title(language), detail: detail.text(language),
                requestID: context.id, language: language)
            return Response(
                status: status, headers: [.contentType: "text/html; charset=utf-8", .contentLanguage: language.rawValue],
                body: .init(byteBuffer: ByteBuffer(string: page)))
        }
        let body = Body(
            type: "/problems/\(kind.rawValue)", title: kind.title(language), status: Int(status.code),
            detail: detail.text(language), instance: request.uri.path, field: field, requestId: context.id)
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers: HTTPFields = [.contentType: "application/problem+json", .contentLanguage: language.rawValue]
        if kind == .unauthenticated { headers[.wwwAuthenticate] = "Bearer realm=\"estate\"" }
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        return Response(
            status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(body))))
    }
}

extension Problem {
    /// A value the domain refused, naming the field.
    init(input error: InputError) {
        // The domain names fields as the CLI and JSON bodies know them (`--section`, `minAreaM2`);
        // the API names them as its own JSON and query parameters do (`section`, `min_area_m2`).
        var field = error.field.hasPrefix("--") ? String(error.field.dropFirst(2)) : error.field
        field = InputError.snakeCased(field).replacingOccurrences(of: "-", with: "_")
        self.init(
            .invalidField, error.message(.indonesian, field: field), error.message(.english, field: field), field: field)
    }

    static func notFound(_ what: LocalizedText, _ key: String) -> Problem {
        Problem(
            .notFound, "\(what.indonesian) \(key) tidak ada.", "\(what.english) \(key) does not exist.")
    }

    /// A store's refusal with the status of its class.
    init(store error: StoreError) {
        let english = error.description
        switch error {
        case .plotAlreadyLeased(let plot, let tenant, let from, let until):
            self.init(
                .plotAlreadyLeased,
                "kavling \(plot) sudah disewa \(tenant) sejak \(from.iso) sampai \(until?.iso ?? "waktu terbuka"); "
                    + "pilih kavling lain atau akhiri sewa itu dahulu.",
                english, field: "plot")
        case .notFound(let what, let key):
            self.init(
                .notFound, "\(StoreError.indonesianNoun(what)) \(key) tidak ada; tambahkan dahulu atau perbaiki rujukannya.",
                english)
        case .refused(_, let indonesian?):
            self.init(.conflict, "Ditolak karena bertentangan dengan data yang ada: \(indonesian)", english)
        case .many:
            self.init(
                error.category == .conflict ? .conflict : .invalidData, "Ditolak, tidak ada yang ditulis:\n\(english)",
                english)
        default:
            switch error.category {
            case .conflict:
                self.init(.conflict, "Ditolak karena bertentangan dengan data yang ada: \(english)", english)
            case .notFound:
                self.init(.notFound, "Tidak ada: \(english)", english)
            case .invalidData:
                self.init(.invalidData, "Tidak ada yang ditulis: \(english)", english)
            case .unavailable:
                self.init(
                    .storeUnavailable,
                    "Basis data tidak dapat dipakai saat ini; coba lagi sebentar lagi. (\(english))", english,
                    retryAfter: 5)
            }
        }
    }

    /// A body over `limit` bytes (413), with the limit in MiB and what to do.
    static func bodyTooLarge(limit: Int) -> Problem {
        let size = limit >= 1_048_576 ? "\(limit / 1_048_576) MiB" : "\(limit / 1024) KiB"
        return Problem(
            .tooLarge,
            "Isi permintaan lebih dari \(size); periksa isinya, atau bagi menjadi beberapa permintaan.",
            "The body is larger than \(size); check that it is what you meant to send, or split it into several "
                + "requests.")
    }

    /// A token that is malformed, unknown or revoked (also when a write found it revoked).
    static let revokedToken = Problem(
        .unauthenticated, "Token tidak dikenal atau sudah dicabut; minta token baru kepada admin.",
        "The token is unknown or revoked; ask an admin for a new one (`estate token create`).")

    /// Any error a handler throws, as a problem; only a fault of the server itself is a 500.
    static func from(_ error: any Error) -> (any HTTPResponseError)? {
        switch error {
        case let problem as Problem: return problem
        case let store as StoreError: return Problem(store: store)
        case let input as InputError: return Problem(input: input)
        case is TokenNoLongerValid: return Problem.revokedToken
        case OperationError.noEstateYet:
            return Problem(
                .notFound, "Basis data belum berisi kawasan; muat data contoh dengan `estate seed` atau impor CSV.",
                "The store holds no estate yet; load the sample data with `estate seed` or import CSV files.")
        case OperationError.unknownTenant(let nib):
            return Problem.notFound(LocalizedText(indonesian: "Perusahaan dengan NIB", english: "The tenant with NIB"), nib.digits)
        case let rows as RowErrors:
            return Problem(
                .invalidField, "Tidak ada yang ditulis; perbaiki baris berikut:\n\(rows)",
                "Nothing was written; fix these rows:\n\(rows)", field: rows.errors.first.map { $0.error.field })
        case let httpError as any HTTPResponseError: return httpError
        default: return nil
        }
    }
}

extension ProblemMiddleware {
    /// The methods served at `path`, matching `{name}` segments of the templates to any segment.
    static func methods(
        for path: String, in routes: [(method: HTTPRequest.Method, path: String)]
    ) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        let matching = routes.filter { route in
            let template = route.path.split(separator: "/", omittingEmptySubsequences: false)
            return template.count == segments.count
                && zip(template, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }
        var seen: [HTTPRequest.Method] = []
        for route in matching where !seen.contains(route.method) { seen.append(route.method) }
        return seen
    }
}

/// Turns every error a route throws into a problem response, so that nothing but a genuine
/// fault of the server answers 500, and logs that fault with the request id.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = EstateRequestContext

    /// Every route's method and path template, to answer 405 with `Allow` for a known path
    /// asked with another method (the router alone would say 404).
    let routes: [(method: HTTPRequest.Method, path: String)]

    func handle(
        _ request: Request, context: EstateRequestContext,
        next: (Request, EstateRequestContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            if let store = error as? StoreError { EstateMetrics.storeError(store) }
            if let problem = Problem.from(error) {
                if let http = problem as? HTTPError, http.status == .notFound {
                    let allowed = Self.methods(for: request.uri.path, in: routes)
                    if !allowed.isEmpty {
                        let list = allowed.map(\.rawValue).joined(separator: ", ")
                        var response = try Problem(
                            .methodNotAllowed,
                            "\(request.method) tidak tersedia di \(request.uri.path); pakai \(list).",
                            "\(request.method) is not served at \(request.uri.path); use \(list)."
                        ).response(from: request, context: context)
                        response.headers[.allow] = list
                        return response
                    }
                }
                if !(problem is Problem) {
                    // Hummingbird's and NIO's own refusals (no route, a body over the limit) get
                    // the problem shape too.
                    let status = problem.status
                    if status == .contentTooLarge {
                        return try Problem.bodyTooLarge(limit: context.maxUploadSize).response(
                            from: request, context: context)
                    }
                    let kind: Problem.Kind = status == .notFound ? .notFound : .badRequest
                    let message = (problem as? HTTPError)?.body
                    let (id, en) = (
                        message ?? "Permintaan ditolak (\(status.code)).",
                        message ?? "The request was refused (\(status.code))."
                    )
                    return try Problem(kind, id, en, status: status).response(from: request, context: context)
                }
                return try problem.response(from: request, context: context)
            }
            context.logger.error("unhandled error: \(String(reflecting: error))")
            return try Problem(
                .internalError, "Terjadi kesalahan pada server; sebutkan request id ini kepada pengurus.",
                "The server failed; quote this request id to the administrator."
            ).response(from: request, context: context)
        }
    }
}
