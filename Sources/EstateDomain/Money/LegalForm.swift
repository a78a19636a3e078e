/// A firm's legal form (bentuk usaha), which decides whether it withholds income tax on what it
/// pays the association: a *badan* (PT, CV, koperasi, firma) does, a sole proprietorship (UD) or
/// a person does not (PP 34/2017; see DOMAIN.md, "Money").
public enum LegalForm: String, CaseIterable, Hashable, Sendable, Codable {
    case pt = "PT"
    case cv = "CV"
    case ud = "UD"
    case koperasi = "Koperasi"
    case firma = "Firma"
    case perorangan = "perorangan"

    /// Whether the firm is a *badan* under the income tax law, and so withholds PPh.
    public var isBadan: Bool {
        switch self {
        case .pt, .cv, .koperasi, .firma: true
        case .ud, .perorangan: false
        }
    }

    /// Reads a legal form as an officer writes it ("PT", "pt", "Koperasi", "perorangan", …).
    public init(parsing text: String, field: String) throws {
        let wanted = text.trimmingSpaces.lowercased()
        guard let form = LegalForm.allCases.first(where: { $0.rawValue.lowercased() == wanted }) else {
            let names = LegalForm.allCases.map(\.rawValue).joined(separator: ", ")
            throw InputError(
                field: field, value: text, problem: "is not a legal form", fix: "Write one of \(names).",
                masalah: "bukan bentuk usaha", perbaikan: "Tuliskan salah satu dari \(names).")
        }
        self = form
    }

    /// The form a firm's registered name shows when it starts with "PT ", "CV " or "UD "
    /// (case as written in the register); nil when the name does not say.
    public static func inferred(fromName name: String) -> LegalForm? {
        let upper = name.trimmingSpaces.uppercased()
        for form in [LegalForm.pt, .cv, .ud] where upper.hasPrefix(form.rawValue + " ") || upper.hasPrefix(form.rawValue + ". ") {
            return form
        }
        return nil
    }
}
