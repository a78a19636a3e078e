import Crypto
import EstateDomain
import Foundation
import _CryptoExtras

/// People's passwords for the dashboard (issue 17, item 2), kept only as scrypt hashes (RFC 7914,
/// swift-crypto's `KDF.Scrypt`, memory-hard: N = 2^15, r = 8, p = 1 takes 32 MiB per guess), in
/// the form `scrypt$15$8$1$SALT$KEY` (base64), so that the cost can be raised later and old hashes
/// still checked. A password is 10 to 128 characters and does not contain the sign-in name.
public enum PasswordHash {
    static let (logRounds, blockSize, parallelism, keyBytes) = (15, 8, 1, 32)

    /// The stored form of `password`, with a new random salt.
    public static func make(_ password: String) throws -> String {
        var salt = [UInt8](repeating: 0, count: 16)
        for index in salt.indices { salt[index] = UInt8.random(in: .min ... .max) }
        let key = try derive(password, salt: salt, logRounds: logRounds, blockSize: blockSize, parallelism: parallelism)
        return "scrypt$\(logRounds)$\(blockSize)$\(parallelism)$\(Data(salt).base64EncodedString())$\(Data(key).base64EncodedString())"
    }

    /// Whether `password` is the one `stored` was made from; false for a stored form this build
    /// cannot read. The keys are compared in constant time.
    public static func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$").map(String.init)
        guard parts.count == 6, parts[0] == "scrypt", let log = Int(parts[1]), (10...20).contains(log),
            let r = Int(parts[2]), (1...16).contains(r), let p = Int(parts[3]), (1...4).contains(p),
            let salt = Data(base64Encoded: parts[4]), let expected = Data(base64Encoded: parts[5]),
            let key = try? derive(password, salt: [UInt8](salt), logRounds: log, blockSize: r, parallelism: p)
        else { return false }
        return key.count == expected.count && zip(key, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// A hash of no one's password, checked when a sign-in name is unknown, so that an unknown
    /// name takes as long to refuse as a wrong password.
    public static let decoy: String = (try? make(UUID().uuidString + UUID().uuidString)) ?? ""

    /// The password, refused in words when it is too short, too long or contains the name.
    public static func checked(_ password: String, login: String) throws -> String {
        let length = password.count
        guard (10...128).contains(length) else {
            throw InputError(
                field: "password", value: "\(length) characters", problem: "is not 10 to 128 characters long",
                fix: "Choose a longer phrase, e.g. four unrelated words.", masalah: "panjangnya bukan 10 sampai 128 karakter",
                perbaikan: "Pilih kalimat yang lebih panjang, misalnya empat kata yang tidak berhubungan.")
        }
        guard !password.lowercased().contains(login.lowercased()) else {
            throw InputError(
                field: "password", value: "(not shown)", problem: "contains the sign-in name",
                fix: "Choose a password that does not contain \(login).", masalah: "memuat nama masuk",
                perbaikan: "Pilih kata sandi yang tidak memuat \(login).")
        }
        return password
    }

    /// A sign-in name: 3 to 64 of a–z, 0–9, `.`, `_`, `-`, written in lower case.
    public static func login(_ text: String) throws -> String {
        let login = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard (3...64).contains(login.count), login.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
        else {
            throw InputError(
                field: "login", value: text, problem: "is not a sign-in name",
                fix: "Use 3 to 64 letters, digits, dots, dashes or underscores, e.g. sari.keuangan.",
                masalah: "bukan nama masuk", perbaikan: "Gunakan 3 sampai 64 huruf, angka, titik, tanda hubung atau garis bawah, mis. sari.keuangan.")
        }
        return login
    }

    static func derive(_ password: String, salt: [UInt8], logRounds: Int, blockSize: Int, parallelism: Int) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(
            from: Array(password.utf8), salt: salt, outputByteCount: keyBytes, rounds: 1 << logRounds,
            blockSize: blockSize, parallelism: parallelism)
        return key.withUnsafeBytes { Array($0) }
    }
}
