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
            (default https://graph.facebook.com) from the environment.

            Exit status:
              0  the token works (it prints whom it belongs to)
              1  the platform refused the token (the reason is printed)
              2  usage: a variable is missing or the channel is unknown
              3  the Graph API could not be reached (no network, a wrong GRAPH_API_BASE)
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
        let api = GraphAPI(environment: environment)
        let client = MetaClient(transport: transport, api: api, credentials: credentials)
        let result = await client.identify(channel, now: Date())
        try? await transport.shutdown()
        switch result {
        case .success(let owner):
            print("\(channel.rawValue): the token works for \(owner)")
        case .failure(let failure) where failure.isNoAnswer:
            print("\(channel.rawValue): \(Self.unreachable(api, failure, environment: environment))")
            throw ExitCode(ExitStatus.unreachable)
        case .failure(let failure):
            print("\(channel.rawValue): the platform refused the token: \(failure)")
            throw ExitCode(ExitStatus.problems)
        }
    }

    /// "could not reach the Graph API at http://127.0.0.1:9 (connection refused); GRAPH_API_BASE is set,
    /// unset it to use Meta's"
    static func unreachable(_ api: GraphAPI, _ failure: DeliveryFailure, environment: [String: String]) -> String {
        let advice = GraphAPI.customBase(in: environment) != nil
            ? "GRAPH_API_BASE is set, unset it to use Meta's"
            : "check this machine's internet connection (and any proxy or firewall)"
        return "could not reach the Graph API at \(api.base) (\(FailureClassifier.plainTransportReason(failure.message))); \(advice)"
    }
}

extension Channel: ExpressibleByArgument {}
