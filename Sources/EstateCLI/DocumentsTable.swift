import EstateDomain
import EstateReports

/// The tables `estate documents list` and `estate documents expiring` print.
enum DocumentsTable {
    static func rendered(_ documents: [FirmDocument], _ language: Language) -> String {
        var table = TextTable(header: ["id", "nib", "kind", "number", "valid until", "format", "bytes", "uploaded", "state"])
        table.rightAligned = [0, 6]
        for document in documents {
            table.add([
                String(document.id), document.nib.digits, document.kind.name(language), document.number,
                document.validUntil?.format(language) ?? "–", document.format.rawValue, String(document.byteCount),
                document.uploadedOn.format(language), SubmissionView.stateName(document.state, language),
            ])
        }
        return table.rendered
    }

    static func expiring(_ expiring: [DocumentExpiry], firms: (NIB) -> String, _ language: Language) -> String {
        var table = TextTable(header: ["id", "nib", "firm", "kind", "number", "valid until", "days left", "renewal on file"])
        table.rightAligned = [0, 6]
        for entry in expiring {
            let document = entry.document
            table.add([
                String(document.id), document.nib.digits, firms(document.nib), document.kind.name(language),
                document.number, document.validUntil?.format(language) ?? "", String(entry.daysLeft),
                entry.laterOfSameKind.map { "\($0.id) (\($0.validUntil?.format(language) ?? "–"))" } ?? "–",
            ])
        }
        return table.rendered
    }
}
