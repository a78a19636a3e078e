import Foundation
import Testing

/// Debian's headless Chromium for the tests that look at a page as a person would. Where it is
/// missing those tests are skipped, except under CI (`CI=true`), where a missing Chromium is a
/// failure (`.ci/run` installs it).
public enum Chromium {
    public static let executable: String? = {
        let candidates = [ProcessInfo.processInfo.environment["CHROMIUM"], "/usr/bin/chromium"].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    public static let required = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Headless flags with a profile of its own in `folder`.
    public static func flags(_ folder: URL) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.path)/profile"]
    }

    /// Runs Chromium and returns its standard output; gives up after two minutes.
    public static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            Issue.record("Chromium did not finish within 2 minutes: \(arguments.joined(separator: " "))")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// `run` on a thread of its own, so that a server under test keeps the cooperative thread
    /// pool while the browser talks to it.
    public static func runOffThread(_ executable: String, _ arguments: [String]) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try run(executable, arguments) })
            }
        }
    }
}
