import EstateDomain

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
