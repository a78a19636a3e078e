import EstateDomain

/// A firm's statement of account as the CLI's JSON and a terminal show it.
public struct StatementView: Encodable, Sendable {
    public let nib: String
    public let name: String
    public let from: String?
    public let to: String?
    /// What the firm owed before `from` (below zero: its credit).
    public let opening: Int64
    public let entries: [Entry]
    public let closing: Int64

    public struct Entry: Encodable, Sendable {
        public let date: String
        public let kind: String
        public let reference: String
        public let debit: Int64
        public let credit: Int64
        public let balance: Int64
    }

    public init(_ statement: Statement) {
        nib = statement.nib.digits
        name = statement.name
        from = statement.from?.iso
        to = statement.to?.iso
        opening = statement.opening.amount
        entries = statement.entries.map {
            Entry(date: $0.date.iso, kind: $0.kind.rawValue, reference: $0.reference, debit: $0.debit.amount,
                  credit: $0.credit.amount, balance: $0.balance.amount)
        }
        closing = statement.closing.amount
    }

    /// The statement as a terminal table, in `language`.
    public static func text(_ statement: Statement, language: Language) -> String {
        let id = language == .indonesian
        var table = TextTable(
            header: id ? ["tanggal", "jenis", "nomor/referensi", "debit", "kredit", "saldo"]
                : ["date", "kind", "number/reference", "debit", "credit", "balance"])
        table.rightAligned = [3, 4, 5]
        table.add(["", id ? "saldo awal" : "opening balance", "", "", "", statement.opening.format(language)])
        for entry in statement.entries {
            let kind = name(of: entry.kind, language)
            table.add([
                entry.date.format(language), kind, entry.reference,
                entry.debit.amount > 0 ? entry.debit.format(language) : "",
                entry.credit.amount > 0 ? entry.credit.format(language) : "", entry.balance.format(language),
            ])
        }
        let firm = statement.name
        let head = id ? "Rekening \(firm) (NIB \(statement.nib.digits))" : "Statement of \(firm) (NIB \(statement.nib.digits))"
        return head + "\n" + table.rendered + "\n" + closingText(statement.closing, language)
    }

    /// An entry's kind in `language`.
    public static func name(of kind: Statement.EntryKind, _ language: Language) -> String {
        let names: [Statement.EntryKind: (String, String)] = [
            .invoice: ("tagihan", "invoice"), .deposit: ("jaminan", "deposit"), .creditNote: ("nota kredit", "credit note"),
            .payment: ("pembayaran", "payment"), .reversal: ("pembatalan bayar", "reversal"),
        ]
        return names[kind].map { language == .indonesian ? $0.0 : $0.1 } ?? kind.rawValue
    }

    /// What the closing balance means, in a sentence of `language`.
    public static func closingText(_ closing: Rupiah, _ language: Language) -> String {
        let id = language == .indonesian
        return closing.amount > 0
            ? (id ? "Harus dibayar: \(closing.format(language))." : "Owed: \(closing.format(language)).")
            : closing.amount < 0
                ? (id ? "Kelebihan bayar (kredit): \(Rupiah(-closing.amount).format(language))."
                    : "Credit: \(Rupiah(-closing.amount).format(language)).")
                : (id ? "Lunas." : "Nothing owed.")
    }
}
