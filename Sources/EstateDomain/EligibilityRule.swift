/// One rule of a rule set: what it checks (with its threshold), how much it counts, where it
/// comes from and what it says to the tenant.
public struct EligibilityRule: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    /// Switched-off rules stay in the set and in the trace, marked as such.
    public let enabled: Bool
    public let severity: Severity
    public let check: RuleCheck
    public let citation: String
    /// The message, with `{figure}` and `{threshold}` filled in from the outcome.
    public let message: LocalizedText

    public enum Severity: String, Hashable, Sendable, Codable {
        /// Failing it makes the tenant ineligible.
        case required
        /// Failing it is reported but does not decide.
        case advisory
    }

    enum CodingKeys: String, CodingKey { case id, enabled, severity, citation, message }

    public init(
        id: String, enabled: Bool = true, severity: Severity, check: RuleCheck, citation: String, message: LocalizedText
    ) {
        self.id = id
        self.enabled = enabled
        self.severity = severity
        self.check = check
        self.citation = citation
        self.message = message
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        enabled = try c.decodeIfPresent(Bool.self, forKey: .enabled) ?? true
        severity = try c.decode(Severity.self, forKey: .severity)
        citation = try c.decode(String.self, forKey: .citation)
        message = try c.decode(LocalizedText.self, forKey: .message)
        check = try RuleCheck(from: decoder)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(enabled, forKey: .enabled)
        try c.encode(severity, forKey: .severity)
        try c.encode(citation, forKey: .citation)
        try c.encode(message, forKey: .message)
        try check.encode(to: encoder)
    }
}

/// The kinds of check a rule can make; the thresholds are data of each rule.
public enum RuleCheck: Hashable, Sendable, Codable {
    /// Annual turnover at most the amount (equal passes).
    case turnoverAtMost(Rupiah)
    /// Total workforce within the range, both ends included.
    case workersBetween(min: Int, max: Int)
    /// At least one of the tenant's KBLI codes falls in one of these divisions.
    case kbliDivisions([String])
    /// The NIB is 13 digits (OSS has no check digit to verify).
    case validNIB
    /// Workers resident in Kabupaten Bekasi are at least this percentage of the workforce.
    case localWorkerShareAtLeast(percent: Int)

    enum CodingKeys: String, CodingKey { case kind, maxRupiah, min, max, divisions, percent }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(String.self, forKey: .kind)
        switch kind {
        case "turnover_at_most": self = .turnoverAtMost(try c.decode(Rupiah.self, forKey: .maxRupiah))
        case "workers_between":
            let min = try c.decode(Int.self, forKey: .min)
            let max = try c.decode(Int.self, forKey: .max)
            guard 0 <= min, min <= max else {
                throw InputError(
                    field: "min", value: "\(min)–\(max)", problem: "is not a range of workers",
                    fix: "Give min and max with 0 ≤ min ≤ max, e.g. 10 and 15.")
            }
            self = .workersBetween(min: min, max: max)
        case "kbli_divisions": self = .kbliDivisions(try c.decode([String].self, forKey: .divisions))
        case "valid_nib": self = .validNIB
        case "local_worker_share_at_least":
            let percent = try c.decode(Int.self, forKey: .percent)
            guard (0...100).contains(percent) else {
                throw InputError(
                    field: "percent", value: String(percent), problem: "is not a percentage",
                    fix: "Give a whole percentage from 0 to 100, e.g. 30.")
            }
            self = .localWorkerShareAtLeast(percent: percent)
        default:
            throw InputError(
                field: "kind", value: kind, problem: "is not a kind of rule this version knows",
                fix: "Use turnover_at_most, workers_between, kbli_divisions, valid_nib or local_worker_share_at_least.")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .turnoverAtMost(let max):
            try c.encode("turnover_at_most", forKey: .kind)
            try c.encode(max, forKey: .maxRupiah)
        case .workersBetween(let min, let max):
            try c.encode("workers_between", forKey: .kind)
            try c.encode(min, forKey: .min)
            try c.encode(max, forKey: .max)
        case .kbliDivisions(let divisions):
            try c.encode("kbli_divisions", forKey: .kind)
            try c.encode(divisions, forKey: .divisions)
        case .validNIB:
            try c.encode("valid_nib", forKey: .kind)
        case .localWorkerShareAtLeast(let percent):
            try c.encode("local_worker_share_at_least", forKey: .kind)
            try c.encode(percent, forKey: .percent)
        }
    }
}
