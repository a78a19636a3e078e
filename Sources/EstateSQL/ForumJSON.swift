import EstateDomain
import Foundation

/// The nested parts of the forum's records as its tables keep them, as JSON (issue 18): a
/// profile's processes, machines and certifications, a need's wanted certifications, a version
/// of the match rules. Read back through the domain's checked initialisers, so a damaged
/// document is refused with the field it breaks, never taken as it is.
package enum ForumJSON {
    struct MachineJSON: Codable {
        let name: String
        let process: String
        let capacityPerMonth: Int
    }

    struct HeldJSON: Codable {
        let kind: String
        let number: String
        let validUntil: String
        let percent: Int?
    }

    struct WantedJSON: Codable {
        let kind: String
        let required: Bool
        let minimumPercent: Int?
    }

    struct ProfileJSON: Codable {
        let processes: [String]
        let materials: [String]
        let machines: [MachineJSON]
        let certifications: [HeldJSON]
        let products: [String]
        let localWorkers: Int?
        let workers: Int?
        let regency: String?
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }

    static func text(_ value: some Encodable) -> String {
        String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }

    package static func profile(_ profile: CapabilityProfile) -> String {
        text(
            ProfileJSON(
                processes: profile.processes.map(\.code), materials: profile.materials,
                machines: profile.machines.map {
                    MachineJSON(name: $0.name, process: $0.process.code, capacityPerMonth: $0.capacityPerMonth)
                },
                certifications: profile.certifications.map {
                    HeldJSON(kind: $0.kind.rawValue, number: $0.number, validUntil: $0.validUntil.iso, percent: $0.percent)
                },
                products: profile.products, localWorkers: profile.localWorkers, workers: profile.workers,
                regency: profile.regency))
    }

    package static func profile(_ text: String, nib: NIB) throws -> CapabilityProfile {
        let stored = try decoder.decode(ProfileJSON.self, from: Data(text.utf8))
        return try CapabilityProfile(
            nib: nib, processes: try stored.processes.map { try IndustrialProcess(parsing: $0) },
            materials: stored.materials,
            machines: try stored.machines.map {
                try Machine(name: $0.name, process: try IndustrialProcess(parsing: $0.process), capacityPerMonth: $0.capacityPerMonth)
            },
            certifications: try stored.certifications.map {
                try HeldCertification(
                    kind: try CertificationKind(parsing: $0.kind), number: $0.number,
                    validUntil: try CivilDate(parsing: $0.validUntil, field: "valid_until"), percent: $0.percent)
            },
            products: stored.products, localWorkers: stored.localWorkers, workers: stored.workers, regency: stored.regency)
    }

    package static func wanted(_ list: [WantedCertification]) -> String {
        text(list.map { WantedJSON(kind: $0.kind.rawValue, required: $0.required, minimumPercent: $0.minimumPercent) })
    }

    package static func wanted(_ text: String) throws -> [WantedCertification] {
        try decoder.decode([WantedJSON].self, from: Data(text.utf8)).map {
            try WantedCertification(kind: try CertificationKind(parsing: $0.kind), required: $0.required, minimumPercent: $0.minimumPercent)
        }
    }

    /// One stored version of the match rules (as in `seeds/rules/forum.json`).
    package static func ruleSet(_ text: String) throws -> MatchRuleSet {
        try decoder.decode(MatchRuleSet.self, from: Data(text.utf8))
    }
}
