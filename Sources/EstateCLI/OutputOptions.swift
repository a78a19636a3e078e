import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--quiet`: only the data asked for and errors; no confirmations, no progress.
struct OutputOptions: ParsableArguments {
    @Flag(name: [.short, .long], help: "Print only the data asked for and errors: no confirmations, no progress.")
    var quiet = false

    /// A confirmation for a person (what was written), left out with --quiet.
    func say(_ text: String) {
        if !quiet { print(text) }
    }

    /// A warning about the data (a record left out of a read), on stderr, even with --quiet.
    func warn(_ text: String) {
        FileHandle.standardError.write(Data("estate: warning: \(text)\n".utf8))
    }

    var progress: Progress { Progress(enabled: !quiet && isatty(STDERR_FILENO) == 1) }
}

/// Progress of long work on stderr, rewritten in place on one line; shown only on a terminal
/// so that pipes, files and scripts never see it.
struct Progress: Sendable {
    let enabled: Bool

    func step(_ text: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2Kestate: \(text)…".utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
