import ArgumentParser
import Connectors
import Engine
import Foundation

/// `rulesd connect-test instagram|whatsapp`: checks the configured token against the platform.
struct ConnectTest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connect-test",
        abstract: "Check the configured Instagram or WhatsApp token and say whom it belongs to.",
        discussion: """
            Reads INSTAGRAM_ACCESS_TOKEN, or WHATSAPP_ACCESS_TOKEN and WHATSAPP_PHONE_NUMBER_ID, and GRAPH_API_BASE \
            (default https://graph.facebook.com) from the environment. Exit status 1 when the platform refuses the \
            token, 2 when configuration is missing.
            """
    )

    @Argument(help: "instagram or whatsapp")
    var channel: Channel

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let credentials = MetaCredentials(environment: environment)
        let missing: String? = switch channel {
        case .instagram: credentials.instagramAccessToken == nil ? "INSTAGRAM_ACCESS_TOKEN" : nil
        case .whatsapp:
            credentials.whatsappAccessToken == nil ? "WHATSAPP_ACCESS_TOKEN" : credentials.whatsappPhoneNumberID == nil ? "WHATSAPP_PHONE_NUMBER_ID" : nil
        }
        if let missing { fail(UsageError(description: ConnectorError.missingConfiguration(missing).description)) }
        let transport = AsyncHTTPTransport()
        let client = MetaClient(transport: transport, api: GraphAPI(base: environment["GRAPH_API_BASE"] ?? GraphAPI.defaultBase), credentials: credentials)
        let result = await client.identify(channel, now: Date())
        try? await transport.shutdown()
        switch result {
        case .success(let owner):
            print("\(channel.rawValue): the token works for \(owner)")
        case .failure(let failure):
            print("\(channel.rawValue): \(failure)")
            throw ExitCode(ExitStatus.problems)
        }
    }
}

extension Channel: ExpressibleByArgument {}
