import EstateDomain

/// What a store keeps of the business forum's events (issue 18, item 4): each forum and the
/// firms it invites. The database holds every rule here itself: one forum per code, one
/// invitation per firm and forum, and each invitation naming a registered large industry or a
/// registered IKM firm, exactly one.
public protocol ForumEventRepository: Sendable {
    /// Every forum, by day then code, with its invitations.
    func forums() async throws -> [ForumEvent]

    /// Adds `forum` (its invitations too); a code already used is `StoreError.refused`.
    func addForum(_ forum: ForumEvent, actor: String) async throws

    /// Invites each of `nibs` to the forum `code`, as a large industry when the industry registry
    /// holds the NIB, else as an IKM firm; one already invited stays so. An unknown forum or a NIB
    /// in neither registry is `StoreError.notFound`, and nothing is written.
    func invite(_ nibs: [NIB], to code: String, actor: String) async throws -> ForumEvent
}
