import EstateDomain

/// `estate check` as text: a verdict line per tenant, then its rule trace and size classes.
public enum EligibilityText {
    public static func render(_ decision: EligibilityDecision, tenantName: String, language: Language) -> String {
        let id = language == .indonesian
        let verdict =
            decision.eligible ? (id ? "MEMENUHI SYARAT" : "ELIGIBLE") : (id ? "TIDAK MEMENUHI SYARAT" : "NOT ELIGIBLE")
        let date = decision.asOf.format(language)
        let year =
            decision.fiscalYear.map { id ? "laporan tahun buku \($0)" : "fiscal year \($0) declaration" }.map { year in
                guard let version = decision.declarationVersion, version > 1 else { return year }
                return year + (id ? " versi \(version) (koreksi)" : " version \(version) (corrected)")
            }
            ?? (id ? "belum ada laporan" : "no declaration filed")
        var lines = [
            "\(tenantName) (NIB \(decision.nib)): \(verdict)",
            id
                ? "  per \(date), aturan versi \(decision.ruleSetVersion), \(year)"
                : "  as of \(date), rule set \(decision.ruleSetVersion), \(year)",
        ]
        if let overdue = decision.overdue { lines.append("  " + (id ? "PERHATIAN: " : "WARNING: ") + overdue.text(language)) }
        var table = TextTable(
            header: id ? ["aturan", "sifat", "hasil", "keterangan"] : ["rule", "severity", "result", "explanation"])
        for outcome in decision.outcomes {
            table.add([
                outcome.ruleId, outcome.severity.rawValue, outcome.result.rawValue, outcome.explanation(language),
            ])
        }
        lines += table.rendered.split(separator: "\n").map { "  " + $0 }
        if let classes = decision.sizeClasses {
            lines.append(
                id
                    ? "  kelas usaha: PP 7/2021 penjualan \(classes.pp7_2021Sales.rawValue), modal \(classes.pp7_2021Capital.rawValue); Permenperin 64/2016 \(classes.permenperin64_2016.rawValue)"
                    : "  size class: PP 7/2021 sales \(classes.pp7_2021Sales.rawValue), capital \(classes.pp7_2021Capital.rawValue); Permenperin 64/2016 \(classes.permenperin64_2016.rawValue)"
            )
        }
        return lines.joined(separator: "\n")
    }
}
