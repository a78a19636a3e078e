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
            // Only a regular file is read and replaced: a device (/dev/null) or a pipe would hang
            // the header check or be replaced by the atomic rename.
            let type = (try? FileManager.default.attributesOfItem(atPath: target.path))?[.type] as? FileAttributeType
            guard type == .typeRegular else {
                throw Failure(
                    message: "estate: \(option) \(path) is not a regular file (a device, a pipe or a socket); nothing "
                        + "was written. Give a file name, or leave it out to print to standard output.",
                    code: .usage)
            }
            guard !Self.isSQLite(target), !Self.isBesideSQLite(target) else {
                throw Failure(
                    message: "estate: \(option) \(path) is a SQLite database or one of its files; nothing was "
                        + "written (not even with --force). Choose another file.",
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

    /// Whether the regular file at `url` starts with SQLite's header.
    static func isSQLite(_ url: URL) -> Bool {
        let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
        guard type == .typeRegular, let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: sqliteHeader.count)) == sqliteHeader
    }

    /// Whether `url` is the write-ahead log, shared memory or journal of a SQLite database beside it.
    static func isBesideSQLite(_ url: URL) -> Bool {
        for suffix in ["-wal", "-shm", "-journal"] where url.path.hasSuffix(suffix) {
            if isSQLite(URL(fileURLWithPath: String(url.path.dropLast(suffix.count)))) { return true }
        }
        return false
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

    /// Writes `bytes` (a document's file) to the file, atomically.
    func write(bytes: [UInt8]) throws {
        do {
            try Data(bytes).write(to: target, options: .atomic)
        } catch {
            throw Failure(
                message: "estate: cannot write \(path); check that its folder exists and is writable.",
                code: .unavailable)
        }
    }
}
