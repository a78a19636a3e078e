import EstateDomain
import EstateInterchange
import EstateOperations
import EstateReports
import EstateStore
import Hummingbird

/// The dashboard's rules page (issue 15, item 4): the stored versions with the one in force, the
/// difference between two (`?from=&to=`, default: the version in force against the one before
/// it), and a form that simulates a draft against the estate's firms, writing nothing.
extension Dashboard {
    func rules(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        try await rulesPage(request, context, draft: "", asOf: "", outcome: nil)
    }

    func simulateRules(_ request: Request, _ context: EstateRequestContext) async throws -> Response {
        let form = try await formFields(request, context)
        try checkCSRF(form, context)
        let draft = form["draft"] ?? ""
        let asOf = (form["as_of"] ?? "").trimmingCharacters(in: .whitespaces)
        let outcome: Result<RuleSimulation, SimulationRefusal>
        do {
            let date = try asOf.isEmpty ? nil : CivilDate(parsing: asOf, field: "as_of")
            outcome = .success(try await api.operations.simulateRules(text: draft, named: "draft", asOf: date))
        } catch let rows as RowErrors {
            outcome = .failure(SimulationRefusal(lines: rows.errors.map(\.description)))
        } catch let input as InputError {
            outcome = .failure(SimulationRefusal(lines: [input.description]))
        }
        return try await rulesPage(request, context, draft: draft, asOf: asOf, outcome: outcome)
    }

    /// What the simulation form is refused with, said line by line.
    struct SimulationRefusal: Error {
        let lines: [String]
    }

    private func rulesPage(
        _ request: Request, _ context: EstateRequestContext, draft: String, asOf: String,
        outcome: Result<RuleSimulation, SimulationRefusal>?
    ) async throws -> Response {
        let l = context.language
        let date = try api.date(request)
        let estate = try await api.estate(asOf: date)
        let (book, inForce) = try await api.operations.ruleVersions(asOf: date)
        let names = book.library.map(\.version)
        let earlier = inForce.flatMap { now in book.ruleSets.last { $0.effectiveFrom < now.effectiveFrom } }
        let to = request.uri.queryParameters.get("to") ?? inForce?.version ?? names.last ?? ""
        // By default the version in force against the one before it in the same book.
        let from = request.uri.queryParameters.get("from") ?? earlier?.version ?? to
        var noDiffText =
            from == to && earlier == nil
            ? t(l, "Buku aturan ini belum punya versi sebelum \(to); pilih dua versi.", "This rule book has no version before \(to); choose two versions.")
            : t(l, "Versi \(from) dan \(to) tidak berbeda.", "Versions \(from) and \(to) do not differ.")
        var differences: [RuleSetDifference] = []
        do {
            differences = try await api.operations.ruleDifferences(from: from, to: to)
        } catch let error as StoreError {
            noDiffText = t(l, "Tidak dapat dibandingkan: \(error)", "Cannot compare: \(error)")
        }
        let none = t(l, "(tidak ada)", "(absent)")
        var object: [String: Any] = [
            "estate": estate.name, "estateCode": here.code ?? "", "csrf": context.session?.csrf ?? "",
            "provenance": t(l, "buku aturan", "rule book") + " " + (book.book ?? t(l, "utama", "main")) + " · "
                + date.format(l),
            "versions": book.library.map { set in
                [
                    "version": set.version, "book": set.book ?? t(l, "(utama)", "(main)"),
                    "effective": set.effectiveFrom.format(l), "rules": "\(set.rules.count)",
                    "inForce": set.version == inForce?.version, "title": set.title.text(l),
                ] as [String: Any]
            },
            "fromChoices": names.map { ["version": $0, "selected": $0 == from] },
            "toChoices": names.map { ["version": $0, "selected": $0 == to] },
            "from": from, "to": to, "hasDiff": !differences.isEmpty, "noDiff": differences.isEmpty,
            "noDiffText": noDiffText,
            "differences": differences.map { ["parameter": $0.parameter, "before": $0.from ?? none, "after": $0.to ?? none] },
            "rulesAction": "/dashboard/rules", "simulateAction": here.link("/dashboard/rules/simulation"),
            "draft": draft, "asOf": asOf, "labels": rulesLabels(l),
        ]
        switch outcome {
        case .success(let simulation)?:
            object["hasSimulation"] = true
            object["simulationSummary"] = RuleText.summary(simulation, language: l)
            object["hasChanges"] = !simulation.changes.isEmpty
            object["changes"] = simulation.changes.map { simulated(change: $0, l) }
        case .failure(let refusal)?:
            object["hasErrors"] = true
            object["errors"] = refusal.lines
        case nil:
            break
        }
        var response = page(
            t(l, "Versi aturan", "Rule-set versions"), content: library.render(object, withTemplate: "rules") ?? "",
            provenance: inForce?.version ?? "", request, context)
        if case .failure? = outcome { response.status = .unprocessableContent }
        return response
    }

