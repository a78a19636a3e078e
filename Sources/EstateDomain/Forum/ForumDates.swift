/// The days the forum's records may carry (a forum's day, a need's opening, deadline and close):
/// 1990 to 2200, the years a declaration and the Dinas's report cover, so that no record is
/// dated where no report can reach it.
public enum ForumDates {
    public static let years = 1990...2200

    /// `date` when its year is in `years`, else an input error naming `field`.
    @discardableResult
    public static func checked(_ date: CivilDate, field: String) throws -> CivilDate {
        guard years.contains(date.year) else {
            throw InputError(
                field: field, value: date.iso, problem: "is not in the years 1990 to 2200",
                fix: "Give a day from 1990 to 2200, e.g. 2027-03-10.", masalah: "tidak di antara tahun 1990 dan 2200",
                perbaikan: "Isi tanggal antara tahun 1990 dan 2200, misalnya 2027-03-10.")
        }
        return date
    }
}
