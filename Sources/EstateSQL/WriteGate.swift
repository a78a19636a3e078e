/// Lets one write of this process run at a time, in arrival order. The database serialises the
/// writers of every process (PostgreSQL's advisory lock, SQLite's `BEGIN IMMEDIATE`); the gate
/// also covers what a write does after its commit, keeping the estate it made in the cache, so
/// that the next write of this process finds it there instead of reading the whole estate again.
/// Writers queued here hold no database connection while they wait.
package actor WriteGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    package init() {}

    private func enter() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }

    /// Runs `body` alone among the writes that pass this gate.
    package nonisolated func run<T: Sendable>(_ body: () async throws -> sending T) async throws -> sending T {
        await enter()
        do {
            let result = try await body()
            await leave()
            return result
        } catch {
            await leave()
            throw error
        }
    }
}
