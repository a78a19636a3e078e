import EstateDomain
import EstateOperations
import EstateReports
import EstateStore
import Foundation
import Hummingbird

/// The pieces every handler uses: the estate as stored, the date and paging asked for, JSON in
/// and out.
struct APISupport: Sendable {
    /// The store as the server opened it: its default estate's view.
    let baseStore: any EstateServerStore
    let configuration: EstateServerConfiguration
    /// The default estate's use cases.
    private let baseOperations: EstateOperations
    /// The named estates' views, kept between requests.
    let estates = RequestEstates()
    /// The server's keys (CSRF), and the failed sign-ins by address.
    let keys = ServerKeys()
    let throttle = SignInThrottle()
    /// Uploaded files are read and checked one at a time (`receivingUpload`).
    let uploads = SerialGate()

    init(store: any EstateServerStore, configuration: EstateServerConfiguration) {
        baseStore = store
        self.configuration = configuration
        baseOperations = EstateOperations(store: store)
    }

    /// The store, scoped to the estate the request names (`RequestEstate`), else the default one.
    var store: any EstateServerStore { RequestEstate.current?.store ?? baseStore }

    /// The use cases, over `store`.
    var operations: EstateOperations { RequestEstate.current?.operations ?? baseOperations }

    /// The estate in the store; 404 while it holds none. When the stored data breaks an
    /// invariant on the date the read still answers, and the request's `StoredDataNotice`
    /// carries the problems (the `Estate-Problems` header, the dashboard's banner).
    func estate(asOf date: CivilDate) async throws -> Estate {
        noting(try await operations.reading(asOf: date))
    }

    /// A reading's estate, its problems noted on the request's `StoredDataNotice`.
    func noting(_ reading: EstateReading) -> Estate {
        if !reading.problems.isEmpty { StoredDataNotice.current?.record(reading.problems) }
        return reading.estate
    }

    /// `?as_of=YYYY-MM-DD`, else today in Bekasi.
    func date(_ request: Request, parameter: String = "as_of") throws -> CivilDate {
        guard let text = request.uri.queryParameters.get(parameter) else { return .todayInBekasi }
        do {
            return try CivilDate(parsing: text, field: parameter)
        } catch let error as InputError {
            throw Problem(input: error)
        }
    }

    /// An integer query parameter within bounds, or its default.
    func integer(_ request: Request, _ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = request.uri.queryParameters.get(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw Problem(
                .invalidField, "\(name): \"\(text)\" harus bilangan bulat \(range.lowerBound)–\(range.upperBound).",
                "\(name): \"\(text)\" must be a whole number from \(range.lowerBound) to \(range.upperBound).",
                field: name)
        }
        return number
    }

    /// A true/false query parameter; nil when absent. Anything but `true` or `false` is refused,
    /// so that `?dry_run=1` never writes by being read as false.
    func flag(_ request: Request, _ name: String) throws -> Bool? {
        guard let text = request.uri.queryParameters.get(name) else { return nil }
        guard let value = Bool(text) else {
            throw Problem(
                .invalidField, "\(name): \"\(text)\" harus true atau false.",
                "\(name): \"\(text)\" must be true or false.", field: name)
        }
        return value
    }

    /// One page of a list: `?limit=` (1–500, default 100) and `?offset=`.
    func page<T: Encodable>(_ items: [T], _ request: Request) throws -> Page<T> {
        try page(items, request) { $0 }
    }

    /// One page of `items`, each shown as `view` makes it: only the page's items are viewed, so a
    /// list of thousands builds a hundred views, not thousands.
    func page<T, V: Encodable>(_ items: [T], _ request: Request, _ view: (T) -> V) throws -> Page<V> {
        let limit = try integer(request, "limit", default: 100, in: 1...500)
        let offset = try integer(request, "offset", default: 0, in: 0...Int(Int32.max))
        let slice = offset < items.count ? items[offset..<min(items.count, offset + limit)] : []
        return Page(items: slice.map(view), total: items.count, limit: limit, offset: offset)
    }

