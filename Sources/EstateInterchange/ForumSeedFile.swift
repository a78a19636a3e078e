import EstateDomain
import Foundation

/// The business forum's sample register (`seeds/forum/register.json`, issue 18, item 7): large
/// industries, their needs, IKM capability profiles and forums with their invitations (a past one
/// with its saved schedule and outcomes), each read through the domain's checked
/// initialisers and the CLI's one-line forms (`ForumSpecs`), so that a mistake in the file is
/// refused with its field, as on the command line.
public struct ForumSeed: Sendable {
    public let industries: [LargeIndustry]
    public let needs: [IndustryNeed]
    public let profiles: [CapabilityProfile]
    public let forums: [ForumEvent]
    /// A past forum's schedule, saved as `estate forum schedule --save` saves it, by forum code.
    public let schedules: [String: SlotTimes]
    /// What followed a past forum's meetings, recorded as `estate forum outcome` records them.
    public let outcomes: [ForumOutcome]

    /// The file's path inside a seed folder.
    public static let path = "forum/register.json"

    struct File: Decodable {
        struct Industry: Decodable {
            let nib: String, name: String, kbli: String, location: String, regency: String
            let contact: String?
        }
        struct Need: Decodable {
            let industry: String, item: String, process: String
            let material: String?, kbli: String?, volumePerMonth: Int?, unit: String?
            let requires: [String]?, prefers: [String]?
            let deadline: String?, openedOn: String?
        }
        struct Profile: Decodable {
            let nib: String
            let processes: [String]
            let materials: [String]?, machines: [String]?, certifications: [String]?, products: [String]?
            let workers: Int?, localWorkers: Int?
            let regency: String?
        }
        struct Forum: Decodable {
            let code: String, heldOn: String, venue: String
            let industries: [String], firms: [String]
            let schedule: Schedule?
            let outcomes: [Outcome]?
        }
        struct Schedule: Decodable {
            let slots: Int
            let start: String?, minutes: Int?
        }
        struct Outcome: Decodable {
            let industry: String, nib: String, kind: String, on: String
            let value: String?, endsOn: String?, jobs: Int?, localJobs: Int?, reference: String?
        }
        let industries: [Industry]
        let needs: [Need]
        let capabilities: [Profile]
        let forums: [Forum]?
    }

    /// The register in `folder`, or nil when the folder has none.
    public static func read(folder: String) throws -> ForumSeed? {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let file: File
        do {
            file = try decoder.decode(File.self, from: Data(contentsOf: url))
        } catch {
            throw InputError(
                field: path, value: "", problem: "cannot be read as the forum's register (\(error))",
                fix: "Give industries, needs and capabilities as seeds/forum/register.json shows them.")
        }
        func date(_ text: String?, _ field: String) throws -> CivilDate? { try text.map { try CivilDate(parsing: $0, field: field) } }
        return ForumSeed(
            industries: try file.industries.map {
                try LargeIndustry(
                    nib: try NIB(parsing: $0.nib), name: $0.name, kbli: try KBLI.list(parsing: $0.kbli), location: $0.location,
                    regency: $0.regency, contact: $0.contact)
            },
            needs: try file.needs.map { need in
                try IndustryNeed(
                    id: 0, industry: try NIB(parsing: need.industry, field: "industry"), item: need.item,
                    process: try IndustrialProcess(parsing: need.process), material: need.material,
                    kbli: try need.kbli.map { try KBLI(parsing: $0) }, volumePerMonth: need.volumePerMonth, unit: need.unit ?? "pcs",
                    certifications: try ForumSpecs.wanted(requires: need.requires ?? [], prefers: need.prefers ?? []),
                    deadline: try date(need.deadline, "deadline"), openedOn: try date(need.openedOn, "opened_on"))
            },
            profiles: try file.capabilities.map { profile in
                try ForumSpecs.profile(
                    nib: try NIB(parsing: profile.nib), processes: profile.processes, materials: profile.materials ?? [],
                    machines: profile.machines ?? [], certifications: profile.certifications ?? [],
                    products: profile.products ?? [], workers: profile.workers, localWorkers: profile.localWorkers,
                    regency: profile.regency)
            },
            forums: try (file.forums ?? []).map { forum in
                try ForumEvent(
                    code: forum.code, heldOn: try CivilDate(parsing: forum.heldOn, field: "held_on"), venue: forum.venue,
                    industries: try forum.industries.map { try NIB(parsing: $0, field: "industries") },
                    firms: try forum.firms.map { try NIB(parsing: $0, field: "firms") })
            },
            schedules: try Dictionary(
                uniqueKeysWithValues: (file.forums ?? []).compactMap { forum in
                    try forum.schedule.map { schedule in
                        (
                            forum.code.uppercased(),
                            try SlotTimes(start: schedule.start ?? "09:00", minutes: schedule.minutes ?? 20, slots: schedule.slots)
                        )
                    }
                }),
            outcomes: try (file.forums ?? []).flatMap { forum in
                try (forum.outcomes ?? []).map { outcome in
                    try ForumOutcome(
                        forum: forum.code, industry: try NIB(parsing: outcome.industry, field: "industry"),
                        nib: try NIB(parsing: outcome.nib), kind: try ForumOutcome.Kind(parsing: outcome.kind),
                        on: try CivilDate(parsing: outcome.on, field: "on"),
                        value: try outcome.value.map { try Rupiah(parsing: $0, field: "value") },
                        endsOn: try date(outcome.endsOn, "ends_on"), jobs: outcome.jobs, localJobs: outcome.localJobs,
                        reference: outcome.reference)
                }
            })
    }
}
