/// What followed a meeting at a forum (issue 18, item 5): a memorandum of understanding, a
/// purchase order (its value), or a partnership (its start, end, value a year and the jobs it
/// brings, and how many of them go to residents of Kabupaten Bekasi). Each names its meeting by
/// forum, large industry and IKM firm, so an outcome is always of a meeting that was held.
public struct ForumOutcome: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case mou
        case purchaseOrder = "purchase_order"
        case partnership

        public init(parsing text: String) throws {
            guard let kind = Self(rawValue: text.trimmingSpaces.lowercased()) else {
                throw InputError(
                    field: "kind", value: text, problem: "is not an outcome", fix: "Give mou, purchase_order or partnership.",
                    masalah: "bukan jenis hasil", perbaikan: "Isi mou, purchase_order atau partnership.")
            }
            self = kind
        }
    }

    /// The largest value an outcome carries, Rp100 trillion: far above any IKM order, and low
    /// enough that a year's sums cannot overflow.
    public static let valueLimit: Int64 = 100_000_000_000_000

    /// The store's number; 0 before it is recorded.
    public let id: Int64
    public let forum: String
    public let industry: NIB
    public let nib: NIB
    public let kind: Kind
    /// The day it was signed (an MoU, a partnership's start) or ordered.
    public let on: CivilDate
    /// A purchase order's value, or a partnership's value a year; nil for an MoU.
    public let value: Rupiah?
    /// The first day a partnership is no longer in force; nil while it runs (and for the others).
    public let endsOn: CivilDate?
    /// Jobs a partnership creates, and how many of them go to Kabupaten Bekasi residents.
    public let jobs: Int?
    public let localJobs: Int?
    /// An MoU's or an order's own number (the PO number), unique per large industry and kind: the
    /// same one recorded again is recognised, not counted twice. A partnership has none (it is
    /// one record per partner and product already).
    public let reference: String?

    public init(
        id: Int64 = 0, forum: String, industry: NIB, nib: NIB, kind: Kind, on: CivilDate, value: Rupiah? = nil,
        endsOn: CivilDate? = nil, jobs: Int? = nil, localJobs: Int? = nil, reference: String? = nil
    ) throws {
        func refuse(_ field: String, _ value: String, _ problem: String, _ fix: String, _ masalah: String, _ perbaikan: String) -> InputError {
            InputError(field: field, value: value, problem: problem, fix: fix, masalah: masalah, perbaikan: perbaikan)
        }
        if let value, value.amount > Self.valueLimit {
            throw refuse("value", value.description, "is above Rp100 trillion", "Give the value in whole rupiah, e.g. Rp150.000.000.", "di atas Rp100 triliun", "Isi nilai dalam rupiah, misalnya Rp150.000.000.")
        }
        switch kind {
        case .mou:
            if let value { throw refuse("value", value.description, "is given for an MoU", "Leave the value out; record the orders that follow.", "diisi untuk MoU", "Kosongkan nilai; catat pesanan yang menyusul.") }
        case .purchaseOrder:
            guard let value, value.amount > 0 else {
                throw refuse("value", value?.description ?? "", "is missing or not above 0", "Give the order's value, e.g. Rp150.000.000.", "kosong atau tidak di atas 0", "Isi nilai pesanan, misalnya Rp150.000.000.")
            }
        case .partnership:
            if let value, value.amount < 0 { throw refuse("value", value.description, "is below 0", "Give the value a year, e.g. Rp600.000.000.", "di bawah 0", "Isi nilai per tahun, misalnya Rp600.000.000.") }
        }
        if kind != .partnership, endsOn != nil || jobs != nil || localJobs != nil {
            throw refuse("kind", kind.rawValue, "takes no end or jobs (only a partnership does)", "Record the end and jobs on the partnership.", "tidak memiliki akhir atau lapangan kerja (hanya kemitraan)", "Catat akhir dan lapangan kerja pada kemitraan.")
        }
        if let endsOn, endsOn <= on {
            throw refuse("ends_on", endsOn.iso, "is not after the start (\(on.iso))", "Give the first day it is no longer in force, after \(on.iso).", "tidak setelah awal (\(on.iso))", "Isi hari pertama kemitraan tidak berlaku, setelah \(on.iso).")
        }
        try PartnershipTerms.checkJobs(jobs, local: localJobs)
        if let reference, kind == .partnership {
            throw refuse(
                "reference", reference, "is given for a partnership", "Leave it out: a partnership is found by its partner and product.",
                "diisi untuk kemitraan", "Kosongkan: kemitraan dikenali dari mitra dan produknya.")
        }
        let reference = try reference.map {
            try FreeText.checked($0, field: "reference", limit: 100, example: "PO/ONJ/2026/0117")
        }
        self.id = id
        self.forum = try ForumEvent.code(forum, field: "forum")
        self.industry = industry
        self.nib = nib
        self.kind = kind
        self.on = on
        self.value = value
        self.endsOn = endsOn
        self.jobs = jobs
        self.localJobs = localJobs
        self.reference = reference
    }

    /// Whether `other` records the same thing as this (its forum, firms, kind, day, value and
    /// reference), whatever its number: a retry of it.
    public func isSameRecord(as other: ForumOutcome) -> Bool {
        (forum, industry, nib, kind, on) == (other.forum, other.industry, other.nib, other.kind, other.on)
            && value == other.value && reference?.uppercased() == other.reference?.uppercased()
    }
}

/// A meeting of a forum's saved schedule: the one the outcomes are recorded against.
public struct SavedMeeting: Hashable, Sendable {
    public let forum: String
    public let slot: Int
    public let industry: NIB
    public let nib: NIB
    public let score: Int
    public let need: Int64

    public init(forum: String, slot: Int, industry: NIB, nib: NIB, score: Int, need: Int64) {
        self.forum = forum
        self.slot = slot
        self.industry = industry
        self.nib = nib
        self.score = score
        self.need = need
    }
}
