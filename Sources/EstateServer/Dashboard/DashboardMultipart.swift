import Foundation
import Hummingbird
import MultipartKit

/// A `multipart/form-data` form (the dashboard's document upload, the one form that carries a
/// file), read with MultipartKit's parser: its text fields, and the bytes of its one file field.
struct MultipartForm {
    var fields: [String: String] = [:]
    var file: [UInt8] = []

    /// Reads the whole body, up to `limit` bytes (413 past it), and its parts. A body that is
    /// no multipart form, or a text field that is not UTF-8, is refused in words.
    static func read(
        _ request: Request, _ context: EstateRequestContext, api: APISupport, fileField: String, limit: Int
    ) async throws -> MultipartForm {
        let type = request.headers[.contentType] ?? ""
        guard type.lowercased().hasPrefix("multipart/form-data"), let boundary = boundary(of: type) else {
            throw unreadable
        }
        let body = try await api.bytes(request, context, limit: limit)
        var parts: [MultipartPart] = []
        var headers = HTTPHeaders()
        var partBody = ByteBuffer()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers.add(name: name, value: value) }
        parser.onBody = { chunk in partBody.writeBuffer(&chunk) }
        parser.onPartComplete = {
            parts.append(MultipartPart(headers: headers, body: partBody))
            headers = HTTPHeaders()
            partBody = ByteBuffer()
        }
        do { try parser.execute(body) } catch { throw unreadable }
        var form = MultipartForm()
        for part in parts {
            guard let name = part.name else { continue }
            if name == fileField {
                form.file = Array(part.body.readableBytesView)
            } else {
                guard let text = String(validating: part.body.readableBytesView, as: UTF8.self) else {
                    throw Problem(
                        .invalidField, "\(name) berisi teks yang bukan UTF-8; ketik ulang nilainya.",
                        "\(name) holds text that is not UTF-8; type the value again.", field: name)
                }
                form.fields[name] = text
            }
        }
        return form
    }

    /// The `boundary` parameter of a multipart Content-Type (quoted or not).
    static func boundary(of type: String) -> String? {
        for parameter in type.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return value.isEmpty || value.count > 70 ? nil : value
        }
        return nil
    }

    static let unreadable = Problem(.badRequest, "Formulir tidak dapat dibaca.", "The form cannot be read.")
}
