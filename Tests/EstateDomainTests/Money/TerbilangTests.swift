import EstateDomain
import Testing

@Suite("Terbilang: amounts in Indonesian words")
struct TerbilangTests {
    @Test(
        "boundary amounts",
        arguments: [
            (0, "nol rupiah"), (1, "satu rupiah"), (10, "sepuluh rupiah"), (11, "sebelas rupiah"),
            (12, "dua belas rupiah"), (19, "sembilan belas rupiah"), (20, "dua puluh rupiah"),
            (21, "dua puluh satu rupiah"), (99, "sembilan puluh sembilan rupiah"), (100, "seratus rupiah"),
            (101, "seratus satu rupiah"), (111, "seratus sebelas rupiah"), (200, "dua ratus rupiah"),
            (999, "sembilan ratus sembilan puluh sembilan rupiah"), (1_000, "seribu rupiah"),
            (1_001, "seribu satu rupiah"), (1_100, "seribu seratus rupiah"), (2_000, "dua ribu rupiah"),
            (11_000, "sebelas ribu rupiah"), (100_000, "seratus ribu rupiah"),
            (999_999, "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan rupiah"),
            (1_000_000, "satu juta rupiah"), (1_001_000, "satu juta seribu rupiah"),
            (1_250_500, "satu juta dua ratus lima puluh ribu lima ratus rupiah"),
            (1_000_000_000, "satu miliar rupiah"), (1_000_000_001, "satu miliar satu rupiah"),
            (50_000_000_000, "lima puluh miliar rupiah"), (1_000_000_000_000, "satu triliun rupiah"),
            (1_000_000_000_000_000, "satu kuadriliun rupiah"),
            (Int64.max, "sembilan kuintiliun dua ratus dua puluh tiga kuadriliun tiga ratus tujuh puluh dua triliun "
                + "tiga puluh enam miliar delapan ratus lima puluh empat juta tujuh ratus tujuh puluh lima ribu "
                + "delapan ratus tujuh rupiah"),
        ] as [(Int64, String)])
    func words(amount: Int64, words: String) {
        #expect(Terbilang.rupiah(Rupiah(amount)) == words)
    }

    @Test("a negative amount (a credit) starts with minus")
    func negative() {
        #expect(Terbilang.words(-1_500) == "minus seribu lima ratus")
    }
}
