/// One business forum (issue 18, item 4): its code, its day, its venue, and the large industries
/// and IKM firms invited to it.
public struct ForumEvent: Hashable, Sendable {
    /// E.g. `FORUM-2027-03`: letters, digits and dashes, up to 16.
    public let code: String
    public let heldOn: CivilDate
    public let venue: String
    /// The large industries invited, by NIB order.
    public let industries: [NIB]
    /// The IKM firms invited, by NIB order; none invited means every firm with a profile.
    public let firms: [NIB]

    public init(code: String, heldOn: CivilDate, venue: String, industries: [NIB] = [], firms: [NIB] = []) throws {
        self.code = try Self.code(code)
        self.heldOn = try ForumDates.checked(heldOn, field: "held_on")
        self.venue = try FreeText.checked(venue, field: "venue", limit: 300, example: "Aula Dinas Perindustrian, Cikarang Pusat")
        self.industries = Array(Set(industries)).sorted()
        self.firms = Array(Set(firms)).sorted()
    }

    /// A forum's code upper-cased: letters, digits and dashes, up to 16, starting with a letter or
    /// digit; else an input error naming `field`.
    public static func code(_ text: String, field: String = "code") throws -> String {
        guard let normal = RecordCode.normalised(text) else {
            throw InputError(
                field: field, value: text, problem: "is not a forum code",
                fix: "Use letters, digits and dashes, up to 16 characters, e.g. FORUM-2027-03.",
                masalah: "bukan kode forum", perbaikan: "Gunakan huruf, angka, dan tanda hubung, paling banyak 16 karakter, misalnya FORUM-2027-03.")
        }
        return normal
    }
}

/// A forum's meeting rounds: how many (1 to 48), the first starting at `start` (minutes after
/// midnight), each lasting `minutes`, back to back.
public struct SlotTimes: Hashable, Sendable {
    public let slots: Int
    public let start: Int
    public let minutes: Int

    /// `09:00` and 20 minutes unless given; a day's slots must end by midnight.
    public init(start: String = "09:00", minutes: Int = 20, slots: Int) throws {
        guard (1...48).contains(slots) else {
            throw InputError(
                field: "slots", value: String(slots), problem: "is not from 1 to 48", fix: "Give the number of meeting rounds, e.g. 10.",
                masalah: "tidak di antara 1 dan 48", perbaikan: "Isi jumlah putaran pertemuan, misalnya 10.")
        }
        self.slots = slots
        let parts = start.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else {
            throw InputError(
                field: "start", value: start, problem: "is not a time of day", fix: "Write it as HH:MM, e.g. 09:00.",
                masalah: "bukan jam", perbaikan: "Tulis sebagai JJ:MM, misalnya 09:00.")
        }
        guard (5...240).contains(minutes), parts[0] * 60 + parts[1] + minutes * slots <= 24 * 60 else {
            throw InputError(
                field: "minutes", value: String(minutes), problem: "is not from 5 to 240, or the slots run past midnight",
                fix: "Give each meeting 5 to 240 minutes, e.g. 20, and fewer slots.",
                masalah: "tidak di antara 5 dan 240, atau slot melewati tengah malam",
                perbaikan: "Beri setiap pertemuan 5 sampai 240 menit, misalnya 20, dan kurangi slot.")
        }
        self.start = parts[0] * 60 + parts[1]
        self.minutes = minutes
    }

    /// `09:20–09:40` for slot 2.
    public func label(_ slot: Int) -> String {
        func clock(_ minute: Int) -> String {
            let (hour, rest) = minute.quotientAndRemainder(dividingBy: 60)
            return (hour < 10 ? "0" : "") + "\(hour):" + (rest < 10 ? "0" : "") + "\(rest)"
        }
        let from = start + (slot - 1) * minutes
        return clock(from) + "–" + clock(from + minutes)
    }
}
