/// What firms owe on a date: every invoice with something outstanding, how many days past its
/// due date, and its ageing bucket, with totals per bucket and per firm. Payments are settled
/// as `PaymentLedger` does, with only the invoices and payments made by that date.
public struct Arrears: Sendable {
    /// The ageing buckets of the report: not yet overdue, then 1–30, 31–60, 61–90 and
    /// more than 90 days past the due date.
    public enum Bucket: String, CaseIterable, Sendable, Comparable {
        case current
        case upTo30 = "1-30"
        case upTo60 = "31-60"
        case upTo90 = "61-90"
        case over90 = "90+"

        public init(daysOverdue days: Int) {
            switch days {
            case ...0: self = .current
            case 1...30: self = .upTo30
            case 31...60: self = .upTo60
            case 61...90: self = .upTo90
            default: self = .over90
            }
        }

        public static func < (a: Bucket, b: Bucket) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public struct Row: Sendable {
        public let invoice: Invoice
        /// Days after the due date (0 on the due date and before it).
        public let daysOverdue: Int
        public let bucket: Bucket
    }

    public let asOf: CivilDate
    /// Oldest due date first, then number.
    public let rows: [Row]

    public init(_ records: MoneyRecords, asOf: CivilDate) {
        self.asOf = asOf
        rows = records.asOf(asOf).settled
            .filter { $0.outstanding.amount > 0 }
            .sorted { ($0.dueOn, $0.number) < ($1.dueOn, $1.number) }
            .map { invoice in
                let days = max(0, invoice.dueOn.days(until: asOf))
                return Row(invoice: invoice, daysOverdue: days, bucket: Bucket(daysOverdue: days))
            }
    }

    /// The outstanding total and invoice count of each bucket, every bucket listed.
    public var byBucket: [(bucket: Bucket, invoices: Int, outstanding: Rupiah)] {
        Bucket.allCases.map { bucket in
            let mine = rows.filter { $0.bucket == bucket }
            return (bucket, mine.count, Rupiah(mine.reduce(0) { $0 + $1.invoice.outstanding.amount }))
        }
    }

    /// Each firm owing something: its outstanding total, invoice count and most days overdue.
    public var byFirm: [(nib: NIB, name: String, invoices: Int, outstanding: Rupiah, mostDaysOverdue: Int)] {
        Dictionary(grouping: rows, by: \.invoice.nib)
            .map { nib, rows in
                (nib, rows[0].invoice.tenantName, rows.count, Rupiah(rows.reduce(0) { $0 + $1.invoice.outstanding.amount }),
                 rows.map(\.daysOverdue).max() ?? 0)
            }
            .sorted { ($1.outstanding, $0.nib.digits) < ($0.outstanding, $1.nib.digits) }
    }

    public var total: Rupiah { Rupiah(rows.reduce(0) { $0 + $1.invoice.outstanding.amount }) }
}
