import Engine
import Foundation

/// Delivers `forward to` actions to a seller's CRM endpoint: a JSON POST, signed per Standard Webhooks
/// when the endpoint has a secret, with a 15-second timeout.
public struct CRMClient: Sendable {
    public let transport: any HTTPTransport
    public var timeout: Duration = .seconds(15)

    public init(transport: any HTTPTransport) {
        self.transport = transport
    }

    /// Posts one delivery.
    /// - Parameters:
    ///   - payload: what to send.
    ///   - url: the endpoint.
    ///   - secret: the endpoint's secret (from its `secret env` variable), if it has one.
    ///   - idempotencyKey: the same on every retry of this delivery; sent as `webhook-id`.
    ///   - now: the time of this attempt, for `webhook-timestamp`.
    public func deliver(_ payload: CRMPayload, to url: String, secret: String?, idempotencyKey: String, now: Date) async -> Result<Void, DeliveryFailure> {
        let body: Data
        do { body = try payload.encoded() } catch {
            return .failure(.permanent("the message could not be encoded: \(error)"))
        }
        var headers = ["Content-Type": "application/json", "User-Agent": "rulesd"]
        if let secret, !secret.isEmpty {
            headers.merge(StandardWebhookSigner.headers(id: idempotencyKey, timestamp: now, body: body, secret: secret)) { $1 }
        } else {
            headers["webhook-id"] = idempotencyKey
            headers["webhook-timestamp"] = String(Int64(now.timeIntervalSince1970))
        }
        let request = OutboundRequest(method: "POST", url: url, headers: headers, body: body)
        do {
            let result = try await transport.execute(request, timeout: timeout)
            guard (200..<300).contains(result.status) else {
                return .failure(FailureClassifier.crm(status: result.status, retryAfter: result.headers["retry-after"], now: now))
            }
            return .success(())
        } catch {
            return .failure(FailureClassifier.transport(error.description))
        }
    }
}
