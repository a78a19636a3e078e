import EstateDomain

/// Allocation reasons written out for officers, in Bahasa Indonesia or English.
public enum ReasonText {
    public static func assignment(_ assignment: Assignment, language: Language) -> String {
        let id = language == .indonesian
        let plot = "\(assignment.plotCode) (\(assignment.plotArea.format(language)))"
        switch assignment.reason {
        case .firstFit(let candidates):
            return id
                ? "urutan antrean #\(assignment.rank): kavling pertama yang sesuai, \(plot), dari \(candidates) yang tersedia"
                : "waitlist #\(assignment.rank): first fitting plot \(plot) of \(candidates) available"
        case .bestFit(let candidates):
            return id
                ? "urutan antrean #\(assignment.rank): kavling terkecil yang sesuai, \(plot), dari \(candidates) yang tersedia"
                : "waitlist #\(assignment.rank): smallest fitting plot \(plot) of \(candidates) available"
        case .scored(let score, let lottery, let candidates):
            return id
                ? "skor \(score) (undian \(lottery)): kavling terkecil yang sesuai, \(plot), dari \(candidates) yang tersedia"
                : "score \(score) (lottery draw \(lottery)): smallest fitting plot \(plot) of \(candidates) available"
        case .optimal(let housed, let area):
            return id
                ? "penugasan optimal: \(housed) pemohon mendapat kavling, total \(area.format(language)); \(plot)"
                : "optimal assignment housing \(housed) applicants on \(area.format(language)); \(plot)"
        }
    }

    public static func refusal(_ reason: RefusalReason, language: Language) -> String {
        let id = language == .indonesian
        switch reason {
        case .stale(let last, let days, let limit):
            return id
                ? "antrean kedaluwarsa: konfirmasi terakhir \(last.indonesian), \(days) hari lalu (batas \(limit) hari); minta konfirmasi ulang"
                : "stale: last confirmed \(last.iso), \(days) days ago (limit \(limit)); ask the firm to reconfirm"
        case .notEligible(let rules):
            return id
                ? "tidak memenuhi aturan: \(rules.joined(separator: ", "))"
                : "not eligible: fails \(rules.joined(separator: ", "))"
        case .atPlotLimit(let held, let limit):
            return id
                ? "sudah memegang \(held) kavling (batas \(limit))" : "already holds \(held) plots (limit \(limit))"
        case .earlierApplicationsFirst(let remaining):
            return id
                ? "permohonan lain yang lebih awal dari penyewa ini sudah memakai sisa jatah \(remaining) kavling"
                : "this tenant's earlier applications already take its remaining \(remaining) plot(s)"
        case .noFittingPlot:
            return id
                ? "tidak ada kavling tersedia dalam rentang luas dan tahap yang diminta"
                : "no available plot within the requested area range and phase"
        case .fittingPlotsTaken(let codes):
            return id
                ? "kavling yang sesuai (\(codes.joined(separator: ", "))) diberikan kepada pemohon lain"
                : "fitting plots (\(codes.joined(separator: ", "))) went to other applicants"
        case .unknownTenant:
            return id ? "NIB tidak terdaftar sebagai anggota" : "NIB has no tenant record"
        case .closesLater(let state, let on):
            return id
                ? "permohonan ini \(ApplicationView.name(state, language: language)) sejak \(on.indonesian); tidak dapat diberi kavling"
                : "the application is \(state.rawValue) from \(on.iso); it cannot be given a plot"
        }
    }
}

extension RefusalReason {
    /// A stable machine-readable code for scripts.
    public var code: String {
        switch self {
        case .stale: "stale"
        case .notEligible: "not_eligible"
        case .atPlotLimit: "plot_limit"
        case .earlierApplicationsFirst: "earlier_application_first"
        case .noFittingPlot: "no_fitting_plot"
        case .fittingPlotsTaken: "fitting_plots_taken"
        case .unknownTenant: "unknown_tenant"
        case .closesLater: "closes_later"
        }
    }
}
