import EstateDomain

/// What a store keeps of the regency's business forum (issue 18, items 1–3): the large
/// industries, their needs, the IKM firms' capability profiles and the versions of the match
/// rules. None of it belongs to one estate. A change reads the record and writes it in one
/// transaction, holding the row (PostgreSQL `FOR UPDATE`, SQLite `BEGIN IMMEDIATE`), so two
/// officers changing different fields of one record at once both keep their change.
public protocol ForumRepository: Sendable {
    /// Everything the forum's pages and the matcher read, as stored; a record whose stored form
    /// the code cannot read is left out and named in `problems`, and the rest is answered.
    func forumRegister() async throws -> ForumRegister

    /// The NIBs of the registered large industries, and nothing else: what a firm's or a
    /// partnership's write checks against, one light read instead of the whole register.
    func largeIndustryNIBs() async throws -> Set<NIB>

    /// Registers a large industry; one with its NIB already registered, or with an IKM firm's NIB, is `StoreError.refused`.
    func addIndustry(_ industry: LargeIndustry, actor: String) async throws

    /// Changes the registered industry `nib` by `change`, applied to the stored record inside the
    /// write; an unknown NIB is `StoreError.notFound`.
    func updateIndustry(
        _ nib: NIB, actor: String, change: @escaping @Sendable (LargeIndustry) throws -> LargeIndustry
    ) async throws -> LargeIndustry

    /// Registers `need` (its `id` is ignored: the store numbers it), open from its `openedOn` or
    /// today; an industry not registered is `StoreError.notFound`.
    func addNeed(_ need: IndustryNeed, actor: String) async throws -> IndustryNeed

    /// Changes the need `id` by `change`, applied to the stored record inside the write; its
    /// number, industry and dates stay as stored. An unknown number is `StoreError.notFound`.
    func updateNeed(
        _ id: Int64, actor: String, change: @escaping @Sendable (IndustryNeed) throws -> IndustryNeed
    ) async throws -> IndustryNeed

    /// Closes the open need `id` on `date`; one already closed is `StoreError.refused`.
    func closeNeed(_ id: Int64, on date: CivilDate, actor: String) async throws -> IndustryNeed

    /// Keeps `profile` as the firm's capability profile, in place of the one it had; a firm not
    /// in the registry is `StoreError.notFound`.
    func setCapabilityProfile(_ profile: CapabilityProfile, actor: String) async throws
}
