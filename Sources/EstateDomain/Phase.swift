/// How a phase's gross land is divided, in whole percent, as the association decides.
///
/// Indonesian estate practice (SK Menperindag 50/1997 and later guidelines) puts plots at no
/// more than 70% of the land, green space and buffer at 10% or more, roads and utilities around
/// 20%; the seed data uses that split, and each phase may set its own.
public struct LandUseSplit: Hashable, Sendable, Codable {
    public let leasablePercent: Int
    public let greenBufferPercent: Int
    public let roadsUtilitiesPercent: Int

    /// A split whose three shares are not negative and add up to 100.
    public init(leasablePercent: Int, greenBufferPercent: Int, roadsUtilitiesPercent: Int) throws {
        let parts = [leasablePercent, greenBufferPercent, roadsUtilitiesPercent]
        guard parts.allSatisfy({ $0 >= 0 }), parts.reduce(0, +) == 100 else {
            throw InputError(
                field: "land_use", value: parts.map(String.init).joined(separator: "/"),
                problem: "does not add up to 100%",
                fix: "Give leasable, green/buffer and roads/utilities shares that sum to 100, e.g. 70/10/20.",
                masalah: "jumlahnya tidak 100%",
                perbaikan: "Isikan bagian lahan yang dapat disewakan, ruang hijau/penyangga, dan jalan/utilitas "
                    + "yang berjumlah 100, misalnya 70/10/20.")
        }
        self.leasablePercent = leasablePercent
        self.greenBufferPercent = greenBufferPercent
        self.roadsUtilitiesPercent = roadsUtilitiesPercent
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            leasablePercent: try c.decode(Int.self, forKey: .leasablePercent),
            greenBufferPercent: try c.decode(Int.self, forKey: .greenBufferPercent),
            roadsUtilitiesPercent: try c.decode(Int.self, forKey: .roadsUtilitiesPercent))
    }
}

/// A phase of the cluster: phase 1 is built; phase 2 is the planned expansion whose opening
/// date may not be known yet.
public struct Phase: Hashable, Sendable, Identifiable {
    public let id: Int
    public let name: String
    public let grossArea: Area
    public let landUse: LandUseSplit
    /// The day plots in this phase can first be leased; nil while it is only planned.
    public let opensOn: CivilDate?
    /// The phase's outline on the site plan, if drawn.
    public let boundary: PlanPolygon?

    public init(
        id: Int, name: String, grossArea: Area, landUse: LandUseSplit, opensOn: CivilDate?, boundary: PlanPolygon?
    ) {
        self.id = id
        self.name = name
        self.grossArea = grossArea
        self.landUse = landUse
        self.opensOn = opensOn
        self.boundary = boundary
    }

    /// Whether plots of this phase can be leased on `date`.
    public func isOpen(on date: CivilDate) -> Bool {
        guard let opensOn else { return false }
        return opensOn <= date
    }

    /// The land the split reserves for plots: the most the phase's plots may add up to.
    public var leasableCapacity: Area { grossArea.share(percent: landUse.leasablePercent) }
}
