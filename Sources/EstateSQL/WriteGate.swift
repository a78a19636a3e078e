import EstateStore

/// The gate every write of a store passes (`SerialGate`): one at a time, in arrival order.
package typealias WriteGate = SerialGate
