import EstateDomain
import Foundation

extension CivilDate {
    /// Today in Asia/Jakarta (UTC+7), where the cluster is.
    public static var todayInBekasi: CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Jakarta") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// Where a store learns what day its writes are checked for (the plot allowance from that day on,
/// whether a lease ended today reads ended): passed in when the store is opened, so the store
/// itself never reads the system clock and a test can fix the day.
public struct EstateClock: Sendable {
    public let today: @Sendable () -> CivilDate

    public init(today: @escaping @Sendable () -> CivilDate) { self.today = today }

    /// The day in Asia/Jakarta, as the officers live it: what the adapters pass.
    public static let bekasi = EstateClock { .todayInBekasi }

    /// Always `day`.
    public static func fixed(_ day: CivilDate) -> EstateClock { EstateClock { day } }
}
