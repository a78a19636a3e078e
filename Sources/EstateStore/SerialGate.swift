/// Lets one piece of work of this process through at a time, in arrival order; those queued
/// hold nothing while they wait. The stores pass every write through one (the database
/// serialises the writers of every process, PostgreSQL's advisory lock, SQLite's `BEGIN
/// IMMEDIATE`; the gate also covers what a write does after its commit, keeping the estate it
/// made in the cache, so that the next write of this process finds it there instead of reading
/// the whole estate again); the server reads and checks one uploaded file at a time through
/// another, so that a burst of 5 MiB uploads neither fills memory nor takes both cores.
public actor SerialGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    public init() {}

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

    /// Runs `body` alone among the work that passes this gate.
    public nonisolated func run<T: Sendable>(_ body: () async throws -> sending T) async throws -> sending T {
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
