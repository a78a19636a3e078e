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
