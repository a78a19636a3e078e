import ArgumentParser
import EstateDomain

extension EstatesCommand {
    /// `estate estates georeference [--estate CODE] --longitude … --latitude … [--rotation …]`:
    /// where the estate's site plan lies (issue 18, item 6), for `estate export plots --format
    /// geojson`; without the position options, shows the one set.
    struct Georeference: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set (or show) where the estate's site plan lies: its origin in WGS 84 and its rotation.")

        // `.unconditional`: a value may start with a dash (south latitudes, west longitudes).
        @Option(parsing: .unconditional, help: "The plan's origin (0 0), WGS 84 longitude in degrees, e.g. 107.1534.")
        var longitude: String?

        @Option(parsing: .unconditional, help: "The plan's origin, WGS 84 latitude in degrees, e.g. -6.3066 (south is negative).")
        var latitude: String?

        @Option(parsing: .unconditional, help: "The bearing of the plan's y axis, degrees clockwise from true north (default: as set, else 0).")
        var rotation: String?

        @OptionGroup var options: GlobalOptions

        func validate() throws {
            guard (longitude == nil) == (latitude == nil) else { throw ValidationError("Give both --longitude and --latitude, or neither to show the one set.") }
            guard longitude != nil || rotation == nil else { throw ValidationError("Give --rotation with --longitude and --latitude.") }
        }

        func run() async throws {
            try await Self.exiting {
                guard let longitude, let latitude else {
                    let set = try await options.operations { try await $0.georeference() }
                    return print(
                        set.map { "longitude \($0.longitudeText), latitude \($0.latitudeText), rotation \($0.rotationText)°" }
                            ?? "No georeference set: give --longitude and --latitude.")
                }
                let georeference = try await options.operations { operations in
                    // Moving the origin keeps the rotation already set unless a new one is given.
                    let kept = try await operations.georeference()?.rotationText ?? "0"
                    let georeference = try parsed {
                        try EstateDomain.Georeference(longitude: longitude, latitude: latitude, rotation: rotation ?? kept)
                    }
                    try await operations.setGeoreference(georeference, actor: currentActor)
                    return georeference
                }
                options.output.say(
                    "Placed the site plan's origin at \(georeference.longitudeText), \(georeference.latitudeText), rotated \(georeference.rotationText)°.")
            }
        }
    }
}