    private func simulated(change: RuleSimulation.Change, _ l: Language) -> [String: Any] {
        let verdict = { (d: EligibilityDecision) in RuleText.verdict(d, l) }
        let classes = RuleText.classes
        let standing = [
            change.inOccupation ? t(l, "menempati kavling", "in occupation") : nil,
            change.onWaitlist ? t(l, "dalam daftar tunggu", "on the waitlist") : nil,
        ].compactMap { $0 }.joined(separator: ", ")
        return [
            "name": change.name, "nib": change.nib.digits, "standing": standing,
            "verdict": change.verdictChanges ? verdict(change.before) + " → " + verdict(change.after) : verdict(change.after),
            "sizeClass": change.sizeClassChanges ? classes(change.before) + " → " + classes(change.after) : classes(change.after),
            "failed": change.after.outcomes.filter { change.after.failedRules.contains($0.ruleId) }.map { $0.explanation(l) },
        ]
    }

    private func rulesLabels(_ l: Language) -> [String: String] {
        [
            "heading": t(l, "Versi aturan", "Rule-set versions"), "version": t(l, "Versi", "Version"),
            "book": t(l, "Buku", "Book"), "effective": t(l, "Berlaku mulai", "Effective from"),
            "rules": t(l, "Aturan", "Rules"), "inForce": t(l, "Berlaku", "In force"), "title": t(l, "Judul", "Title"),
            "yes": t(l, "ya", "yes"), "diffHeading": t(l, "Perbedaan antarversi", "Differences between versions"),
            "from": t(l, "dari", "from"), "to": t(l, "ke", "to"), "compare": t(l, "Bandingkan", "Compare"),
            "parameter": "parameter",
            "simulateHeading": t(l, "Uji draf aturan", "Try a draft rule set"),
            "simulateHelp": t(
                l,
                "Tempelkan satu versi dalam JSON (seperti `estate rules show VERSI --format json`). Setiap perusahaan dinilai dengan versi yang berlaku dan dengan draf; yang putusan atau kelasnya berubah dicantumkan. Tidak ada yang ditulis.",
                "Paste one version as JSON (as `estate rules show VERSION --format json` writes it). Every firm is judged under the version in force and under the draft; those whose verdict or size class changes are listed. Nothing is written."),
            "errors": t(l, "Draf tidak dapat dibaca; tidak ada yang disimulasikan. Perbaiki:", "The draft cannot be read; nothing was simulated. Fix:"),
            "draft": t(l, "Draf (JSON)", "Draft (JSON)"),
            "asOf": t(l, "Tanggal penilaian (kosong: tanggal berlaku draf)", "Day to judge on (empty: the draft's effective date)"),
            "simulate": t(l, "Simulasikan", "Simulate"), "firm": t(l, "Perusahaan", "Firm"),
            "standing": t(l, "Kedudukan", "Standing"), "verdict": t(l, "Putusan", "Verdict"),
            "sizeClass": t(l, "Kelas (PP 7/2021 / Permenperin 64/2016)", "Class (PP 7/2021 / Permenperin 64/2016)"),
            "failed": t(l, "Aturan yang gagal menurut draf", "Rules failed under the draft"),
        ]
    }
}
