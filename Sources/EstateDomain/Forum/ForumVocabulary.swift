/// What a large industry asks for and an IKM firm can do, in one vocabulary, so that a need and a
/// capability meet by code and not by spelling. The processes follow UNIDO's subcontracting
/// exchanges (shared/DOMAIN.md, "The business forum"), widened to the regency's other IKM
/// sectors (food, carpets); `other` keeps a firm whose process is not listed matchable by hand.
public enum IndustrialProcess: String, CaseIterable, Hashable, Sendable, Codable {
    case stamping, welding, casting, forging, machining, fabrication, plating, coating, heatTreatment
    case assembly, foodProcessing, packaging, weaving, sewing, other

    /// The code as written in files and the API: `heat_treatment`, `food_processing`.
    public var code: String {
        switch self {
        case .heatTreatment: "heat_treatment"
        case .foodProcessing: "food_processing"
        default: rawValue
        }
    }

    public var name: LocalizedText {
        switch self {
        case .stamping: LocalizedText(indonesian: "stamping (press)", english: "stamping")
        case .welding: LocalizedText(indonesian: "pengelasan", english: "welding")
        case .casting: LocalizedText(indonesian: "pengecoran", english: "casting")
        case .forging: LocalizedText(indonesian: "penempaan", english: "forging")
        case .machining: LocalizedText(indonesian: "pemesinan", english: "machining")
        case .fabrication: LocalizedText(indonesian: "fabrikasi", english: "fabrication")
        case .plating: LocalizedText(indonesian: "pelapisan logam (plating)", english: "plating")
        case .coating: LocalizedText(indonesian: "pengecatan dan pelapisan", english: "painting and coating")
        case .heatTreatment: LocalizedText(indonesian: "perlakuan panas", english: "heat treatment")
        case .assembly: LocalizedText(indonesian: "perakitan", english: "assembly")
        case .foodProcessing: LocalizedText(indonesian: "pengolahan pangan", english: "food processing")
        case .packaging: LocalizedText(indonesian: "pengemasan", english: "packaging")
        case .weaving: LocalizedText(indonesian: "penenunan (karpet)", english: "weaving (carpets)")
        case .sewing: LocalizedText(indonesian: "penjahitan", english: "sewing")
        case .other: LocalizedText(indonesian: "proses lain", english: "another process")
        }
    }

    /// The process with this code, or an input error naming `field` and every code.
    public init(parsing text: String, field: String = "process") throws {
        let code = text.trimmingSpaces.lowercased()
        guard let process = Self.allCases.first(where: { $0.code == code }) else {
            let codes = Self.allCases.map(\.code).joined(separator: ", ")
            throw InputError(
                field: field, value: text, problem: "is not a process this register knows",
                fix: "Use one of \(codes).", masalah: "bukan proses yang dikenal daftar ini",
                perbaikan: "Gunakan salah satu dari \(codes).")
        }
        self = process
    }

    public init(from decoder: any Decoder) throws {
        try self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}

/// The certifications buyers in Bekasi ask for (shared/DOMAIN.md): the national standard mark,
/// quality management, the automotive quality standard, halal for food, and a local-content
/// (TKDN) certificate, which carries a percentage.
public enum CertificationKind: String, CaseIterable, Hashable, Sendable, Codable {
    case sni
    case iso9001 = "iso_9001"
    case iatf16949 = "iatf_16949"
    case halal
    case tkdn

    public var name: String {
        switch self {
        case .sni: "SNI"
        case .iso9001: "ISO 9001"
        case .iatf16949: "IATF 16949"
        case .halal: "halal"
        case .tkdn: "TKDN"
        }
    }

    /// The kind with this code, or an input error naming `field` and every code.
    public init(parsing text: String, field: String = "certification") throws {
        guard let kind = Self(rawValue: text.trimmingSpaces.lowercased()) else {
            let codes = Self.allCases.map(\.rawValue).joined(separator: ", ")
            throw InputError(
                field: field, value: text, problem: "is not a certification this register knows",
                fix: "Use one of \(codes).", masalah: "bukan sertifikasi yang dikenal daftar ini",
                perbaikan: "Gunakan salah satu dari \(codes).")
        }
        self = kind
    }
}
