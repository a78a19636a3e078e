import EstateStores
import Foundation

/// Where `--output` and `estate export FILE` write, checked before a byte is written (issue 15:
/// `report … --output estate.sqlite` replaced the store with 303 bytes of CSV). Never the store's
/// own file (nor its -wal or -shm), never any SQLite database, and no other existing file
/// without `--force`; the text is written atomically (a temporary file, then renamed). Checked
/// before the store is opened, so that a refused command touches nothing.
struct OutputFile {
    let path: String
    let target: URL
    /// The first 16 bytes of every SQLite database file.
    static let sqliteHeader = Data("SQLite format 3\u{0}".utf8)

    /// The file at `path`, refused with the reason when it may not be written.
    init(_ path: String, force: Bool, store: StoreOptions, option: String) throws {
        self.path = path
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        self.target = target
        if let own = StoreLocation(store.location).sqlitePath {
            let database = URL(fileURLWithPath: own).standardizedFileURL.resolvingSymlinksInPath().path
            guard ![database, database + "-wal", database + "-shm", database + "-journal"].contains(target.path) else {
                throw Failure(
                    message: "estate: \(option) \(path) is the store's own database (\(store.displayLocation)); "
                        + "nothing was written. Choose another file, e.g. report.csv.",
                    code: .usage)
            }
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) {
            guard !isFolder.boolValue else {
                throw Failure(
                    message: "estate: \(option) \(path) is a folder; give a file name inside it, e.g. \(path)/report.csv.",
                    code: .usage)
            }
            let head = (try? FileHandle(forReadingFrom: target)).flatMap { handle in
                defer { try? handle.close() }
                return try? handle.read(upToCount: Self.sqliteHeader.count)
            }
            guard head != Self.sqliteHeader else {
                throw Failure(
                    message: "estate: \(option) \(path) is a SQLite database; nothing was written (not even with "
                        + "--force). Choose another file.",
                    code: .usage)
            }
            guard force else {
                throw Failure(
                    message: "estate: \(option) \(path) already exists; nothing was written. Add --force to replace "
                        + "it, or choose another file.",
                    code: .conflict)
            }
        }
    }

    /// Writes `text` to the file, atomically.
    func write(_ text: String) throws {
        do {
            try text.write(to: target, atomically: true, encoding: .utf8)
        } catch {
            throw Failure(
                message: "estate: cannot write \(path); check that its folder exists and is writable.",
                code: .unavailable)
        }
    }
}
