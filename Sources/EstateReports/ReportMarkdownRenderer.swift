import EstateDomain

/// A report as Markdown for sharing in a chat or an e-mail: headings, findings as a list,
/// tables with numbers aligned right.
public enum ReportMarkdownRenderer {
    public static func render(_ doc: ReportDocument) -> String {
        var out = ["# \(escaped(doc.title)): \(escaped(doc.estateName))", "", "_\(escaped(doc.provenance))_", ""]
        out += doc.summary.map { "- \(escaped($0))" }
        for section in doc.sections {
            out += ["", "## \(escaped(section.heading))", ""]
            guard !section.rows.isEmpty else {
                out.append(escaped(section.emptyText))
                continue
            }
            let numeric = section.columns.indices.map { column in section.rows.contains { $0[column].isNumeric } }
            out.append("| " + section.columns.map { escaped($0.title) }.joined(separator: " | ") + " |")
            out.append("|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined())
            for row in section.rows {
                out.append("| " + row.map { escaped($0.display(doc.language)) }.joined(separator: " | ") + " |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Characters Markdown would read as syntax in a table or a line.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\|*_`[]<>#".contains(character) { out.append("\\") }
            out.append(character.isNewline ? " " : character)
        }
        return out
    }
}
