import EstateDomain

/// An allocation a person read and now signs: how the proposal was computed and the
/// assignments it showed. The store recomputes the proposal inside its serialised write
/// transaction and signs it only if it still makes exactly those assignments, so that nobody
/// signs leases they did not read (the waitlist or a plot may have changed in between).
public struct AllocationCommit: Hashable, Sendable {
    /// One assignment as shown: a plot to a firm.
    public struct Shown: Hashable, Sendable {
        public let plot: String
        public let nib: NIB

        public init(plot: String, nib: NIB) {
            self.plot = plot
            self.nib = nib
        }
    }

    public let policy: AllocationPolicy
    public let seed: UInt64
    /// The proposal's date, which is also the leases' first day.
    public let asOf: CivilDate
    /// The first day the leases no longer run; nil for open-ended leases.
    public let end: CivilDate?
    public let shown: Set<Shown>

    /// Refuses an `end` on or before `asOf` (the leases would never run).
    public init(policy: AllocationPolicy, seed: UInt64, asOf: CivilDate, end: CivilDate?, shown: Set<Shown>) throws {
        if let end, end <= asOf {
            throw InputError(
                field: "end", value: end.iso, problem: "is not after the lease start \(asOf.iso)",
                fix: "Give the first day the leases no longer run, after \(asOf.iso).")
        }
        self.policy = policy
        self.seed = seed
        self.asOf = asOf
        self.end = end
        self.shown = shown
    }

    /// The same from the assignments as a page or a request lists them; one listed twice is
    /// refused (a plot is leased once, a list that repeats one was not read from a proposal).
    public init(policy: AllocationPolicy, seed: UInt64, asOf: CivilDate, end: CivilDate?, assignments: [Shown]) throws {
        var seen = Set<Shown>()
        for shown in assignments where !seen.insert(shown).inserted {
            throw InputError(
                field: "assignments", value: "\(shown.plot):\(shown.nib)", problem: "is listed twice",
                fix: "Send each assignment of the proposal once, as the proposal shows them.")
        }
        try self.init(policy: policy, seed: seed, asOf: asOf, end: end, shown: seen)
    }

    /// A commit of exactly what `proposal` assigns (the CLI computes and signs in one run).
    public init(signing proposal: AllocationProposal, end: CivilDate?) throws {
        try self.init(
            policy: proposal.policy, seed: proposal.seed, asOf: proposal.asOf, end: end,
            shown: Set(proposal.assignments.map { Shown(plot: $0.plotCode, nib: $0.nib) }))
    }
}

/// What a commit signed: the proposal as computed inside the transaction, the leases it
/// created, and the names of the firms it speaks of (for rendering the answer).
public struct CommittedAllocation: Hashable, Sendable, Codable {
    public let proposal: AllocationProposal
    public let leases: [Lease]
    public let names: [NIB: String]

    public init(proposal: AllocationProposal, leases: [Lease], names: [NIB: String]) {
        self.proposal = proposal
        self.leases = leases
        self.names = names
    }

    /// The firm's legal name, else its NIB.
    public func name(_ nib: NIB) -> String { names[nib] ?? nib.digits }
}

extension AllocationCommit.Shown {
    /// `PLOT:NIB`, as a page carries what it showed (`A-15:9120477303879`).
    public init(parsing text: String) throws {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw InputError(
                field: "assignments", value: text, problem: "is not PLOT:NIB",
                fix: "Reload the allocation page and sign what it shows.")
        }
        self.init(
            plot: try Plot.normalise(code: String(parts[0]), field: "assignments"),
            nib: try NIB(parsing: String(parts[1]), field: "assignments"))
    }
}
