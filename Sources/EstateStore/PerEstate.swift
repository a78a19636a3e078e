import Foundation

/// One value per estate (its snapshot cache, its write gate), made on first use and shared by
/// every scoped view of one store (`EstateRepository.scoped(to:)`): a request scoped to an estate
/// finds what the previous one kept, and what one estate keeps never stands for another's.
package final class PerEstate<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int64: Value] = [:]
    private let make: @Sendable () -> Value

    package init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// The value of the estate with id `estate`.
    package subscript(estate: Int64) -> Value {
        lock.withLock {
            if let value = values[estate] { return value }
            let value = make()
            values[estate] = value
            return value
        }
    }
}
