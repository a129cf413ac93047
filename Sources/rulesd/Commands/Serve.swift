import ArgumentParser
import Connectors
import Engine
import Foundation
import Hummingbird
import Logging
import RulesDSL

/// `rulesd serve`: receives Meta's webhooks, stores every message durably before answering 200, evaluates
/// the rules and carries out the actions.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve Instagram and WhatsApp webhooks and act on the rules.",
        discussion: """
            Secrets and tokens come from the environment: INSTAGRAM_APP_SECRET, INSTAGRAM_VERIFY_TOKEN, \
            INSTAGRAM_ACCESS_TOKEN, WHATSAPP_APP_SECRET, WHATSAPP_VERIFY_TOKEN, WHATSAPP_ACCESS_TOKEN, \
            WHATSAPP_PHONE_NUMBER_ID, GRAPH_API_BASE. Without any access token rulesd runs in dry mode: replies \
            are decided and recorded, not sent. See docs/setup.md.
            """
    )

    @Option(help: "The rule files or directory.")
    var rules: [String] = ["examples/rules"]

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "The SQLite database file.")
    var db = "rulesd.sqlite"

    @Option(help: "How long to keep decisions, handled messages and finished sends: a duration such as 30d or 90d.")
    var retention = "90d"

    func run() async throws {
        var configuration = ServerConfiguration(environment: ProcessInfo.processInfo.environment)
        configuration.host = host
        configuration.port = port
        configuration.databasePath = db
        configuration.rulesPaths = rules
        guard let keep = DurationLiteral.seconds(in: retention), keep >= 86_400 else {
            fail(UsageError(description: "--retention takes a duration of at least a day, such as 30d or 90d, not '\(retention)'"))
        }
        configuration.retention = TimeInterval(keep)
        var logger = Logger(label: "rulesd")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let program = try loadRules(rules)
        if configuration.isDryMode {
            logger.warning("dry mode: no INSTAGRAM_ACCESS_TOKEN or WHATSAPP_ACCESS_TOKEN; replies are decided and recorded, not sent")
        }
        for (name, secret) in [("INSTAGRAM_APP_SECRET", configuration.instagramAppSecret), ("WHATSAPP_APP_SECRET", configuration.whatsappAppSecret)]
        where secret.isEmpty {
            logger.warning("\(name) is not set: webhooks for that channel will be refused with 401")
        }
        // Each connection is a file descriptor: keep the cap on connections under the process's limit, with
        // room for the database, the outbound connections and the rule files.
        let descriptors = FileDescriptorLimit.raise()
        configuration.connectionLimits.maximumConnections = min(configuration.connectionLimits.maximumConnections, max(16, descriptors - 256))
        let transport = AsyncHTTPTransport()
        let crmTransport = AsyncHTTPTransport()
        let app: any ApplicationProtocol
        do {
            (app, _) = try buildApplication(configuration: configuration, program: program, transport: transport, crmTransport: crmTransport, logger: logger)
        } catch let error as StoreOpenError {
            try? await transport.shutdown()
            try? await crmTransport.shutdown()
            fail(UsageError(description: error.description))
        }
        logger.info("rulesd serving", metadata: ["rules": "\(program.ruleNames.count)", "host": "\(host)", "port": "\(port)", "db": "\(db)"])
        try await app.runService()
        try? await transport.shutdown()
        try? await crmTransport.shutdown()
    }
}
