import EstateDomain
import EstateStore

extension RecordReaders {
    /// `tariffs.csv`: phase, effective_from, rent_per_m2_month, service_charge_per_m2_month,
    /// deposit_months, due_days (Indonesian headers accepted; Rupiah in any form the domain reads).
    public static func tariffs(file: String, text: String) throws -> [Sourced<Tariff>] {
        try CSVTable(
            file: file, text: text, columns: ColumnNames.tariffs,
            required: [
                "phase", "effective_from", "rent_per_m2_month", "service_charge_per_m2_month", "deposit_months", "due_days",
            ]
        ).sourced { row in
            try Tariff(
                phase: try row.required("phase", P.count), effectiveFrom: try row.required("effective_from", P.date),
                rentPerSquareMetreMonth: try row.required("rent_per_m2_month", P.rupiah),
                serviceChargePerSquareMetreMonth: try row.required("service_charge_per_m2_month", P.rupiah),
                depositMonths: try row.required("deposit_months", P.count), dueDays: try row.required("due_days", P.count))
        }
    }
}
