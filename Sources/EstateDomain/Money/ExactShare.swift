/// Exact integer arithmetic for money: a product over a divisor, rounded as the rule says,
/// without floats and without overflowing where the product itself passes Int64.
enum ExactShare {
    /// `a × b ÷ d` rounded to the nearest whole number, halves up, for `a, b ≥ 0` and `d > 0`;
    /// nil when the result itself does not fit an Int64.
    static func roundedHalfUp(_ a: Int64, times b: Int64, over d: Int64) -> Int64? {
        guard let (quotient, remainder) = divide(a, times: b, over: d) else { return nil }
        return remainder >= d - remainder ? quotient + 1 : quotient
    }

    /// `floor(a × b ÷ d)` for `a, b ≥ 0` and `d > 0`; nil when it does not fit an Int64.
    static func floored(_ a: Int64, times b: Int64, over d: Int64) -> Int64? {
        divide(a, times: b, over: d)?.quotient
    }

    private static func divide(_ a: Int64, times b: Int64, over d: Int64) -> (quotient: Int64, remainder: Int64)? {
        precondition(a >= 0 && b >= 0 && d > 0, "money shares are of non-negative amounts")
        let (high, low) = a.multipliedFullWidth(by: b)
        // The quotient fits an Int64 (and leaves room for rounding up) while high < d / 2.
        guard UInt64(high) < UInt64(d) >> 1 || (high == 0 && low < UInt64(Int64.max)) else { return nil }
        let (quotient, remainder) = d.dividingFullWidth((high, low))
        return (quotient, remainder)
    }
}
