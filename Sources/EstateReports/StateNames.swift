import EstateDomain

// The names of records' states (plots, leases, rule results) in the reader's language, for
// pages and reports.

extension PlotStatus {
    /// The status as a reader of `language` calls it, e.g. `tersewa` or `leased`.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.planned, .indonesian): "rencana"
        case (.vacant, .indonesian): "kosong"
        case (.leased, .indonesian): "tersewa"
        case (.withdrawn, .indonesian): "ditarik"
        case (_, .english): rawValue
        }
    }
}

extension Lease.State {
    /// The lease's state as a reader of `language` calls it, e.g. `berjalan` or `signed`.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.signed, .indonesian): "berjalan"
        case (.ended, .indonesian): "berakhir"
        case (.terminated, .indonesian): "diputus"
        case (_, .english): name
        }
    }
}

extension RuleOutcome.Result {
    /// A rule's result as a reader of `language` calls it, e.g. `lolos` or `passed`.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.passed, .indonesian): "lolos"
        case (.failed, .indonesian): "gagal"
        case (.noData, .indonesian): "tanpa data"
        case (.switchedOff, .indonesian): "nonaktif"
        case (_, .english): rawValue
        }
    }
}

extension Invoice.Kind {
    /// The invoice's kind as a reader of `language` calls it, e.g. `uang jaminan` or `deposit`.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.periodic, .indonesian): "bulanan"
        case (.deposit, .indonesian): "uang jaminan"
        case (.creditNote, .indonesian): "nota kredit"
        case (.periodic, .english): "periodic"
        case (.deposit, .english): "deposit"
        case (.creditNote, .english): "credit note"
        }
    }
}

extension Invoice.Status {
    /// The invoice's status as a reader of `language` calls it, e.g. `belum lunas` or `open`.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.open, .indonesian): "belum lunas"
        case (.paid, .indonesian): "lunas"
        case (.cancelled, .indonesian): "dibatalkan"
        case (_, .english): rawValue
        }
    }
}
