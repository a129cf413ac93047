import Connectors
import Engine
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import RulesDSL
import Testing

@testable import rulesd

/// A follow-up through `serve` (the application in process, its clock moved by hand): a webhook schedules
/// it, the pipeline fires it when the clock says it is due, once, and its reply goes out.
@Suite struct ServeFollowUpTests {
    @Test func aWebhookSchedulesAFollowUpThatFiresWhenTheClockSaysSo() async throws {
        let fault = ServeFaultTests()
        let directory = try RulesdProcess.temporaryDirectory()
        let program = try fault.program("""
            followup "Nudge" after 2h when not tagged "ordered" then reply "Still thinking about it?" end
            rule "Price" when message contains "price" then
              reply "See the catalog"
              follow up "Nudge"
            end
            """, in: directory)
        let start = Date().addingTimeInterval(-60)
        let clock = TestClock(start)
        let sent = #"{"recipient_id":"6123","message_id":"m_out"}"#
        let transport = ScriptedTransport([.success(HTTPResult(status: 200, body: Data(sent.utf8)))])
        let (app, context) = try await buildApplication(
            configuration: fault.configuration(directory), program: program, transport: transport, logger: Logger(label: "t"), clock: { clock.now })
        @Sendable func texts() async -> [String] {
            await transport.requests.compactMap { ($0.jsonBody?["message"] as? [String: Any])?["text"] as? String }
        }
        try await app.test(.router) { client in
            let (body, headers) = fault.signed(ServeProcess.instagramBody(mid: "m_price", from: "6123", text: "what's the price?", at: start))
            try await client.execute(uri: "/webhooks/instagram", method: .post, headers: headers, body: body) { #expect($0.status == .ok) }
            // The pipeline runs on its own; it is asked to go round, and its work is waited for, not timed.
            #expect(await eventually { await context.pipeline.cycle(); return await texts() == ["See the catalog"] })
            try await client.execute(uri: "/healthz", method: .get) { response in
                let health = try fault.json(response)
                #expect(health["followups_pending"] as? Int == 1)
            }
            clock.advance(2 * 3600 + 1)
            #expect(await eventually { await context.pipeline.cycle(); return await texts().count == 2 })
            await context.pipeline.cycle()
            #expect(await texts() == ["See the catalog", "Still thinking about it?"], "the nudge, once")
            try await client.execute(uri: "/healthz", method: .get) { response in
                let health = try fault.json(response)
                #expect(health["followups_pending"] as? Int == 0 && health["followups_overdue"] as? Int == 0)
            }
            try await client.execute(uri: "/metrics", method: .get) { response in
                let metrics = ServeRoutesTests.samples(String(buffer: response.body))
                #expect(metrics["rulesd_followups_scheduled_total"] == 1)
                #expect(metrics[#"rulesd_followups_due_total{outcome="fired"}"#] == 1)
                #expect(metrics[#"rulesd_followups{status="fired"}"#] == 1 && metrics[#"rulesd_followups{status="pending"}"#] == 0)
            }
        }
    }
}

/// A burst through `serve` (in process, its clock moved by hand): three texts in quick succession get one
/// evaluation and one reply once the customer has gone quiet.
@Suite struct ServeBurstTests {
    @Test func threeFragmentsThroughTheWebhookGetOneReply() async throws {
        let fault = ServeFaultTests()
        let directory = try RulesdProcess.temporaryDirectory()
        let program = try fault.program("""
            option debounce = 8s
            rule "Price" when message contains "price" and message contains "dress" then reply "The linen dress is 49 €" end
            """, in: directory)
        let start = Date().addingTimeInterval(-60)
        let clock = TestClock(start)
        let sent = #"{"recipient_id":"6123","message_id":"m_out"}"#
        let transport = ScriptedTransport([.success(HTTPResult(status: 200, body: Data(sent.utf8)))])
        let (app, context) = try await buildApplication(
            configuration: fault.configuration(directory), program: program, transport: transport, logger: Logger(label: "t"), clock: { clock.now })
        @Sendable func texts() async -> [String] {
            await transport.requests.compactMap { ($0.jsonBody?["message"] as? [String: Any])?["text"] as? String }
        }
        try await app.test(.router) { client in
            for (index, text) in ["hi", "the linen dress", "what's the price?"].enumerated() {
                let at = start.addingTimeInterval(Double(index) * 2)
                let (body, headers) = fault.signed(ServeProcess.instagramBody(mid: "m_\(index)", from: "6123", text: text, at: at))
                try await client.execute(uri: "/webhooks/instagram", method: .post, headers: headers, body: body) { #expect($0.status == .ok) }
            }
            clock.advance(5)
            await context.pipeline.cycle()
            #expect(await texts().isEmpty, "the customer may still be writing")
            clock.advance(10)
            #expect(await eventually { await context.pipeline.cycle(); return await texts() == ["The linen dress is 49 €"] })
            await context.pipeline.cycle()
            #expect(await texts().count == 1, "one reply for the three texts")
            #expect(try await context.store.pending(limit: 10).isEmpty)
        }
    }
}
