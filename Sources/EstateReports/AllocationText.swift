import EstateDomain

/// `estate allocate` as text: the proposal, then who is left out and why.
public enum AllocationText {
    public static func render(_ proposal: AllocationProposal, names: (NIB) -> String, language: Language) -> String {
        let id = language == .indonesian
        let o = proposal.objective
        var out = [
            id
                ? "Usulan alokasi (\(proposal.policy.rawValue), seed \(proposal.seed)) per \(proposal.asOf.indonesian), aturan versi \(proposal.ruleSetVersion): \(o.housed) pemohon, \(o.area.format(language)). Belum disimpan."
                : "Allocation proposal (\(proposal.policy.rawValue), seed \(proposal.seed)) as of \(proposal.asOf.iso), rule set \(proposal.ruleSetVersion): \(o.housed) applicants, \(o.area.format(language)). Nothing written."
        ]
        var assigned = TextTable(
            header: id ? ["#", "NIB", "perusahaan", "kavling", "alasan"] : ["#", "NIB", "firm", "plot", "reason"])
        for a in proposal.assignments {
            assigned.add([
                "\(a.rank)", a.nib.digits, names(a.nib), a.plotCode, ReasonText.assignment(a, language: language),
            ])
        }
        out.append(assigned.rendered)
        out.append("")
        var refused = TextTable(
            header: id
                ? ["#", "NIB", "perusahaan", "tidak mendapat kavling karena"]
                : ["#", "NIB", "firm", "left out because"])
        for r in proposal.unassigned {
            refused.add(["\(r.rank)", r.nib.digits, names(r.nib), ReasonText.refusal(r.reason, language: language)])
        }
        out.append(refused.rendered)
        return out.joined(separator: "\n")
    }
}
