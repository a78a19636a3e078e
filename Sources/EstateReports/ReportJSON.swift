import EstateDomain

/// A report as JSON for scripts: the provenance, the findings, and each table as an array of
/// objects keyed by the columns' stable English keys, numbers exact (square metres and
/// shares as decimals, Rupiah as integers, dates ISO, missing values null). The occupancy
/// report keeps its own contract (`OccupancyView`).
public enum ReportJSON {
    public static func render(_ doc: ReportDocument) throws -> String {
        try JSONOutput.encode(Envelope(doc))
    }

    struct Envelope: Encodable {
        let report: String
        let title: String
        let language: String
        let estate: String
        let asOf: String
        let ruleSetVersion: String
        let store: String
        let summary: [String]
        let sections: [String: [[String: Cell]]]

        init(_ doc: ReportDocument) {
            report = doc.kind.rawValue
            title = doc.title
            language = doc.language.rawValue
            estate = doc.estateName
            asOf = doc.asOf.iso
            ruleSetVersion = doc.ruleSetVersion
            store = doc.store
            summary = doc.summary
            sections = Dictionary(
                uniqueKeysWithValues: doc.sections.map { section in
                    (
                        section.key,
                        section.rows.map { row in
                            Dictionary(
                                uniqueKeysWithValues: zip(section.columns, row).map { ($0.key, Cell(value: $1)) })
                        }
                    )
                })
        }
    }

    struct Cell: Encodable {
        let value: ReportValue

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch value {
            case .text(let text): try container.encode(text)
            case .count(let count), .year(let count): try container.encode(count)
            case .area(let area): try container.encode(ExactNumber(text: area.squareMetresText))
            case .rupiah(let amount): try container.encode(amount.amount)
            case .percent(let ratio): try container.encode(ExactNumber(text: ratio.fractionText))
            case .date(let date): try container.encode(date.iso)
            case .empty: try container.encodeNil()
            }
        }
    }
}
