/// A plot's measured area or drawn outline corrected (issue 15), only where the estate's
/// invariants still hold: the outline matches the area within 0.5 %, and the phase's plots fit
/// its leasable share (the store refuses any problem the change would add).
extension Estate {
    /// The plot `code` with the area and outline given (nil keeps one; `removeOutline` drops
    /// the outline); refused when the plot is not there, nothing changes or the outline would
    /// not match the area.
    public func correctingPlot(
        _ code: String, area: Area?, outline: PlanPolygon?, removeOutline: Bool = false
    ) throws -> RecordChange {
        let code = try Plot.normalise(code: code, field: "plot")
        guard let old = plots.first(where: { $0.code == code }) else {
            throw RecordChangeRefusal.missing(what: "plot", key: code)
        }
        if removeOutline, outline != nil {
            throw InputError(
                field: "polygon", value: outline?.text ?? "", problem: "is given with remove_outline",
                fix: "Either give the corrected outline or remove the outline, not both.",
                masalah: "diisi bersama remove_outline",
                perbaikan: "Isikan garis batas yang benar atau hapus garis batasnya, jangan keduanya.")
        }
        let new = try Plot(
            code: old.code, phase: old.phase, area: area ?? old.area, outline: removeOutline ? nil : outline ?? old.outline,
            withdrawnOn: old.withdrawnOn)
        guard new != old else {
            throw RecordChangeRefusal.notAllowed(
                "plot \(code) already has these values; nothing to change",
                indonesian: "kavling \(code) sudah memiliki nilai-nilai ini; tidak ada yang perlu diubah")
        }
        guard new.outlineMatchesArea else {
            throw RecordChangeRefusal.notAllowed(
                "the outline of plot \(code) measures \(new.outline?.area.format(.english) ?? ""), more than 0.5 % "
                    + "from the area \(new.area.format(.english)); correct both together (area and polygon)",
                indonesian: "luas di dalam garis batas kavling \(code) adalah "
                    + "\(new.outline?.area.format(.indonesian) ?? ""), berselisih lebih dari 0,5 % dengan luas kavling "
                    + "\(new.area.format(.indonesian)); perbaiki keduanya sekaligus (area dan polygon)")
        }
        return RecordChange(
            changed: .plot(new), subject: "plot \(code)", before: old.measures, after: new.measures,
            estate: replacing(plots: plots.map { $0.code == code ? new : $0 }))
    }
}

extension Plot {
    /// The plot's measures in the audit log's words: area and outline.
    var measures: String {
        "\(area.format(.english))" + (outline.map { ", outline \($0.text)" } ?? ", no outline")
    }
}
