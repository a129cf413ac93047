import Foundation
import RulesDSL

/// An approved WhatsApp template ready to send: its name and language in WhatsApp Manager and its
/// parameters' values for one customer (PLATFORMS.md §11.1).
public struct WhatsAppTemplateMessage: Sendable, Hashable {
    /// A body parameter: by position (`name` nil) or by name.
    public struct Parameter: Sendable, Hashable {
        public var name: String?
        public var text: String

        public init(name: String? = nil, text: String) {
            self.name = name
            self.text = text
        }
    }

    /// The template's name in WhatsApp Manager.
    public var name: String
    /// Its language code as the send API takes it (`es`, `en_US`).
    public var language: String
    public var parameters: [Parameter]
    public var header: String?
    public var quickReplies: [String]
    public var urlSuffix: String?

    public init(
        name: String, language: String, parameters: [Parameter] = [], header: String? = nil, quickReplies: [String] = [], urlSuffix: String? = nil
    ) {
        self.name = name
        self.language = language
        self.parameters = parameters
        self.header = header
        self.quickReplies = quickReplies
        self.urlSuffix = urlSuffix
    }

    /// The declared template with its `{{variables}}` filled in by `lookup`.
    init(_ declaration: WhatsAppTemplateDeclaration, lookup: (String) -> String?) {
        func render(_ text: StringLiteral) -> String { TemplateRenderer.render(text, lookup: lookup) }
        self.init(
            name: declaration.templateName.value,
            language: WhatsAppLanguageCode.normalized(declaration.language.value) ?? declaration.language.value,
            parameters: declaration.parameters.map { Parameter(name: $0.name?.name, text: render($0.value)) },
            header: declaration.header.map(render), quickReplies: declaration.quickReplies.map(render), urlSuffix: declaration.urlSuffix.map(render))
    }

    /// How dry-run and logs show it: `WhatsApp template cart_reminder (es) with "Ana", "Luna Studio"`.
    public var readable: String {
        let values = parameters.map { ($0.name.map { $0 + " = " } ?? "") + "\"\($0.text)\"" }
        return "WhatsApp template \(name) (\(language))" + (values.isEmpty ? "" : " with " + values.joined(separator: ", "))
    }
}

extension WhatsAppTemplateMessage {
    /// The message as compact JSON, as the outbox keeps it.
    public var json: String {
        var writer = JSONObjectWriter()
        writer.add("header", header)
        writer.add("language", language)
        writer.add("name", name)
        writer.addRaw("parameters", "[" + parameters.map { parameter in
            var object = JSONObjectWriter()
            object.add("name", parameter.name)
            object.add("text", parameter.text)
            return object.finish()
        }.joined(separator: ",") + "]")
        if !quickReplies.isEmpty { writer.addRaw("quick_replies", "[" + quickReplies.map(JSONObjectWriter.quoted).joined(separator: ",") + "]") }
        writer.add("url_suffix", urlSuffix)
        return writer.finish()
    }

    /// Reads what ``json`` wrote; nil for anything else.
    public init?(json: String) {
        guard let value = try? JSONValue.parse(Data(json.utf8)), let name = value["name"]?.string, let language = value["language"]?.string else { return nil }
        self.init(
            name: name, language: language,
            parameters: (value["parameters"]?.array ?? []).compactMap { item in
                item["text"]?.string.map { Parameter(name: item["name"]?.string, text: $0) }
            },
            header: value["header"]?.string, quickReplies: (value["quick_replies"]?.array ?? []).compactMap(\.string),
            urlSuffix: value["url_suffix"]?.string)
    }
}
