import FakeMeta
import Foundation
import Testing

@Suite struct ConnectTestCommandTests {
    func run(_ channel: String, environment: [String: String]) throws -> RulesdProcess.Output {
        try RulesdProcess.run(["connect-test", channel], environment: environment)
    }

    @Test func missingConfigurationNamesTheVariable() throws {
        let instagram = try run("instagram", environment: [:])
        #expect(instagram.status == 2)
        #expect(instagram.stderr == "rulesd: error: INSTAGRAM_ACCESS_TOKEN is not set; set it in the environment\n")
        let whatsapp = try run("whatsapp", environment: ["WHATSAPP_ACCESS_TOKEN": "t"])
        #expect(whatsapp.status == 2)
        #expect(whatsapp.stderr.contains("WHATSAPP_PHONE_NUMBER_ID is not set"))
    }

    @Test func anUnreachableAPIIsReportedInPlainWords() throws {
        // Port 1 on loopback refuses connections at once; nothing leaves the machine.
        let output = try run("instagram", environment: ["INSTAGRAM_ACCESS_TOKEN": "t", "GRAPH_API_BASE": "http://127.0.0.1:1"])
        #expect(output.status == 3)
        #expect(output.stdout == "instagram: could not reach the Graph API at http://127.0.0.1:1 (connection refused); GRAPH_API_BASE is set, unset it to use Meta's\n")
    }

    @Test func helpListsTheExitCodes() throws {
        let help = try RulesdProcess.run(["connect-test", "--help"], environment: [:]).stdout
        for line in ["0  the token works", "1  the platform refused the token", "2  usage", "3  the Graph API could not be reached"] {
            #expect(help.contains(line), "\(help)")
        }
    }

    @Test func aRefusedTokenIsExitOne() async throws {
        try await FakeMetaServer.run { fake, base in
            await fake.script("/v21.0/me?fields=user_id,username", [
                ScriptedResponse(status: 401, body: #"{"error":{"message":"Error validating access token","type":"OAuthException","code":190}}"#),
            ])
            let output = try await RulesdProcess.runDetached(
                ["connect-test", "instagram"], environment: ["INSTAGRAM_ACCESS_TOKEN": "expired", "GRAPH_API_BASE": base])
            #expect(output.status == 1)
            #expect(output.stdout.hasPrefix("instagram: the platform refused the token: the access token has expired"), "\(output.stdout)")
        }
    }

    @Test func unknownChannelIsAUsageError() throws {
        #expect(try run("telegram", environment: [:]).status == 2)
    }
}
