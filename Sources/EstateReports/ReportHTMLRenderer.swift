import EstateDomain

/// A report as one self-contained HTML page: no script, no external file, charts as inline
/// SVG, styles for the screen and for printing on A4.
public enum ReportHTMLRenderer {
    public static func render(_ doc: ReportDocument) -> String {
        var body: [String] = [
            "<header>", "<p class=\"estate\">\(escaped(doc.estateName))</p>", "<h1>\(escaped(doc.title))</h1>",
            "<p class=\"provenance\">\(escaped(doc.provenance))</p>", "</header>",
        ]
        body.append(contentsOf: fragment(doc))
        body.append(
            "<footer>"
                + escaped(
                    doc.language == .indonesian
                        ? "Dibuat oleh ClusterEstate untuk Asosiasi IKM Logam. \(doc.provenance)."
                        : "Made by ClusterEstate for Asosiasi IKM Logam. \(doc.provenance).") + "</footer>")
        return """
            <!DOCTYPE html>
            <html lang="\(doc.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escaped(doc.title)): \(escaped(doc.estateName))</title>
            <style>\(style)</style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// The report's summary, charts and tables as HTML elements, for a page that has its own
    /// head and header (the dashboard). `sitePlanLink` makes each plot of the site plan a link.
    public static func fragment(_ doc: ReportDocument, sitePlanLink: ((SitePlan.Shape) -> String?)? = nil) -> [String] {
        var body: [String] = []
        if !doc.summary.isEmpty {
            body.append("<ul class=\"summary\">" + doc.summary.map { "<li>\(escaped($0))</li>" }.joined() + "</ul>")
        }
        if !doc.charts.isEmpty {
            body.append("<div class=\"charts\">")
            for chart in doc.charts {
                switch chart {
                case .bars(let bars): body.append(SVGCharts.bars(bars))
                case .sitePlan(var plan):
                    if let sitePlanLink {
                        plan.plots = plan.plots.map {
                            var shape = $0; shape.link = sitePlanLink($0); return shape
                        }
                    }
                    body.append(SVGCharts.sitePlan(plan))
                }
            }
            body.append("</div>")
        }
        for section in doc.sections {
            body.append("<section id=\"\(escaped(section.key))\">")
            body.append("<h2>\(escaped(section.heading))</h2>")
            if section.rows.isEmpty {
                body.append("<p class=\"empty\">\(escaped(section.emptyText))</p>")
            } else {
                let numeric = section.columns.indices.map { column in section.rows.contains { $0[column].isNumeric } }
                var table = ["<table><thead><tr>"]
                for (column, isNumeric) in zip(section.columns, numeric) {
                    table.append("<th\(isNumeric ? " class=\"n\"" : "")>\(escaped(column.title))</th>")
                }
                table.append("</tr></thead><tbody>")
                for row in section.rows {
                    table.append(
                        "<tr>"
                            + zip(row, numeric).map { cell, isNumeric in
                                "<td\(isNumeric ? " class=\"n\"" : "")>\(escaped(cell.display(doc.language)))</td>"
                            }.joined() + "</tr>")
                }
                table.append("</tbody></table>")
                body.append(table.joined())
            }
            body.append("</section>")
        }
        return body
    }

    /// The report style sheet (screen and A4 print), shared with the dashboard.
    public static let style = """
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 13px; color: #1d2733;
          margin: 24px auto; max-width: 1000px; padding: 0 16px; }
        header { border-bottom: 3px solid #2f6f9f; margin-bottom: 12px; }
        .estate { margin: 0; color: #55606c; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
        h1 { margin: 4px 0; font-size: 22px; }
        h2 { font-size: 16px; margin: 20px 0 6px; border-bottom: 1px solid #c9d3dd; padding-bottom: 2px; }
        .provenance { margin: 0 0 8px; color: #55606c; }
        .summary { padding-left: 18px; }
        .summary li { margin: 2px 0; }
        .charts { display: flex; flex-wrap: wrap; gap: 12px; }
        .charts svg { border: 1px solid #dde3ea; border-radius: 4px; background: #fff; }
        table { border-collapse: collapse; width: 100%; font-size: 12px; }
        th, td { border-bottom: 1px solid #e3e8ee; padding: 3px 6px; text-align: left; vertical-align: top; }
        th { background: #eef3f8; font-weight: 600; }
        .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tbody tr:nth-child(even) { background: #f8fafc; }
        .empty { color: #55606c; font-style: italic; }
        footer { margin-top: 24px; color: #55606c; font-size: 11px; border-top: 1px solid #c9d3dd; padding-top: 6px; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
          .charts svg { break-inside: avoid; }
          section, table, tr { break-inside: avoid-page; }
          thead { display: table-header-group; }
          h2 { break-after: avoid; }
        }
        """

    /// Text made safe inside HTML elements and attribute values.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
