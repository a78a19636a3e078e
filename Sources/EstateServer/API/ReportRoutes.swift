import EstateDomain
import EstateReports
import Hummingbird

/// `GET /api/v1/reports/{kind}`: every report of the CLI, in JSON, CSV, HTML, Markdown or plain
/// text, chosen by `?format=` or else by `Accept`.
struct ReportRoutes: Sendable {
    let api: APISupport

    static let mediaTypes: [(ReportFormat, String)] = [
        (.json, "application/json"), (.csv, "text/csv"), (.html, "text/html"), (.markdown, "text/markdown"),
        (.table, "text/plain"),
    ]

    func report(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let kindText = try context.pathParameter("kind")
        guard let kind = ReportKind(rawValue: kindText) else {
            throw Problem(
                .notFound, "Laporan \"\(kindText)\" tidak ada; pilih salah satu: \(Self.kinds).",
                "There is no report \"\(kindText)\"; choose one of \(Self.kinds).")
        }
        if context.caller?.role == .regency, !kind.readByRegencyOffice {
            throw Problem(
                .forbidden,
                "Laporan \(kind.rawValue) memuat data tiap perusahaan yang tetap di asosiasi; peran regency membaca: \(Self.regencyKinds).",
                "The \(kind.rawValue) report shows each firm's own figures, which stay with the association; the regency role reads: \(Self.regencyKinds).")
        }
        let format = try Self.format(request)
        let query = request.uri.queryParameters
        let separator = query.get("separator") ?? "comma"
        guard ["comma", "semicolon"].contains(separator) else {
            throw Problem(
                .invalidField, "separator: \"\(separator)\" harus comma atau semicolon.",
                "separator: \"\(separator)\" must be comma or semicolon.", field: "separator")
        }
        let bom = try api.flag(request, "bom") ?? false
        let download = try api.flag(request, "download") ?? false
        let date = try api.date(request)
        let estate: Estate
        var regency: RegencySummary?
        if kind == .regency {
            try APISupport.requireRegencyWide(context.caller)
            (regency, estate) = try await api.operations.regency(asOf: date)
        } else {
            estate = try await api.estate(asOf: date)
        }
        let money = try await api.operations.money(for: kind)
        let text = try api.domain {
            let reportContext = try ReportContext(
                estate: estate, asOf: date, language: context.language, store: api.configuration.storeName,
                regency: regency, money: money)
            return try ReportOutput.render(
                kind, context: reportContext, format: format, section: query.get("section"),
                csv: .init(
                    separator: separator == "semicolon" ? ";" : ",",
                    byteOrderMark: bom),
                forRegencyOffice: context.caller?.role == .regency)
        }
        let type = Self.mediaTypes.first { $0.0 == format }!.1
        var response = APISupport.text(
            text, type: type + (format == .json ? "" : "; charset=utf-8"))
        response.headers[.contentLanguage] = context.language.rawValue
        if format == .csv || download {
            let extensionName = ["csv": "csv", "html": "html", "markdown": "md", "table": "txt", "json": "json"][
                format.rawValue]!
            response.headers[.contentDisposition] =
                "attachment; filename=\"\(kind.rawValue)-\(date.iso).\(extensionName)\""
        }
        return response
    }

    static var kinds: String { ReportKind.allCases.map(\.rawValue).joined(separator: ", ") }
    static var regencyKinds: String {
        ReportKind.allCases.filter(\.readByRegencyOffice).map(\.rawValue).joined(separator: ", ")
    }

    /// `?format=`, else the first supported type in `Accept`, else JSON; 406 when `Accept`
    /// lists only types no report is written in.
    static func format(_ request: Request) throws -> ReportFormat {
        if let text = request.uri.queryParameters.get("format") {
            guard let format = ReportFormat(rawValue: text) else {
                let names = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
                throw Problem(
                    .invalidField, "format: \"\(text)\" harus salah satu dari \(names).",
                    "format: \"\(text)\" must be one of \(names).", field: "format")
            }
            return format
        }
        guard let accept = request.headers[.accept], !accept.isEmpty else { return .json }
        // Media ranges by preference (q, default 1); q=0 means "not this one".
        let ranked = accept.split(separator: ",").enumerated().compactMap { index, range -> (String, Double, Int)? in
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return quality > 0 ? (parts.first ?? "", quality, index) : nil
        }
        let types = ranked.sorted { ($0.1, -$0.2) > ($1.1, -$1.2) }.map(\.0)
        for type in types {
            if type == "*/*" || type == "application/*" { return .json }
            if let match = mediaTypes.first(where: { $0.1 == type }) { return match.0 }
            if type == "text/*" { return .html }
        }
        throw Problem(
            .notAcceptable, "Laporan tersedia sebagai JSON, CSV, HTML, Markdown atau teks.",
            "Reports come as application/json, text/csv, text/html, text/markdown or text/plain (Accept: \(accept)).")
    }
}
