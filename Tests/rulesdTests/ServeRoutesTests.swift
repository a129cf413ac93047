import Connectors
import Engine
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import RulesDSL
import Testing

@testable import rulesd

/// The serve routes through Hummingbird's router test framework, with the pipeline driven by hand and a
/// scripted transport in place of the Graph API.
@Suite struct ServeRoutesTests {
    static let fixtures = RulesdProcess.repositoryRoot.appendingPathComponent("Tests/ConnectorsTests/Fixtures/webhooks")

    /// Shortly after the fixtures' messages were sent, so their 24-hour window is open.
    static let fixtureTime: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_760_002_500) }

    struct Setup {
        var configuration: ServerConfiguration
        var transport: ScriptedTransport
    }

    func makeSetup(rules: String = "rule \"price\" when message contains any \"how much\", \"talle\" then reply \"See the catalog, {{contact.name or \\\"friend\\\"}}\" end") throws -> (Setup, RuleProgram) {
        var configuration = ServerConfiguration(environment: [
            "INSTAGRAM_APP_SECRET": "ig-secret", "WHATSAPP_APP_SECRET": "wa-secret", "INSTAGRAM_VERIFY_TOKEN": "verify-me",
            "INSTAGRAM_ACCESS_TOKEN": "ig-token", "WHATSAPP_ACCESS_TOKEN": "wa-token", "WHATSAPP_PHONE_NUMBER_ID": "106540352200001",
            "GRAPH_API_BASE": "http://127.0.0.1:9",
        ])
        configuration.databasePath = try RulesdProcess.temporaryDirectory().appendingPathComponent("db.sqlite").path
        let result = FrontEnd.check([SourceFile(name: "r.rules", text: rules)])
        let program = RuleProgram(try #require(result.ruleSet), scorer: LexiconSentimentScorer())
        let transport = ScriptedTransport([.success(HTTPResult(status: 200, body: Data(#"{"message_id":"m_out","messages":[{"id":"wamid.OUT"}]}"#.utf8)))])
        return (Setup(configuration: configuration, transport: transport), program)
    }

    /// Runs the pipeline until nothing is pending or due (the service may be running it too).
    func settle(_ context: ServeContext) async throws {
        for _ in 0..<100 {
            await context.pipeline.cycle()
            if try await context.store.pending(limit: 1).isEmpty, try await context.store.outboxBacklog() == 0 { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the pipeline did not settle")
    }

    /// A webhook fixture and the signature header Meta would send with it.
    func signed(_ name: String, secret: String) throws -> (ByteBuffer, HTTPFields) {
        Self.signed(body: try Data(contentsOf: Self.fixtures.appendingPathComponent(name)), secret: secret)
    }

    /// Any body and the signature header Meta would send with it.
    static func signed(body: Data, secret: String) -> (ByteBuffer, HTTPFields) {
        var headers = HTTPFields()
        headers[HTTPField.Name("X-Hub-Signature-256")!] = WebhookSignature.sign(body: body, secret: secret)
        return (ByteBuffer(bytes: body), headers)
    }

    @Test func signedBodiesAreStoredAndAnsweredAndTheReplyGoesOut() async throws {
        let (setup, program) = try makeSetup()
        let (app, context) = try await buildApplication(configuration: setup.configuration, program: program, transport: setup.transport, logger: Logger(label: "test"), clock: Self.fixtureTime)
        try await app.test(.router) { client in
            let (body, headers) = try signed("ig_text.json", secret: "ig-secret")
            try await client.execute(uri: "/webhooks/instagram", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
            }
            let (waBody, waHeaders) = try signed("wa_text.json", secret: "wa-secret")
            try await client.execute(uri: "/webhooks", method: .post, headers: waHeaders, body: waBody) { response in
                #expect(response.status == .ok, "the combined route accepts either secret")
            }
        }
        #expect(try await context.store.journalCount() == 2)
        try await settle(context)
        let requests = await setup.transport.requests
        // The Instagram contact's profile lookup, then the two replies.
        #expect(requests.count == 3)
        #expect(requests.contains { $0.url == "http://127.0.0.1:9/v21.0/6123456789012345?fields=name,username" })
        #expect(requests.contains { $0.url == "http://127.0.0.1:9/v21.0/me/messages" && ($0.jsonBody?["recipient"] as? [String: String]) == ["id": "6123456789012345"] })
        let whatsapp = try #require(requests.first { $0.url.hasSuffix("/106540352200001/messages") })
        #expect((whatsapp.jsonBody?["text"] as? [String: Any])?["body"] as? String == "See the catalog, Lucía Gómez")
    }

    @Test func badSignaturesGet401AndNothingIsStored() async throws {
        let (setup, program) = try makeSetup()
        let (app, context) = try await buildApplication(configuration: setup.configuration, program: program, transport: setup.transport, logger: Logger(label: "test"), clock: Self.fixtureTime)
        try await app.test(.router) { client in
            let (body, headers) = try signed("ig_text.json", secret: "wrong")
            try await client.execute(uri: "/webhooks/instagram", method: .post, headers: headers, body: body) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/webhooks/instagram", method: .post, body: body) { #expect($0.status == .unauthorized) }
            let (waBody, waHeaders) = try signed("wa_text.json", secret: "wa-secret")
            try await client.execute(uri: "/webhooks/instagram", method: .post, headers: waHeaders, body: waBody) {
                #expect($0.status == .unauthorized, "each channel's route takes its own secret")
            }
        }
        #expect(try await context.store.journalCount() == 0)
        #expect(try await context.store.rawBodies().isEmpty)
    }

    @Test func duplicatesOversizeAndUnparsableBodies() async throws {
        let (setup, program) = try makeSetup()
        let (app, context) = try await buildApplication(configuration: setup.configuration, program: program, transport: setup.transport, logger: Logger(label: "test"), clock: Self.fixtureTime)
        try await app.test(.router) { client in
            let (body, headers) = try signed("ig_text.json", secret: "ig-secret")
            for _ in 0..<3 {
                try await client.execute(uri: "/webhooks/instagram", method: .post, headers: headers, body: body) { #expect($0.status == .ok) }
            }
            let (big, bigHeaders) = Self.signed(body: Data(repeating: UInt8(ascii: " "), count: (1 << 20) + 1), secret: "ig-secret")
            try await client.execute(uri: "/webhooks/instagram", method: .post, headers: bigHeaders, body: big) {
                #expect($0.status == .contentTooLarge)
            }
            let (garbage, garbageHeaders) = Self.signed(body: Data("{not json".utf8), secret: "ig-secret")
            try await client.execute(uri: "/webhooks/instagram", method: .post, headers: garbageHeaders, body: garbage) {
                #expect($0.status == .ok, "a signed body is acknowledged even when it cannot be read")
            }
        }
        #expect(try await context.store.journalCount() == 1)
        #expect(try await context.store.rawBodies().map(\.body) == [Data("{not json".utf8)])
        try await settle(context)
        let replies = await setup.transport.requests.filter { $0.method == "POST" }
        #expect(replies.count == 1, "three deliveries, one reply")
    }

    @Test func verificationHandshakeAndHealth() async throws {
        let (setup, program) = try makeSetup()
        let (app, _) = try await buildApplication(configuration: setup.configuration, program: program, transport: setup.transport, logger: Logger(label: "test"), clock: Self.fixtureTime)
        try await app.test(.router) { client in
            try await client.execute(uri: "/webhooks/instagram?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "1158201444")
            }
            try await client.execute(uri: "/webhooks/instagram?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1", method: .get) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=&hub.challenge=1", method: .get) {
                #expect($0.status == .forbidden, "an empty configured token never matches")
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                #expect(json["store"] as? String == "ok")
                #expect((json["rules"] as? [String: Any])?["rules"] as? Int == 1)
                #expect(json["dry_mode"] as? Bool == false)
            }
        }
    }

    @Test func metricsCountWhatHappened() async throws {
        let (setup, program) = try makeSetup()
        let (app, context) = try await buildApplication(configuration: setup.configuration, program: program, transport: setup.transport, logger: Logger(label: "test"), clock: Self.fixtureTime)
        try await app.test(.router) { client in
            let (body, headers) = try signed("ig_text.json", secret: "ig-secret")
            for _ in 0..<3 {
                try await client.execute(uri: "/webhooks/instagram", method: .post, headers: headers, body: body) { #expect($0.status == .ok) }
            }
            let (forged, forgedHeaders) = try signed("ig_text.json", secret: "wrong")
            try await client.execute(uri: "/webhooks/instagram", method: .post, headers: forgedHeaders, body: forged) { #expect($0.status == .unauthorized) }
            let (garbage, garbageHeaders) = Self.signed(body: Data("[1, 2".utf8), secret: "ig-secret")
            try await client.execute(uri: "/webhooks/instagram", method: .post, headers: garbageHeaders, body: garbage) { #expect($0.status == .ok) }
            try await settle(context)
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                let samples = Self.samples(String(buffer: response.body))
                #expect(samples["rulesd_messages_received_total"] == 1)
                #expect(samples["rulesd_duplicate_deliveries_total"] == 2)
                #expect(samples["rulesd_bad_signatures_total"] == 1)
                #expect(samples["rulesd_parse_failures_total"] == 1)
                #expect(samples[#"rulesd_rule_fires_total{rule="price"}"#] == 1)
                #expect(samples[#"rulesd_actions_total{kind="reply",outcome="sent"}"#] == 1)
                #expect(samples["rulesd_outbox_depth"] == 0)
                #expect(samples["rulesd_evaluation_duration_seconds_count"] == 1)
                #expect(samples["rulesd_send_duration_seconds_count"] == 1)
            }
        }
    }

    @Test func unknownObjectsInvalidUTF8AndMalformedItems() async throws {
        let (setup, program) = try makeSetup()
        let (app, context) = try await buildApplication(configuration: setup.configuration, program: program, transport: setup.transport, logger: Logger(label: "test"), clock: Self.fixtureTime)
        let unknown = Data(#"{"object":"page","entry":[]}"#.utf8)
        let invalidUTF8 = Data(#"{"object":"instagram","entry":[{"id":"1","messaging":[{"message":{"text":""#.utf8) + Data([0xC3, 0x28]) + Data(#""}}]}]}"#.utf8)
        try await app.test(.router) { client in
            for body in [unknown, invalidUTF8] {
                let (buffer, headers) = Self.signed(body: body, secret: "ig-secret")
                try await client.execute(uri: "/webhooks/instagram", method: .post, headers: headers, body: buffer) { #expect($0.status == .ok) }
            }
            let (malformed, headers) = try signed("ig_malformed.json", secret: "ig-secret")
            try await client.execute(uri: "/webhooks/instagram", method: .post, headers: headers, body: malformed) { #expect($0.status == .ok) }
        }
        let raw = try await context.store.rawBodies()
        #expect(raw.map(\.body) == [unknown, invalidUTF8], "signed bodies that cannot be read are kept raw")
        #expect(raw.first?.reason.contains("unknown webhook object 'page'") == true)
        #expect(raw.last?.reason.contains("UTF-8") == true, "\(raw.last?.reason ?? "")")
        #expect(try await context.store.journalCount() == 1, "the batch's one valid item is stored, the malformed ones skipped")
    }

    /// Prometheus text exposition → sample name with labels → value.
    static func samples(_ text: String) -> [String: Double] {
        var samples: [String: Double] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { continue }
            samples[String(line[..<space])] = value
        }
        return samples
    }

    @Test func theProfileLookupWaitsAsLongAsTheEnvironmentSays() {
        #expect(ServerConfiguration(environment: [:]).profileTimeout == .seconds(1))
        #expect(ServerConfiguration(environment: ["RULESD_PROFILE_TIMEOUT": "2.5"]).profileTimeout == .milliseconds(2500))
        #expect(ServerConfiguration(environment: ["RULESD_PROFILE_TIMEOUT": "soon"]).profileTimeout == .seconds(1), "unreadable: the default")
        #expect(ServerConfiguration(environment: ["RULESD_PROFILE_TIMEOUT": "600"]).profileTimeout == .seconds(1), "over a minute: the default")
    }
}
