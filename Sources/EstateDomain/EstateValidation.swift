/// A fact about an estate that breaks one of its invariants, said so that an officer can fix it.
public struct EstateProblem: Hashable, Sendable, CustomStringConvertible {
    /// What the problem is about, e.g. `plot A-03` or `phase 1`.
    public let subject: String
    public let problem: String

    public var description: String { "\(subject): \(problem)" }

    public init(subject: String, problem: String) {
        self.subject = subject
        self.problem = problem
    }
}

extension Estate {
    /// Every broken invariant: plots over a phase's leasable share, outlines that do not match
    /// their area, leave their phase or overlap, unknown references, overlapping leases on one
    /// plot, and tenants over the plot limit. Empty when the estate is consistent.
    public func problems(asOf date: CivilDate) -> [EstateProblem] {
        var found: [EstateProblem] = []
        found += unreadable
        found += duplicateKeys()
        for phase in phases {
            let plotted = plots.filter { $0.phase == phase.id }.reduce(Area.zero) { $0 + $1.area }
            if plotted > phase.leasableCapacity {
                found.append(
                    EstateProblem(
                        subject: "phase \(phase.id)",
                        problem:
                            "plots add up to \(plotted) but the leasable share (\(phase.landUse.leasablePercent)% of "
                            + "\(phase.grossArea)) is \(phase.leasableCapacity)"))
            }
        }
        for phase in phases where phase.boundary.map({ !$0.isConvex }) == true {
            found.append(
                EstateProblem(
                    subject: "phase \(phase.id)",
                    problem: "its boundary is not convex, so plots cannot be checked against it"))
        }
        let phaseIDs = Set(phases.map(\.id))
        for plot in plots where !phaseIDs.contains(plot.phase) {
            found.append(EstateProblem(subject: "plot \(plot.code)", problem: "its phase \(plot.phase) does not exist"))
        }
        found += outlineProblems()
        for lease in leases {
            let subject = "lease of \(lease.plotCode) from \(lease.start.iso)"
            if let plot = plots.first(where: { $0.code == lease.plotCode }) {
                if let withdrawn = plot.withdrawnOn, lease.runs(onOrAfter: withdrawn) {
                    found.append(
                        EstateProblem(
                            subject: subject,
                            problem: "runs on or after \(withdrawn.iso), when plot \(plot.code) was withdrawn"))
                }
            } else {
                found.append(EstateProblem(subject: subject, problem: "plot \(lease.plotCode) does not exist"))
            }
            if tenant(lease.nib) == nil {
                found.append(EstateProblem(subject: subject, problem: "tenant NIB \(lease.nib) does not exist"))
            }
        }
        found += overlappingLeases()
        for application in applications where tenant(application.nib) == nil {
            found.append(
                EstateProblem(
                    subject: "application of \(application.nib)",
                    problem: "tenant NIB \(application.nib) does not exist"))
        }
        found += plotAllowanceProblems(from: date)
        return found
    }

    /// Tenants holding more plots than the rule set in force allows, on `date` or on a later day
    /// (a lease signed now may start next year): the first such day for each, in NIB order.
    /// Grouped once over the leases that still run, so the cost follows the leases.
    private func plotAllowanceProblems(from date: CivilDate) -> [EstateProblem] {
        var running: [NIB: [Lease]] = [:]
        for lease in leases where lease.runs(onOrAfter: date) { running[lease.nib, default: []].append(lease) }
        var found: [EstateProblem] = []
        for (nib, held) in running.sorted(by: { $0.key < $1.key }) where held.count > 1 {
            let days = Set(held.map { max($0.start, date) }).sorted()
            for day in days {
                guard let set = try? ruleBook.ruleSet(asOf: day) else { continue }
                let limit = set.parameters.maxPlotsPerTenant
                let count = held.filter { $0.start <= day && $0.runs(onOrAfter: day) }.count
                guard count > limit else { continue }
                let name = tenant(nib).map { "\($0.legalName) (\(nib))" } ?? nib.digits
                found.append(
                    EstateProblem(
                        subject: "tenant \(name)",
                        problem: "holds \(count) plots on \(day.iso); rule set \(set.version) allows \(limit)"))
                break
            }
        }
        return found
    }

    /// Plots are kept sorted by code (`Estate.init`) and tenants by NIB (`TenantRegistry`), so a repeated key
    /// stands next to itself.
    private func duplicateKeys() -> [EstateProblem] {
        func repeated<Items: RandomAccessCollection, Key: Equatable>(
            _ items: Items, _ key: (Items.Element) -> Key
        ) -> [Key] where Items.Index == Int {
            var found: [Key] = []
            for index in items.indices.dropFirst() where key(items[index - 1]) == key(items[index]) {
                if found.last != key(items[index]) { found.append(key(items[index])) }
            }
            return found
        }
        let codes = repeated(plots, \.code)
        let nibs = repeated(tenants, \.nib)
        return codes.map { EstateProblem(subject: "plot \($0)", problem: "the code is used more than once") }
            + nibs.map { EstateProblem(subject: "tenant \($0)", problem: "the NIB is used more than once") }
    }

    private func outlineProblems() -> [EstateProblem] {
        var found: [EstateProblem] = []
        let outlined = plots.filter { $0.outline != nil }
        let boxes = outlined.map { $0.outline.map(PlanBox.init) }
        for (index, plot) in outlined.enumerated() {
            guard let outline = plot.outline else { continue }
            if !plot.outlineMatchesArea {
                found.append(
                    EstateProblem(
                        subject: "plot \(plot.code)",
                        problem:
                            "its outline encloses \(outline.area) but its declared area is \(plot.area) (more than 0.5% apart)"
                    ))
            }
            if let boundary = phase(plot.phase)?.boundary, boundary.isConvex, !outline.lies(within: boundary) {
                found.append(
                    EstateProblem(subject: "plot \(plot.code)", problem: "its outline leaves phase \(plot.phase)"))
            }
            // Outlines whose bounding boxes are apart (or only touch) cannot share any area.
            for (offset, other) in outlined[(index + 1)...].enumerated()
            where boxes[index]?.overlaps(boxes[index + 1 + offset]) == true
                && other.outline.map(outline.overlaps) == true
            {
                found.append(
                    EstateProblem(subject: "plot \(plot.code)", problem: "its outline overlaps plot \(other.code)"))
            }
        }
        return found
    }

    private func overlappingLeases() -> [EstateProblem] {
        var found: [EstateProblem] = []
        for (code, onPlot) in leasesByPlotSorted() {
            for (index, lease) in onPlot.enumerated() {
                for other in onPlot[(index + 1)...] where lease.overlaps(other) {
                    found.append(
                        EstateProblem(
                            subject: "plot \(code)",
                            problem:
                                "leased twice: to \(lease.nib) from \(lease.start.iso) and to \(other.nib) from \(other.start.iso)"
                        ))
                }
            }
        }
        return found
    }

    private func leasesByPlotSorted() -> [(String, [Lease])] {
        Dictionary(grouping: leases, by: \.plotCode).map { ($0.key, $0.value.sorted { $0.start < $1.start }) }
            .sorted { $0.0 < $1.0 }
    }
}
