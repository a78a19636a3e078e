import EstateDomain

/// The layout of `estate.json`: the cluster's name and its phases; a further estate of the seed
/// (`estates/CODE/estate.json`) also names its code and address.
struct EstateDescription: Decodable {
    let code: String?
    let address: String?
    let name: String
    /// The regency the estate lies in (optional).
    let regency: String?
    /// A further estate's rule book, when not the store's main one: the book of the versions in
    /// its folder's `rules/eligibility.json`.
    let rules: String?
    let phases: [PhaseDescription]

    struct PhaseDescription: Decodable {
        let id: Int
        let name: String
        let grossM2: Area
        let landUse: LandUseSplit
        let opensOn: CivilDate?
        let boundary: String?

        func phase() throws -> Phase {
            Phase(
                id: id, name: name, grossArea: grossM2, landUse: landUse, opensOn: opensOn,
                boundary: try boundary.map { try PlanPolygon(parsing: $0, field: "boundary") })
        }
    }
}
