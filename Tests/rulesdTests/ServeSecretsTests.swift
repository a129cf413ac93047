import Connectors
import FakeMeta
import Foundation
import Testing

@testable import rulesd

/// No secret appears in the log at any level (issue 29, point 1): ServiceLifecycle logs each service's
/// description at debug level, and the dispatcher once held the whole environment and the Meta tokens.
@Suite struct ServeSecretsTests {
    static let secrets = [
        "INSTAGRAM_APP_SECRET": "igsecret-7f3a9c", "INSTAGRAM_VERIFY_TOKEN": "igverify-51be02", "INSTAGRAM_ACCESS_TOKEN": "IGQVJtoken-c0ffee",
        "WHATSAPP_APP_SECRET": "wasecret-9d8e7f", "WHATSAPP_VERIFY_TOKEN": "waverify-31f4a5", "WHATSAPP_ACCESS_TOKEN": "EAAGtoken-beef42",
        "CRM_SECRET": "whsec_crmsecret-6a6b6c",
    ]

    @Test func noSecretReachesTheLogAtDebugLevel() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let rulesFile = directory.appendingPathComponent("shop.rules")
        try await FakeMetaServer.run(server: FakeMetaServer(answersSendsByDefault: true)) { fake, base in
            await fake.script("/crm", [ScriptedResponse(status: 500, body: ""), ScriptedResponse(status: 204, body: "")])
            try """
                endpoint crm = "\(base)/crm" secret env "CRM_SECRET"
                rule "price" when message contains "price" then
                  reply "See the catalog"
                  forward to crm
                end
                """.write(to: rulesFile, atomically: true, encoding: .utf8)
            var environment = Self.secrets
            environment["GRAPH_API_BASE"] = base
            environment["WHATSAPP_PHONE_NUMBER_ID"] = "106540352200001"
            environment["LOG_LEVEL"] = "debug"
            let serve = try await ServeProcess.start(
                rules: rulesFile.path, db: directory.appendingPathComponent("db.sqlite").path, environment: environment, in: directory)
            let token = Self.secrets["INSTAGRAM_VERIFY_TOKEN"]!
            #expect(try await serve.get("/webhooks/instagram?hub.mode=subscribe&hub.verify_token=\(token)&hub.challenge=42").body == "42")
            #expect(try await serve.get("/webhooks/instagram?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=42").status == 403)
            let instagram = ServeProcess.instagramBody(mid: "m_secret_1", from: "8001", text: "price?")
            #expect(try await serve.post("/webhooks/instagram", body: instagram, secret: Self.secrets["INSTAGRAM_APP_SECRET"]) == 200)
            #expect(try await serve.post("/webhooks/instagram", body: instagram, secret: "wrong") == 401)
            let whatsapp = ServeProcess.whatsappBody(mid: "wamid.secret.1", from: "34600000009", text: "price?")
            #expect(try await serve.post("/webhooks/whatsapp", body: whatsapp, secret: Self.secrets["WHATSAPP_APP_SECRET"]) == 200)
            let delivered = await eventually {
                let requests = await fake.requests
                return requests.filter { $0.path.hasSuffix("/messages") }.count >= 2 && requests.filter { $0.path == "/crm" }.count >= 3
            }
            #expect(delivered, "replies and the forwards (one retried) went out\n\(serve.log)")
            kill(serve.process.processIdentifier, SIGHUP)
            #expect(await eventually { serve.log.contains("rules reloaded") })
            #expect(try await serve.stop(SIGTERM) == 0)
            let log = serve.log
            #expect(log.contains("debug"), "the server logged at debug level")
            for (name, secret) in Self.secrets {
                #expect(!log.contains(secret), "\(name) appears in the log")
            }
        }
    }

    @Test func secretsDescribeThemselvesRedacted() {
        let secret = Secret("hunter2")
        #expect("\(secret)" == "<redacted>" && String(reflecting: secret) == "<redacted>")
        var dumped = ""
        dump(secret, to: &dumped)
        #expect(!dumped.contains("hunter2"))
        let credentials = MetaCredentials(instagramAccessToken: "IGtoken", whatsappAccessToken: "EAAtoken", whatsappPhoneNumberID: "1065")
        var all = "\(credentials) \(String(reflecting: credentials))"
        dump(credentials, to: &all)
        let configuration = ServerConfiguration(environment: Self.secrets.merging(["INSTAGRAM_ACCESS_TOKEN": "IGtoken"]) { $1 })
        all += "\(configuration) \(String(reflecting: configuration))"
        dump(configuration, to: &all)
        all += "\(SecretEnvironment(Self.secrets))"
        for value in Array(Self.secrets.values) + ["IGtoken", "EAAtoken"] { #expect(!all.contains(value), "\(value) in \(all)") }
        #expect(credentials.instagramAccessToken == "IGtoken", "the value is still there for its use")
    }
}
