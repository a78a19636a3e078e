import EstateDomain
import EstateReports
import Hummingbird

/// A refusal of a dashboard page as a person sees it in a browser: the problem's title and detail
/// on a page of the dashboard's style, with the way back to the caller's own start page,
/// instead of the problem document a client of the API reads. Only for a browser's request of a
/// dashboard page (`Accept: text/html`); everything else keeps the problem document.
enum ProblemPage {
    /// Whether `request` is a browser asking for a dashboard page.
    static func wanted(_ request: Request) -> Bool {
        let path = request.uri.path
        guard path == "/" || path.hasPrefix("/dashboard/") else { return false }
        return request.headers[.accept]?.contains("text/html") ?? false
    }

    /// The page: status, title and detail in `language`, the request's id to quote to an officer.
    static func html(status: Int, title: String, detail: String, requestID: String, language: Language) -> String {
        let e = ReportHTMLRenderer.escaped
        let home = language == .indonesian ? "Kembali ke halaman awal" : "Back to the start page"
        let quote = language == .indonesian ? "Kode permintaan" : "Request id"
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title><style>\(ReportHTMLRenderer.style)</style></head>
            <body><main><h1>\(e(title))</h1><p role="alert">\(e(detail))</p>
            <p><a href="/">\(e(home))</a></p><p class="provenance">\(status) · \(e(quote)) \(e(requestID))</p></main></body></html>
            """
    }
}
