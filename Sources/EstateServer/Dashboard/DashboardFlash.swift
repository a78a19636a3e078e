import EstateDomain
import Hummingbird

extension Dashboard {
    /// The message after a commit from the dashboard (`?signed=N`) or a form that wrote
    /// (`?done=KIND`); fixed texts, so that a crafted link cannot put words on the page.
    func flash(_ request: Request, _ l: Language) -> String? {
        if let done = request.uri.queryParameters.get("done") {
            return switch done {
            case "partnership-added": t(l, "Kemitraan dicatat.", "The partnership was recorded.")
            case "partnership-ended": t(l, "Kemitraan diakhiri.", "The partnership was ended.")
            case "declaration-recorded": t(l, "Laporan tahunan dicatat.", "The yearly declaration was recorded.")
            case "declaration-submitted": t(l, "Laporan tahunan terkirim; pengurus asosiasi akan memeriksanya.", "The yearly declaration was sent; the association's officers will check it.")
            case "submission-accepted": t(l, "Kiriman diterima dan dicatat sebagai laporan tahunan.", "The submission was accepted and recorded as the yearly declaration.")
            case "mail-set": t(l, "Pengaturan pengingat e-mail disimpan.", "The e-mail reminder settings were saved.")
            case "document-sent": t(l, "Dokumen terkirim; pengurus akan memeriksanya.", "The document was sent; the officers will check it.")
            case "document-kept": t(l, "Dokumen disimpan dan diterima.", "The document was kept and accepted.")
            case "document-accepted": t(l, "Dokumen diterima.", "The document was accepted.")
            case "document-refused": t(l, "Dokumen ditolak; perusahaan membaca alasannya.", "The document was refused; the firm reads the reason.")
            case "submission-refused": t(l, "Kiriman ditolak; perusahaan membaca alasannya.", "The submission was refused; the firm reads the reason.")
            case "tenant-added": t(l, "Perusahaan ditambahkan; catat laporan tahunannya di bawah.", "The firm was added; record its yearly declaration below.")
            case "tenant-corrected": t(l, "Data perusahaan diperbaiki.", "The firm's record was corrected.")
            case "application-added": t(l, "Permohonan masuk daftar tunggu.", "The application is on the waitlist.")
            case "application-reconfirmed": t(l, "Permohonan dikonfirmasi ulang.", "The application was reconfirmed.")
            case "application-withdrawn": t(l, "Permohonan ditarik.", "The application was withdrawn.")
            case "lease-ended": t(l, "Sewa diakhiri.", "The lease was ended.")
            case "plot-corrected": t(l, "Ukuran kavling diperbaiki.", "The plot's measures were corrected.")
            case "plot-withdrawn": t(l, "Kavling ditarik dari penyewaan.", "The plot was withdrawn from leasing.")
            case "declaration-corrected": t(l, "Laporan dikoreksi; versi sebelumnya tetap tersimpan.", "The declaration was corrected; the version before is kept.")
            case "partnership-corrected": t(l, "Kemitraan diperbaiki.", "The partnership was corrected.")
            case "lease-rescheduled": t(l, "Tanggal sewa diubah.", "The lease's dates were moved.")
            case "lease-terminated": t(l, "Sewa diputus lebih awal.", "The lease was terminated early.")
            case "invoices-issued": t(l, "Tagihan bulan ini diterbitkan (yang sudah ada tidak diterbitkan lagi).", "The month's invoices were issued (none that existed was issued again).")
            case "payment-recorded": t(l, "Pembayaran dicatat.", "The payment was recorded.")
            case "payment-replayed": t(l, "Pembayaran ini sudah tercatat dengan angka yang sama; tidak ada yang ditulis.", "That payment was already recorded with these figures; nothing was written.")
            case "invoice-cancelled": t(l, "Tagihan dibatalkan dengan nota kredit; bulan itu dapat ditagih ulang (uang jaminan sewa yang sudah berakhir diperhitungkan, tidak ditagih ulang).", "The invoice was cancelled by a credit note; the month can be invoiced again (the deposit of an ended lease is settled instead, not billed again).")
            case "schedule-saved": t(l, "Jadwal forum disimpan; hasil pertemuannya kini dapat dicatat.", "The forum's schedule was saved; its meetings' outcomes can now be recorded.")
            case "industry-added": t(l, "Industri besar didaftarkan.", "The large industry was registered.")
            case "need-added": t(l, "Kebutuhan dicatat; kecocokannya tampil di bawah.", "The need was recorded; its matches show below.")
            case "need-closed": t(l, "Kebutuhan ditutup.", "The need was closed.")
            case "industry-corrected": t(l, "Industri besar diperbaiki.", "The large industry was corrected.")
            case "need-corrected": t(l, "Kebutuhan diperbaiki; kecocokannya dihitung ulang.", "The need was corrected; its matches are computed afresh.")
            case "forum-added": t(l, "Forum ditambahkan; undang pesertanya di bawah.", "The forum was added; invite its participants below.")
            case "invited": t(l, "Undangan dicatat.", "The invitations were recorded.")
            case "outcome-recorded": t(l, "Hasil pertemuan dicatat.", "The meeting's outcome was recorded.")
            case "outcome-replayed": t(l, "Hasil dengan nomor ini sudah tercatat dengan angka yang sama; tidak ada yang ditulis.", "An outcome with that reference was already recorded with these values; nothing was written.")
            default: nil
            }
        }
        guard let count = request.uri.queryParameters.get("signed").flatMap(Int.init), count >= 0 else { return nil }
        return count == 0
            ? t(
                l, "Sewa ini sudah ditandatangani sebelumnya; tidak ada yang ditulis.",
                "These leases were already signed; nothing was written.")
            : t(l, "\(count) sewa ditandatangani.", "\(count) lease(s) signed.")
    }
}
