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
        #expect(output.status == 1)
        #expect(output.stdout.hasPrefix("instagram: no answer from the server"))
    }

    @Test func unknownChannelIsAUsageError() throws {
        #expect(try run("telegram", environment: [:]).status == 2)
    }
}
