import EstateDomain
import EstateStore
import Foundation
import Testing

@testable import EstateMail

/// The message as it goes over SMTP (issue 17, item 4): a non-ASCII subject in encoded words of
/// at most 75 characters that decode back to it, whole characters in each; a line starting with a
/// dot doubled; the body in base64; the Message-ID the same on every attempt.
@Suite("e-mail messages")
struct MailMessageTests {
    static func decode(_ header: String) -> String {
        header.components(separatedBy: "\r\n ").map { word -> String in
            guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?=") else { return word }
            let base64 = String(word.dropFirst(10).dropLast(2))
            return String(decoding: Data(base64Encoded: base64) ?? Data(), as: UTF8.self)
        }.joined()
    }

    @Test("a long subject with non-ASCII text is folded into encoded words of at most 75 characters", arguments: [
        "Izin usaha 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀 berlaku sampai 31/01/2027",
        "Tagihan — INV/KAWASAN-1/2026/00001 lewat jatuh tempo", "é",
    ])
    func subject(text: String) {
        let encoded = MailMessage.encodedWord(text)
        let words = encoded.components(separatedBy: "\r\n ")
        #expect(words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") }, "\(words.map(\.count))")
        #expect(Self.decode(encoded) == text)
        #expect(MailMessage.encodedWord("Invoice INV/KAWASAN-1/2026/00001 issued") == "Invoice INV/KAWASAN-1/2026/00001 issued")
    }

    @Test("a line that starts with a dot gets another; the rest is unchanged")
    func dotStuffing() {
        let stuffed = MailMessage.dotStuffed(Array(".a\r\nb.\r\n..c\r\n".utf8))
        #expect(String(decoding: stuffed, as: UTF8.self) == "..a\r\nb.\r\n...c\r\n")
    }

    @Test("the rendered message: headers, a base64 body, the same Message-ID on every attempt")
    func rendered() throws {
        let draft = OutboxDraft(
            nib: try NIB(parsing: "9120983690060"), kind: .invoiceOverdue, key: "invoice_overdue:INV/KAWASAN-1/2026/00001",
            recipient: "keuangan@baja.example", language: .indonesian, subject: "Tagihan lewat jatuh tempo",
            body: "Kepada CV Baja Mandiri Sentosa,\n.\nSalam")
        let entry = OutboxEntry(
            id: 7, draft: draft, createdAt: 0, state: .sending, attempts: 1, nextAttemptAt: 0, claim: "c", lastError: nil,
            sentAt: nil)
        let first = String(decoding: MailMessage.render(entry, from: "pengingat@ikmlogam.example", date: Date()), as: UTF8.self)
        let second = String(decoding: MailMessage.render(entry, from: "pengingat@ikmlogam.example", date: Date()), as: UTF8.self)
        let id = { (text: String) in text.components(separatedBy: "\r\n").first { $0.hasPrefix("Message-ID:") } }
        #expect(id(first) != nil && id(first) == id(second))
        #expect(first.contains("To: keuangan@baja.example\r\n") && first.contains("Content-Transfer-Encoding: base64"))
        let body = first.components(separatedBy: "\r\n\r\n")[1].replacingOccurrences(of: "\r\n", with: "")
        #expect(String(decoding: Data(base64Encoded: body) ?? Data(), as: UTF8.self) == draft.body)
    }
}
