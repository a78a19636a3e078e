import EstateDomain

/// The formats a report is written in.
public enum ReportFormat: String, CaseIterable, Sendable {
    case table, csv, json, markdown, html
}

/// The one entry point the CLI and the HTTP API use to write a report in a format.
public enum ReportOutput {
    /// The report `kind` in `format`; `section` (CSV's table, default the first) must name one
    /// of the report's tables whatever the format. For the regency office (`forRegencyOffice`),
    /// the occupancy JSON leaves out the lists naming firms (leases ending, firms out of the
    /// rules), as its other formats give only their counts.
    public static func render(
        _ kind: ReportKind, context: ReportContext, format: ReportFormat, section: String? = nil,
        csv: ReportCSVRenderer.Options = .init(), forRegencyOffice: Bool = false
    ) throws -> String {
        let doc = try ReportBuilder.document(kind, context: context)
        // A section names one of this report's tables in every format, so that a mistyped
        // `--section` is caught even where only CSV would use it.
        if let section { _ = try ReportCSVRenderer.section(doc, key: section) }
        switch format {
        case .table: return ReportTextRenderer.render(doc)
        case .csv: return try ReportCSVRenderer.render(doc, section: section, options: csv)
        case .markdown: return ReportMarkdownRenderer.render(doc)
        case .html: return ReportHTMLRenderer.render(doc)
        case .json:
            // The occupancy report keeps its documented contract; the others share one shape.
            if kind == .occupancy {
                return try JSONOutput.encode(
                    OccupancyView(context.occupancy, store: context.store, namingFirms: !forRegencyOffice))
            }
            if kind == .regency, let summary = context.regency {
                return try JSONOutput.encode(
                    RegencyView(summary, ruleSetVersion: context.ruleSet.version, store: context.store))
            }
            return try ReportJSON.render(doc)
        }
    }
}