    /// The idempotency key `sent` (the API's header or the dashboard's form field `field`) for a
    /// commit to this request's estate: 1 to 200 characters, else a 422 naming `field`; scoped to
    /// the caller's token, and standing for `request` in this estate (plot codes repeat across
    /// estates, so the same body sent to two estates is two requests).
    func idempotencyKey(_ sent: String, field: String, request: String, caller: Caller) throws -> IdempotencyKey {
        guard (1...200).contains(sent.count) else {
            throw Problem(
                .invalidField, "\(field) harus 1–200 karakter.", "\(field) must be 1 to 200 characters, e.g. a UUID.",
                field: field)
        }
        return IdempotencyKey(key: sent, request: "estate \(store.estateID)\n" + request, token: caller.tokenID)
    }

    /// The most a JSON body of a record's write may hold (issue 17's security review): every such
    /// body is a few hundred bytes, so 64 KiB refuses a flood early, apart from the CSV uploads'
    /// limit (`context.maxUploadSize`).
    static let jsonBodyLimit = 64 * 1024

    /// Decodes a JSON body of at most `jsonBodyLimit` bytes; a malformed body or a missing or
    /// mistyped field is a 400/422 naming it.
    func body<T: JSONBody>(_ type: T.Type, _ request: Request, _ context: EstateRequestContext) async throws -> T {
        try decode(type, try await bytes(request, context, limit: Self.jsonBodyLimit), request)
    }

    /// Decodes a JSON body as `body` does, refusing (422) a key outside `T.fields` first: for a
    /// body that replaces a whole record or records a new one, where a misspelt key would leave
    /// out, without a word, the field it meant.
    func strictBody<T: JSONBody>(_ type: T.Type, _ request: Request, _ context: EstateRequestContext) async throws -> T {
        let bytes = try await bytes(request, context, limit: Self.jsonBodyLimit)
        if let key = JSONBodyFields.unknownKeys(in: Data(bytes.readableBytesView), among: T.fields).first {
            let known = T.fields.sorted().joined(separator: ", ")
            throw Problem(
                .invalidField, "\(key): bukan kunci yang dikenal; gunakan \(known).", "\(key): is not a known key; use \(known).",
                field: key)
        }
        return try decode(type, bytes, request)
    }

    /// The whole body, up to `limit` (at most, and by default, `context.maxUploadSize`). A
    /// declared `Content-Length` over it is refused (413) before anything is read, and so is a
    /// body that turns out larger while read.
    func bytes(_ request: Request, _ context: EstateRequestContext, limit: Int? = nil) async throws -> ByteBuffer {
        let limit = min(limit ?? context.maxUploadSize, context.maxUploadSize)
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw Problem.bodyTooLarge(limit: limit)
        }
        do {
            return try await request.body.collect(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw Problem.bodyTooLarge(limit: limit)
        }
    }

