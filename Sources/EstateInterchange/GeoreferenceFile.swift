import EstateDomain
import Foundation

/// A seed folder's `georeference.json` (issue 18, item 6): where its estate's site plan lies,
/// as `estate estates georeference` takes it (degrees as text, a point as the decimal mark).
public enum GeoreferenceFile {
    public static let name = "georeference.json"

    struct File: Decodable {
        let longitude: String
        let latitude: String
        let rotation: String?
    }

    /// The folder's georeference, or nil when it has no such file.
    public static func read(folder: String) throws -> Georeference? {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        } catch {
            throw InputError(
                field: name, value: "", problem: "cannot be read (\(error))",
                fix: "Give longitude, latitude and rotation as text, e.g. {\"longitude\": \"107.1391\", \"latitude\": \"-6.2987\"}.")
        }
        return try Georeference(longitude: file.longitude, latitude: file.latitude, rotation: file.rotation ?? "0")
    }
}
