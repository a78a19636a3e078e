import EstateStore
import Foundation

/// An outbox entry as an Internet message (RFC 5322, MIME): UTF-8 text, the body in base64 so
/// that no line is too long or 8-bit for any relay, the subject as an RFC 2047 encoded word
/// when it is not ASCII, and a Message-ID made from the entry's key, the same on every attempt.
enum MailMessage {
    static func render(_ entry: OutboxEntry, from: String, date: Date) -> [UInt8] {
        let draft = entry.draft
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Jakarta")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let keyDigest = AccessTokens.digest(draft.key).prefix(24)
        let headers = [
            "From: \(from)", "To: \(draft.recipient)", "Subject: \(encodedWord(draft.subject))",
            "Date: \(formatter.string(from: date))",
            "Message-ID: <outbox-\(entry.id).\(keyDigest)@\(from.split(separator: "@").last ?? "localhost")>",
            "Content-Language: \(draft.language.rawValue)", "Auto-Submitted: auto-generated", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64",
        ]
        let body = Data(draft.body.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return Array((headers.joined(separator: "\r\n") + "\r\n\r\n" + body + "\r\n").utf8)
    }

    /// ASCII text as it is; anything else as `=?UTF-8?B?…?=` words of at most 75 characters
    /// (RFC 2047 §2), each holding whole characters, folded onto lines of their own.
    static func encodedWord(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        guard !plain else { return text }
        var words: [String] = []
        var chunk = ""
        for character in text {
            // 45 bytes of UTF-8 are 60 of base64: with `=?UTF-8?B?` and `?=`, 72 characters.
            if chunk.utf8.count + String(character).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    /// The message as SMTP's DATA carries it: a line starting with a dot gets another (RFC 5321 §4.5.2).
    static func dotStuffed(_ message: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(message.count + 16)
        var atLineStart = true
        for byte in message {
            if atLineStart && byte == UInt8(ascii: ".") { out.append(byte) }
            out.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
        return out
    }
}
