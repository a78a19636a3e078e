import EstateDomain

/// The frame every printed money document shares (invoices, credit notes, receipts): one
/// self-contained HTML file, no script, no external file, each document on its own A4 sheet
/// when printed (Chromium's `--print-to-pdf` honours `@page` and the page breaks).
enum MoneyDocumentPage {
    /// `articles` (each one `<article class="sheet">…</article>`) as one HTML page titled `title`.
    static func html(title: String, language: Language, articles: [String]) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title))</title>
        <style>\(style)</style>
        </head>
        <body>
        \(articles.joined(separator: "\n"))
        </body>
        </html>

        """
    }

    /// The association as its documents name it: name, address and NPWP, or a visible note that
    /// the billing profile is missing (never an empty letterhead).
    static func letterhead(_ profile: BillingProfile?, language l: Language) -> String {
        guard let profile else {
            return "<div class=\"issuer\"><p class=\"name\">"
                + e(t(l, "(profil penagihan belum diisi: estate billing profile)", "(no billing profile: estate billing profile)"))
                + "</p></div>"
        }
        var lines = ["<p class=\"name\">\(e(profile.name))</p>"]
        if let address = profile.address { lines.append("<p>\(e(address))</p>") }
        if let npwp = profile.npwp { lines.append("<p>NPWP \(e(npwp.digits))</p>") }
        return "<div class=\"issuer\">" + lines.joined() + "</div>"
    }

    /// A two-column list of labels and values (`<dl>`), skipping values that are nil.
    static func facts(_ pairs: [(String, String?)]) -> String {
        "<dl>" + pairs.compactMap { label, value in value.map { "<dt>\(e(label))</dt><dd>\(e($0))</dd>" } }.joined() + "</dl>"
    }

    /// The words of an amount with a capital first letter, as a document prints them.
    static func inWords(_ amount: Rupiah) -> String {
        let words = Terbilang.rupiah(amount)
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    static func e(_ text: String) -> String { ReportHTMLRenderer.escaped(text) }
    static func t(_ language: Language, _ indonesian: String, _ english: String) -> String {
        language == .indonesian ? indonesian : english
    }

    static let style = """
        @page { size: A4; margin: 15mm; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #111;
          margin: 0; background: #eee; }
        .sheet { background: #fff; width: 180mm; min-height: 250mm; margin: 8mm auto; padding: 10mm 12mm;
          box-sizing: border-box; position: relative; page-break-after: always; break-after: page; }
        .sheet:last-child { page-break-after: auto; break-after: auto; }
        @media print { body { background: #fff; } .sheet { margin: 0; width: auto; min-height: 0; padding: 0; } }
        header { display: flex; justify-content: space-between; align-items: flex-start;
          border-bottom: 2px solid #1d4e89; padding-bottom: 4mm; margin-bottom: 5mm; }
        .issuer p { margin: 0.5mm 0; } .issuer .name { font-weight: bold; font-size: 13pt; }
        h1 { font-size: 16pt; margin: 0; color: #1d4e89; text-align: right; letter-spacing: 0.05em; }
        h1 small { display: block; font-size: 10pt; color: #333; letter-spacing: 0; }
        .parties { display: flex; gap: 8mm; margin-bottom: 5mm; } .parties > div { flex: 1; }
        h2 { font-size: 10pt; text-transform: uppercase; color: #555; margin: 0 0 1.5mm; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.8mm 4mm; margin: 0; }
        dt { color: #555; } dd { margin: 0; }
        table { width: 100%; border-collapse: collapse; margin: 3mm 0; }
        th, td { border-bottom: 1px solid #ccc; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
        th { background: #eef2f7; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        tr.total td { font-weight: bold; border-top: 2px solid #111; } tr.due td { font-weight: bold; font-size: 12pt; }
        .words { border: 1px solid #999; padding: 2mm 3mm; margin: 3mm 0; font-style: italic; }
        .pay { margin-top: 5mm; } .note { color: #555; font-size: 9pt; }
        .stamp { position: absolute; top: 70mm; right: 15mm; transform: rotate(-12deg); border: 3px solid #b00020;
          color: #b00020; font-size: 20pt; font-weight: bold; padding: 2mm 5mm; opacity: 0.8; }
        .sign { margin-top: 14mm; width: 60mm; margin-left: auto; text-align: center; }
        .sign .line { border-top: 1px solid #111; margin-top: 18mm; padding-top: 1mm; }
        """
}
