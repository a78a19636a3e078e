/// The certification part of a match: which of the need's certifications the firm holds valid
/// on the date. A required one missing, expired or (TKDN) below its level excludes the firm;
/// the points are the weight times the share of preferred ones held (full when none is
/// preferred), rounded down.
enum MatchCertificates {
    static func check(
        _ need: IndustryNeed, _ profile: CapabilityProfile, weight: Int, on date: CivilDate
    ) -> (exclusions: [LocalizedText], part: MatchPart) {
        var exclusions: [LocalizedText] = []
        var notes: [LocalizedText] = []
        var preferred = 0
        var preferredHeld = 0
        for wanted in need.certifications {
            let problem = Self.problem(wanted, profile, on: date)
            if wanted.required {
                if let problem { exclusions.append(problem) } else { notes.append(held(wanted)) }
            } else {
                preferred += 1
                if let problem { notes.append(problem) } else {
                    preferredHeld += 1
                    notes.append(held(wanted))
                }
            }
        }
        let points = preferred == 0 ? weight : MatchPart.share(weight, preferredHeld, preferred)
        let listed = notes + exclusions
        let figure =
            listed.isEmpty
            ? LocalizedText(indonesian: "kebutuhan tidak meminta sertifikasi", english: "the need asks for no certification")
            : LocalizedText(
                indonesian: listed.map(\.indonesian).joined(separator: "; "),
                english: listed.map(\.english).joined(separator: "; "))
        return (exclusions, MatchPart(part: .certifications, figure: figure, weight: weight, points: points))
    }

    private static func held(_ wanted: WantedCertification) -> LocalizedText {
        let level = wanted.minimumPercent.map { " ≥ \($0) %" } ?? ""
        return LocalizedText(
            indonesian: "\(wanted.kind.name)\(level) dimiliki dan berlaku",
            english: "\(wanted.kind.name)\(level) held and valid")
    }

    /// Why the firm does not meet `wanted` on `date`, or nil when it does: the best of its
    /// certificates of that kind counts (a valid one over an expired one, the highest TKDN).
    private static func problem(_ wanted: WantedCertification, _ profile: CapabilityProfile, on date: CivilDate) -> LocalizedText? {
        let name = wanted.kind.name
        let required = wanted.required ? " (wajib)" : ""
        let requiredEnglish = wanted.required ? " (required)" : ""
        let ofKind = profile.certifications.filter { $0.kind == wanted.kind }
        guard !ofKind.isEmpty else {
            return LocalizedText(
                indonesian: "\(name)\(required) tidak dimiliki", english: "\(name)\(requiredEnglish) not held")
        }
        let valid = ofKind.filter { $0.isValid(on: date) }
        guard !valid.isEmpty else {
            let last = ofKind.map(\.validUntil).max()!
            return LocalizedText(
                indonesian: "\(name)\(required) kedaluwarsa, berlaku sampai \(last.iso)",
                english: "\(name)\(requiredEnglish) expired, valid until \(last.iso)")
        }
        if let minimum = wanted.minimumPercent {
            let best = valid.compactMap(\.percent).max() ?? 0
            if best < minimum {
                return LocalizedText(
                    indonesian: "TKDN\(required) \(best) % di bawah \(minimum) %",
                    english: "TKDN\(requiredEnglish) \(best) % is below \(minimum) %")
            }
        }
        return nil
    }
}
