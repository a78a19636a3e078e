import EstateDomain
import EstateStore

/// The business forum's events and their optimal schedules (issue 18, item 4), once for the CLI,
/// the API and the dashboard.
extension EstateOperations {
    public func forums() async throws -> [ForumEvent] { try await store.forums() }

    public func addForum(_ forum: ForumEvent, actor: String) async throws { try await store.addForum(forum, actor: actor) }

    public func invite(_ nibs: [NIB], to code: String, actor: String) async throws -> ForumEvent {
        guard !nibs.isEmpty else {
            throw InputError(
                field: "nibs", value: "", problem: "is empty", fix: "Give the NIBs to invite, large industries and IKM firms alike.",
                masalah: "kosong", perbaikan: "Isi NIB yang diundang, industri besar maupun IKM.")
        }
        return try await store.invite(nibs, to: code.uppercased(), actor: actor)
    }

    /// The forum `code`'s schedule over `times.slots`, with the names of everyone in it and the
    /// records of the register it had to leave out (unreadable as stored). An unknown
    /// forum is `StoreError.notFound`; one that invites no large industry is refused with what to do.
    public func forumSchedule(_ code: String, times: SlotTimes) async throws
        -> (schedule: ForumSchedule, names: [NIB: String], problems: [String])
    {
        guard let forum = try await store.forums().first(where: { $0.code == code.uppercased() }) else {
            throw StoreError.notFound(what: "forum", key: code)
        }
        guard !forum.industries.isEmpty else {
            throw StoreError.refused(
                "forum \(forum.code) invites no large industry yet; invite them first (`estate forum invite \(forum.code) NIB…`, POST /api/v1/forums/\(forum.code)/invitations)",
                indonesian: "forum \(forum.code) belum mengundang industri besar; undang dahulu (`estate forum invite \(forum.code) NIB…`, POST /api/v1/forums/\(forum.code)/invitations)")
        }
        let register = try await store.forumRegister()
        let registry = try await stored().estate.tenants
        let firms = Self.matchingFirms(register, registry, asOf: forum.heldOn)
        let schedule = try ForumSchedule.plan(
            forum, times: times, needs: register.needs, industries: register.industries, firms: firms,
            rules: register.rules)
        let names = Self.names(register.industries, firms)
        // Records left out of the register are left out of the schedule too: say which.
        return (schedule, names, register.problems)
    }
}