    /// Decodes a JSON body already read (a route that also keeps the bytes, e.g. to fingerprint
    /// an idempotent request).
    func decode<T: JSONBody>(_ type: T.Type, _ buffer: ByteBuffer, _ request: Request) throws -> T {
        let contentType = request.headers[.contentType] ?? ""
        // An empty body stands for {} (the routes whose fields are all optional).
        guard buffer.readableBytes == 0 || contentType.lowercased().hasPrefix("application/json") else {
            throw Problem(
                .unsupportedMediaType, "Kirim isi JSON dengan Content-Type: application/json.",
                "Send a JSON body with Content-Type: application/json (got \"\(contentType)\").")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let data = buffer.readableBytes == 0 ? Data("{}".utf8) : Data(buffer.readableBytesView)
        if let key = JSONBodyFields.nullKeys(in: data, among: T.fields).first {
            throw Problem(
                .invalidField, "\(key): null bukan nilai; isi nilainya, atau hapus kuncinya bila boleh kosong.",
                "\(key): null is not a value; give one, or leave the key out where it may be omitted.",
                field: key)
        }
        do {
            return try decoder.decode(T.self, from: data)
        } catch let error as InputError {
            throw Problem(input: error)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
                let (key, value) = JSONBodyFields.unreadableNumber(
                    in: data,
                    failsAsUnreadable: { Self.failsUnreadable(decoder, T.self, $0) })
            {
                // Only an area (`area_m2`, `min_area_m2`, …) takes a decimal; say so only there.
                let isArea = key.contains("area")
                throw Problem(
                    .invalidField,
                    "\(key): \(value) bukan angka yang dapat diterima; "
                        + (isArea ? "tulis luas dalam batasnya, boleh desimal (mis. 1250.5)." : "tulis bilangan bulat dalam batasnya."),
                    "\(key): \(value) is not a number this field takes; "
                        + (isArea ? "write an area within its range, a decimal if need be (e.g. 1250.5)." : "write a whole number within its range."),
                    field: key)
            }
            throw Problem(decoding: error)
        }
    }

    /// Whether decoding `data` fails the way a body that is not JSON does (naming no field).
    private static func failsUnreadable<T: Decodable>(_ decoder: JSONDecoder, _ type: T.Type, _ data: Data) -> Bool {
        do {
            _ = try decoder.decode(T.self, from: data)
            return false
        } catch DecodingError.dataCorrupted(let context) {
            return context.codingPath.isEmpty
        } catch {
            return false
        }
    }

    /// A JSON response in the encoding every report uses.
    func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        Self.text(try JSONOutput.encode(value), type: "application/json", status: status)
    }

    static func text(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Runs domain code, turning its input errors into problems naming the field.
    func domain<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as InputError {
            throw Problem(input: error)
        }
    }

    /// The same for a use case that awaits.
    func domain<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as InputError {
            throw Problem(input: error)
        }
    }
}

/// One page of a list.
struct Page<Item: Encodable>: Encodable {
    let items: [Item]
    let total: Int
    let limit: Int
    let offset: Int
}

extension Problem {
    /// A body that is not the JSON expected, naming the field where it went wrong.
    init(decoding error: DecodingError) {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map(String.init) ?? InputError.snakeCased($0.stringValue) }.joined(
                separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let field = (path(context).isEmpty ? "" : path(context) + ".") + InputError.snakeCased(key.stringValue)
            self.init(
                .invalidField, "\(field) wajib diisi.", "\(field) is required; add it to the body.", field: field)
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let field = path(context)
            var kind = Self.jsonKind(type)
            if case .valueNotFound = error { kind = (kind.id + ", bukan null", kind.en + ", not null") }
            if field.isEmpty {
                self.init(
                    .invalidField, "Isi permintaan harus berupa \(kind.id).", "The body must be \(kind.en).")
            } else {
                self.init(
                    .invalidField, "\(field) harus berupa \(kind.id).", "\(field) must be \(kind.en).", field: field)
            }
        case .dataCorrupted(let context):
            let field = path(context)
            self.init(
                field.isEmpty ? .badRequest : .invalidField,
                "Isi permintaan bukan JSON yang sah\(field.isEmpty ? "" : " pada \(field)").",
                // The decoder's own text stays out: it is not written for the caller (issue 17).
                "The body is not valid JSON\(field.isEmpty ? "" : " at \(field)"); check its quotes, commas and brackets.",
                field: field.isEmpty ? nil : field)
        @unknown default:
            self.init(.badRequest, "Isi permintaan tidak dapat dibaca.", "The body cannot be read.")
        }
    }

    /// What JSON a Swift type the body decodes into expects, in words a caller knows (never
    /// the Swift name, e.g. `Array<Any>`).
    static func jsonKind(_ type: Any.Type) -> (id: String, en: String) {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return ("daftar JSON, mis. [\"25111\"]", "a JSON array, e.g. [\"25111\"]") }
        if name.hasPrefix("Dictionary") { return ("objek JSON {…}", "a JSON object {…}") }
        if name == "String" { return ("teks JSON dalam tanda kutip", "a JSON string in quotes") }
        if name == "Bool" { return ("true atau false", "true or false") }
        if name.hasPrefix("Int") || name.hasPrefix("UInt") { return ("bilangan bulat", "a whole number") }
        return ("angka", "a number")
    }
}
