// swift-format-ignore-file
/// placeholder
enum EmbeddedOpenAPI {
    static let json = "{}"
    static let yaml = ""
}
