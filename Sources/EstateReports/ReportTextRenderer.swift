import EstateDomain

/// A report for a terminal: title, provenance, findings, then each table with numbers aligned
/// right.
public enum ReportTextRenderer {
    public static func render(_ doc: ReportDocument) -> String {
        var out = ["\(doc.estateName): \(doc.title)", doc.provenance, ""]
        out += doc.summary
        for section in doc.sections {
            out += ["", section.heading]
            guard !section.rows.isEmpty else {
                out.append(section.emptyText)
                continue
            }
            var table = TextTable(header: section.columns.map(\.title))
            table.rightAligned = Set(
                section.columns.indices.filter { column in section.rows.contains { $0[column].isNumeric } })
            for row in section.rows { table.add(row.map { $0.display(doc.language) }) }
            out.append(table.rendered)
        }
        return out.joined(separator: "\n")
    }
}
