/// An exact decimal number read from text written the Indonesian way (`1.250,5`) or the English
/// way (`1,250.5`): an integer mantissa and a count of decimal places, never a binary float.
struct DecimalText: Equatable {
    /// The digits without separators, e.g. 12505 for `1.250,5`.
    var mantissa: Int64
    /// How many of the mantissa's digits are decimals, e.g. 1 for `1.250,5`.
    var scale: Int

    /// Why a text is not a number, phrased for `InputError.problem`.
    enum Failure: Error { case notANumber, ambiguous, tooLarge }

    /// Reads digits with `.` and `,` as thousands or decimal separators.
    ///
    /// Two different separators: the last one is the decimal mark. One separator used several
    /// times: thousands. One separator used once: decimals unless exactly three digits follow,
    /// which is thousands when `loneThreeDigitGroupIsThousands` and ambiguous otherwise.
    init(parsing text: String, loneThreeDigitGroupIsThousands: Bool) throws(Failure) {
        let chars = Array(text)
        guard !chars.isEmpty, chars.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
            chars.first!.isNumber, chars.last!.isNumber
        else { throw .notANumber }
        let separators = chars.filter { $0 == "." || $0 == "," }
        var decimalMark: Character?
        let distinct = Set(separators)
        if distinct.count == 2 {
            decimalMark = separators.last
            guard separators.filter({ $0 == decimalMark }).count == 1 else { throw .notANumber }
        } else if let only = distinct.first, separators.count == 1 {
            let digitsAfter = chars.count - 1 - chars.firstIndex(of: only)!
            if digitsAfter != 3 {
                decimalMark = only
            } else if !loneThreeDigitGroupIsThousands {
                throw .ambiguous
            }
        }
        let integerText: ArraySlice<Character>
        var fractionText: ArraySlice<Character> = []
        if let mark = decimalMark, let at = chars.lastIndex(of: mark) {
            integerText = chars[..<at]
            fractionText = chars[(at + 1)...]
        } else {
            integerText = chars[...]
        }
        let groups = integerText.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard let head = groups.first, (1...3).contains(head.count) || groups.count == 1,
            groups.dropFirst().allSatisfy({ $0.count == 3 }), fractionText.allSatisfy(\.isNumber)
        else { throw .notANumber }
        var value: Int64 = 0
        for digit in groups.joined() + fractionText {
            let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
            let (added, o2) = shifted.addingReportingOverflow(Int64(digit.wholeNumberValue!))
            guard !o1, !o2 else { throw .tooLarge }
            value = added
        }
        guard fractionText.count <= 18 else { throw .tooLarge }
        mantissa = value
        scale = fractionText.count
    }

    /// `mantissa × multiplier / 10^scale` if that is a whole number and fits in Int64.
    func whole(times multiplier: Int64) -> Int64?? {
        let (product, overflow) = mantissa.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return .some(nil) }
        var divisor: Int64 = 1
        for _ in 0..<scale { divisor = divisor.multipliedReportingOverflow(by: 10).partialValue }
        guard product % divisor == 0 else { return nil }
        return .some(product / divisor)
    }
}
