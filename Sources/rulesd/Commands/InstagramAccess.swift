import ArgumentParser
import Connectors
import Engine
import Foundation

/// What `rulesd posts` and `rulesd profile` share: a Graph API client for the Instagram account named by
/// the environment, and failures reported with `connect-test`'s exit codes (1 refused, 3 unreachable).
struct InstagramAccess {
    let environment: [String: String]
    let api: GraphAPI
    let transport: AsyncHTTPTransport
    let client: MetaClient
    /// `INSTAGRAM_ACCOUNT_ID`, when set: no need to ask whom the token belongs to.
    let knownAccount: String?

    /// The client from `INSTAGRAM_ACCESS_TOKEN`, `INSTAGRAM_ACCOUNT_ID` and `GRAPH_API_BASE`; nil when the
    /// token is not set.
    init?(environment: [String: String]) {
        let credentials = MetaCredentials(environment: environment)
        guard credentials.instagramAccessToken != nil else { return nil }
        self.environment = environment
        api = GraphAPI(environment: environment)
        transport = AsyncHTTPTransport()
        client = MetaClient(transport: transport, api: api, credentials: credentials)
        knownAccount = environment["INSTAGRAM_ACCOUNT_ID"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The usage error for a missing token.
    static var missingToken: UsageError {
        UsageError(description: ConnectorError.missingConfiguration("INSTAGRAM_ACCESS_TOKEN").description)
    }

    /// The account's id: `INSTAGRAM_ACCOUNT_ID`, else the token's.
    func account() async throws -> String {
        try await value(await client.instagramAccountID(knownAccount: knownAccount, now: Date()), doing: "say which account the token is for")
    }

    /// The success value, or: the failure printed to standard error, the client closed, and the exit code
    /// thrown (3 when the Graph API could not be reached, else 1).
    /// - Parameter action: what was asked, for the message ("list the posts").
    func value<T>(_ result: Result<T, DeliveryFailure>, doing action: String) async throws -> T {
        switch result {
        case .success(let value):
            return value
        case .failure(let failure) where failure.isNoAnswer:
            await shutdown()
            printError("rulesd: instagram: \(ConnectTest.unreachable(api, failure, environment: environment))")
            throw ExitCode(ExitStatus.unreachable)
        case .failure(let failure):
            await shutdown()
            printError("rulesd: instagram: the platform refused to \(action): \(failure)")
            throw ExitCode(ExitStatus.problems)
        }
    }

    /// Closes the client's connections.
    func shutdown() async {
        try? await transport.shutdown()
    }
}
