/// An exact fraction such as 3 of 10 workers or 4,200 of 5,600 m², written as a percentage only
/// at the end.
public struct Ratio: Hashable, Sendable {
    public let numerator: Int64
    public let denominator: Int64

    public init(_ numerator: Int64, _ denominator: Int64) {
        self.numerator = numerator
        self.denominator = denominator
    }

    public init(_ numerator: Int, _ denominator: Int) { self.init(Int64(numerator), Int64(denominator)) }

    /// Tenths of a percent, rounded half up; nil when the denominator is zero.
    public var permille: Int64? {
        guard denominator != 0 else { return nil }
        return (numerator * 2000 + denominator) / (2 * denominator)
    }

    /// `75.0%` or `75,0%`; `–` when there is nothing to divide by.
    public func percentText(_ language: Language) -> String {
        guard let permille else { return "–" }
        let mark = language == .indonesian ? "," : "."
        return "\(permille / 10)\(mark)\(permille % 10)%"
    }

    /// The ratio as a number for JSON (a fraction between 0 and 1 to four places); nil when
    /// there is nothing to divide by.
    public var fractionText: String? {
        guard denominator != 0 else { return nil }
        let tenThousandths = (numerator * 20_000 + denominator) / (2 * denominator)
        let fraction = String(tenThousandths % 10_000)
        return "\(tenThousandths / 10_000).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
    }
}
