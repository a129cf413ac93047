import Engine
import FakeMeta
import Foundation
import Testing

@testable import rulesd

/// `rulesd doctor` against a fake Graph API: every check's line, its advice, and the exit status.
@Suite struct DoctorCommandTests {
    static let account = "17841400000000001"
    static let commentRule = #"rule "c" on comments when message contains "price" then reply "Sent you a DM" end"#

    /// A rule file in a fresh directory.
    func rules(_ text: String) throws -> String {
        let file = try RulesdProcess.temporaryDirectory().appendingPathComponent("shop.rules")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    /// Scripts a working Instagram account whose app receives `fields`.
    static func scriptInstagram(_ fake: FakeMetaServer, fields: [String]) async {
        await fake.script("/v21.0/me?fields=user_id,username", [
            ScriptedResponse(status: 200, body: #"{"user_id":"\#(account)","username":"luna.shop","id":"99"}"#),
        ])
        let list = fields.map { "\"\($0)\"" }.joined(separator: ",")
        await fake.script("/v21.0/me/subscribed_apps", [
            ScriptedResponse(status: 200, body: #"{"data":[{"id":"1234","name":"rulesd","subscribed_fields":[\#(list)]}]}"#),
        ])
        await fake.script("/v21.0/\(account)/media?fields=id&limit=1", [ScriptedResponse(status: 200, body: #"{"data":[{"id":"1"}]}"#)])
    }

    @Test func allWellIsExitZeroWithOkLines() async throws {
        let rulePath = try rules(Self.commentRule)
        let expiresAt = Int(Date().timeIntervalSince1970) + 40 * 86_400
        try await FakeMetaServer.run { fake, base in
            await Self.scriptInstagram(fake, fields: ["messages", "messaging_postbacks", "comments", "live_comments", "standby", "messaging_handovers"])
            await fake.script("/v21.0/debug_token?input_token=ig-token-123&access_token=1234%7Capp-secret-456", [
                ScriptedResponse(status: 200, body: #"""
                    {"data":{"is_valid":true,"expires_at":\#(expiresAt),"scopes":["instagram_business_basic","instagram_business_manage_messages","instagram_business_manage_comments"]}}
                    """#),
            ])
            let output = try await RulesdProcess.runDetached(["doctor", "instagram", rulePath], environment: [
                "INSTAGRAM_ACCESS_TOKEN": "ig-token-123", "INSTAGRAM_ACCOUNT_ID": Self.account, "INSTAGRAM_APP_ID": "1234",
                "INSTAGRAM_APP_SECRET": "app-secret-456", "GRAPH_API_BASE": base,
            ])
            #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
            let lines = output.stdout.split(separator: "\n")
            #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("ok ") }, "\(output.stdout)")
            #expect(output.stdout.contains("the token works for @luna.shop"))
            #expect(output.stdout.contains("the token expires in 39 days") || output.stdout.contains("the token expires in 40 days"))
            #expect(output.stdout.contains("comments"))
            #expect(!output.stdout.contains("ig-token-123") && !output.stdout.contains("app-secret-456"))
        }
    }

    @Test func commentsMissingWithCommentRulesIsAProblem() async throws {
        let rulePath = try rules(Self.commentRule)
        try await FakeMetaServer.run { fake, base in
            await Self.scriptInstagram(fake, fields: ["messages", "messaging_postbacks"])
            let output = try await RulesdProcess.runDetached(
                ["doctor", "instagram", rulePath], environment: ["INSTAGRAM_ACCESS_TOKEN": "ig-token-123", "GRAPH_API_BASE": base])
            #expect(output.status == 1, "\(output.stdout)\(output.stderr)")
            let lines = output.stdout.split(separator: "\n").map(String.init)
            let problem = try #require(lines.firstIndex { $0.hasPrefix("PROBLEM") && $0.contains("not subscribed: comments, live_comments") }, "\(output.stdout)")
            #expect(lines[problem + 1].hasPrefix("        what to do: "))
            #expect(lines[problem + 1].contains("subscribed_fields=comments,live_comments,messages,messaging_postbacks"))
            // Without INSTAGRAM_APP_ID the expiry is a note, not a problem.
            #expect(lines.contains { $0.hasPrefix("note") && $0.contains("expiry is not checked") })
        }
    }

    @Test func aRefusedTokenSaysReauthorise() async throws {
        try await FakeMetaServer.run { fake, base in
            await fake.script("/v21.0/me?fields=user_id,username", [
                ScriptedResponse(status: 401, body: #"{"error":{"message":"Error validating access token","type":"OAuthException","code":190}}"#),
            ])
            let output = try await RulesdProcess.runDetached(
                ["doctor", "instagram"], environment: ["INSTAGRAM_ACCESS_TOKEN": "expired-token", "GRAPH_API_BASE": base])
            #expect(output.status == 1, "\(output.stdout)\(output.stderr)")
            #expect(output.stdout.hasPrefix("PROBLEM instagram: the platform refused the token"), "\(output.stdout)")
            #expect(output.stdout.contains("what to do: re-authorise"))
        }
    }

    @Test func theDatabaseShowsWhenEachFieldLastHeardFromMeta() async throws {
        let db = try RulesdProcess.temporaryDirectory().appendingPathComponent("rulesd.sqlite").path
        let now = Date()
        do {
            let store = try MessageStore(path: db)
            func message(_ id: String, _ kind: MessageKind) -> Message {
                Message(id: id, at: now, channel: .instagram, account: Self.account, contact: "c-\(id)", kind: kind, text: "price?")
            }
            _ = try await store.append([message("t1", .text)], receivedAt: now.addingTimeInterval(-3 * 86_400))
            _ = try await store.append([message("t2", .text)], receivedAt: now.addingTimeInterval(-3 * 3_600 - 60))
            _ = try await store.append([message("c1", .comment)], receivedAt: now.addingTimeInterval(-5 * 3_600 - 60))
            var standby = message("s1", .text)
            standby.standby = true
            // Two hours ago, not one minute: an age in hours holds for an hour of a loaded machine's delays (at
            // "1 min ago" the doctor, started 69 s late under CI's load, said "2 min ago").
            _ = try await store.append([standby], receivedAt: now.addingTimeInterval(-2 * 3_600 - 60))
        }
        try await FakeMetaServer.run { fake, base in
            await Self.scriptInstagram(fake, fields: ["messages", "messaging_postbacks", "comments", "live_comments"])
            let output = try await RulesdProcess.runDetached(
                ["doctor", "instagram", "--db", db], environment: ["INSTAGRAM_ACCESS_TOKEN": "ig-token-123", "GRAPH_API_BASE": base])
            #expect(output.stdout.contains("ok      instagram messages: last event 3 h ago"), "\(output.stdout)")
            #expect(output.stdout.contains("ok      instagram comments: last event 5 h ago"), "\(output.stdout)")
            #expect(output.stdout.contains("ok      instagram standby: last event 2 h ago"), "\(output.stdout)")
            #expect(output.stdout.contains("PROBLEM instagram: customers' messages now arrive on standby (the last one 2 h ago), not to rulesd"), "\(output.stdout)")
            #expect(output.status == 1)
        }
    }

    @Test func noEventsOfANeededFieldOnALiveShopIsAProblem() {
        let health = EventArrivals(arrivals: [
            .init(channel: "instagram", field: "messages", first: Date(timeIntervalSince1970: 0), last: Date(timeIntervalSince1970: 90_000), count: 4),
        ])
        var rules = DoctorRules()
        rules.seesComments = true
        let findings = health.findings(channels: [.instagram], rules: rules, now: Date(timeIntervalSince1970: 100_000))
        #expect(findings.map(\.status) == [.ok, .problem])
        #expect(findings[0].what == "instagram messages: last event 2 h ago")
        #expect(findings[1].what.hasPrefix("instagram comments: no event received"))
    }

    @Test func aRedWhatsAppNumberIsAProblem() async throws {
        try await FakeMetaServer.run { fake, base in
            await fake.script("/v21.0/1065?fields=display_phone_number,verified_name,quality_rating", [
                ScriptedResponse(status: 200, body: #"{"display_phone_number":"+1 555-0100","verified_name":"Luna Shop","quality_rating":"RED","id":"1065"}"#),
            ])
            await fake.script("/v21.0/1098/subscribed_apps", [
                ScriptedResponse(status: 200, body: #"{"data":[{"whatsapp_business_api_data":{"id":"777","name":"rulesd"}}]}"#),
            ])
            let output = try await RulesdProcess.runDetached(["doctor"], environment: [
                "WHATSAPP_ACCESS_TOKEN": "wa-token-123", "WHATSAPP_PHONE_NUMBER_ID": "1065", "WHATSAPP_BUSINESS_ACCOUNT_ID": "1098",
                "WHATSAPP_APP_ID": "777", "GRAPH_API_BASE": base,
            ])
            #expect(output.status == 1, "\(output.stdout)\(output.stderr)")
            #expect(output.stdout.contains("ok      whatsapp: the token works for Luna Shop, +1 555-0100"), "\(output.stdout)")
            #expect(output.stdout.contains("PROBLEM whatsapp: the number's quality rating is RED"))
            #expect(output.stdout.contains("ok      whatsapp: the WhatsApp Business Account sends its webhooks to app 777"))
        }
    }

    @Test func noChannelConfiguredIsAUsageError() throws {
        let output = try RulesdProcess.run(["doctor"], environment: [:])
        #expect(output.status == 2)
        #expect(output.stderr.contains("no channel to check"))
    }

    @Test func anUnreachableAPIIsExitThree() throws {
        let output = try RulesdProcess.run(["doctor", "instagram"], environment: ["INSTAGRAM_ACCESS_TOKEN": "t", "GRAPH_API_BASE": "http://127.0.0.1:1"])
        #expect(output.status == 3, "\(output.stdout)")
        #expect(output.stdout.hasPrefix("PROBLEM instagram: could not reach the Graph API at http://127.0.0.1:1 (connection refused)"))
    }
}
