import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The console's responses: pages with the headers that keep them private and unframed, redirects, and
/// reading a posted form.
enum ConsoleResponses {
    /// Only what rulesd serves itself runs in the page; no framing; forms post only to rulesd.
    static let contentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"

    static func page(_ html: String, status: HTTPResponse.Status = .ok, cookies: [Cookie] = []) -> Response {
        var headers = privateHeaders()
        headers[.contentType] = "text/html; charset=utf-8"
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie.description)) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    static func redirect(_ location: String, cookies: [Cookie] = []) -> Response {
        var headers = privateHeaders()
        headers[.location] = location
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie.description)) }
        return Response(status: .seeOther, headers: headers)
    }

    /// 403 for a POST without its CSRF token (or with another session's).
    static func forbidden() -> Response {
        page("<!doctype html><title>Refused</title><p>This form is out of date or did not come from the console. Go back, reload the page and try again.</p>", status: .forbidden)
    }

    static func asset(_ text: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "public, max-age=3600"
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private static func privateHeaders() -> HTTPFields {
        var headers = HTTPFields()
        headers[.cacheControl] = "no-store"
        headers[HTTPField.Name("Content-Security-Policy")!] = contentSecurityPolicy
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        return headers
    }

    /// A posted `application/x-www-form-urlencoded` body, decoded (64 KiB at most: pasted rules fit).
    static func form<T: Decodable>(_ request: Request, as type: T.Type) async throws -> T {
        let buffer = try await request.body.collect(upTo: 1 << 16)
        return try URLEncodedFormDecoder().decode(type, from: String(buffer: buffer))
    }
}

/// A form that carries only its CSRF token (sign out, resume).
struct TokenForm: Decodable, Sendable { var csrf: String? }
/// Add or remove a tag.
struct TagForm: Decodable, Sendable { var csrf: String?; var tag: String? }
/// Pause automatic replies: `1h`, `1d`, `7d` or `forever`.
struct PauseForm: Decodable, Sendable { var csrf: String?; var `for`: String? }
/// A reply typed by hand.
struct ReplyForm: Decodable, Sendable { var csrf: String?; var text: String? }
/// The login form.
struct LoginForm: Decodable, Sendable { var csrf: String?; var password: String?; var shop: String? }
/// The tags that need attention, comma-separated.
struct AttentionForm: Decodable, Sendable { var csrf: String?; var tags: String? }

/// The console's query strings.
extension Request {
    func queryValue(_ name: String) -> String? {
        uri.queryParameters.get(name).flatMap { $0.isEmpty ? nil : $0 }
    }
}
