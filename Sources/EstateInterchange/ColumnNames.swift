/// The public CSV format the association's spreadsheets follow: English snake_case names, with
/// Indonesian aliases accepted.
enum ColumnNames {
    static let plots: [String: [String]] = [
        "code": ["kode", "kode_kavling"], "phase": ["tahap"], "area_m2": ["luas_m2"],
        "polygon": ["poligon"], "withdrawn_on": ["ditarik_pada"],
    ]
    static let tenants: [String: [String]] = [
        "nib": [], "name": ["nama_perusahaan", "nama"], "npwp": [], "kbli": [],
        "fiscal_year": ["tahun"], "turnover": ["omzet"], "workers": ["jumlah_pekerja"],
        "local_workers": ["pekerja_lokal"], "investment": ["investasi"], "declared_on": ["tanggal_lapor"],
        "version": ["versi"], "correction_reason": ["alasan_koreksi"], "corrected_on": ["dikoreksi_pada"],
        "address": ["alamat"], "contact": ["kontak"], "legal_form": ["bentuk_usaha"],
    ]
    static let applications: [String: [String]] = [
        "nib": [], "min_area_m2": ["luas_min_m2"], "max_area_m2": ["luas_maks_m2"], "phase": ["tahap"],
        "submitted_on": ["tanggal_pengajuan"], "reconfirmed_on": ["tanggal_konfirmasi"],
        "status": [], "closed_on": ["ditutup_pada"], "closed_detail": ["keterangan_penutupan"],
    ]
    static let leases: [String: [String]] = [
        "plot": ["kode_kavling"], "nib": [], "start": ["mulai"], "end": ["selesai"], "status": [],
        "terminated_on": ["diakhiri_pada"], "termination_reason": ["alasan_pengakhiran"],
        "agreed_monthly_rent": ["sewa_disepakati_per_bulan", "sewa_per_bulan"],
    ]
    static let partnerships: [String: [String]] = [
        "nib": [], "partner": ["mitra"], "product": ["produk"], "since": ["sejak"],
        "ended_on": ["berakhir_pada"], "industry": ["industri"], "forum": [], "value_per_year": ["nilai_per_tahun"],
        "jobs": ["lapangan_kerja"], "local_jobs": ["lapangan_kerja_lokal"],
    ]
    static let tariffs: [String: [String]] = [
        "phase": ["tahap"], "effective_from": ["berlaku_sejak", "berlaku_mulai"],
        "rent_per_m2_month": ["sewa_per_m2_bulan"],
        "service_charge_per_m2_month": ["iuran_pengelolaan_per_m2_bulan", "iuran_per_m2_bulan"],
        "deposit_months": ["jaminan_bulan", "uang_jaminan_bulan"], "due_days": ["jatuh_tempo_hari"],
    ]
}
