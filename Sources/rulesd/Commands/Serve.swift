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
            are decided and recorded, not sent.

            With --shops DIR, each folder of DIR is a shop's rules, which name the accounts it answers and where \
            their tokens are (account instagram "ID" token env "NAME"); webhooks go to the shop of their account. \
            See docs/setup.md and docs/shops.md.
            """
    )

    @Option(help: "The rule files or directory (one shop; default examples/rules).")
    var rules: [String] = []

    @Option(help: "A folder holding one folder of rule files per shop, each declaring the accounts it answers.")
    var shops: String?

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "The database: a SQLite file (default rulesd.sqlite), or postgres://USER:PASSWORD@HOST:5432/DATABASE (else RULESD_DATABASE_URL).")
    var db: String?

    @Option(help: "How long to keep decisions, handled messages and finished sends: a duration such as 30d or 90d.")
    var retention = "90d"

    func run() async throws {
        var configuration = ServerConfiguration(environment: ProcessInfo.processInfo.environment)
        configuration.host = host
        configuration.port = port
        configuration.databasePath = db ?? ProcessInfo.processInfo.environment["RULESD_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? "rulesd.sqlite"
        if shops != nil, !rules.isEmpty { fail(UsageError(description: "give --rules (one shop) or --shops (a folder per shop), not both")) }
        configuration.rulesPaths = rules.isEmpty ? ["examples/rules"] : rules
        configuration.shopsDirectory = shops
        guard let keep = DurationLiteral.seconds(in: retention), keep >= 86_400 else {
            fail(UsageError(description: "--retention takes a duration of at least a day, such as 30d or 90d, not '\(retention)'"))
        }
        configuration.retention = TimeInterval(keep)
        var logger = Logger(label: "rulesd")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let (loaded, underShops) = try loadShops(configuration)
        configuration.accountTokenSet = !ShopLoading.noTokenSet(loaded, environment: configuration.environment, fallback: true)
        let problems = ShopLoading.problems(loaded, underShops: underShops, environment: configuration.environment, dryMode: configuration.isDryMode)
        if !problems.isEmpty {
            printError(problems.map { "rulesd: \($0)" }.joined(separator: "\n"))
            throw ExitCode(ExitStatus.problems)
        }
        if configuration.isDryMode {
            logger.warning(
                underShops
                    ? "dry mode: none of the shops' token variables is set; replies are decided and recorded, not sent"
                    : "dry mode: no INSTAGRAM_ACCESS_TOKEN or WHATSAPP_ACCESS_TOKEN; replies are decided and recorded, not sent")
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
            (app, _) = try await buildApplication(
                configuration: configuration, shops: loaded, underShops: underShops, transport: transport, crmTransport: crmTransport, logger: logger)
        } catch let error as StoreOpenError {
            try? await transport.shutdown()
            try? await crmTransport.shutdown()
            fail(UsageError(description: error.description))
        }
        logger.info(
            "rulesd serving",
            metadata: [
                "rules": "\(loaded.reduce(0) { $0 + $1.program.ruleNames.count })", "shops": "\(underShops ? loaded.count : 1)", "host": "\(host)",
                "port": "\(port)", "db": "\(PostgresLocation.redacted(configuration.databasePath))",
            ])
        try await app.runService()
        try? await transport.shutdown()
        try? await crmTransport.shutdown()
    }

    /// The shops to serve: one per folder of `--shops`, or the one of `--rules`. Rules with errors end the
    /// command once their diagnostics are printed (each file named with its shop's folder).
    private func loadShops(_ configuration: ServerConfiguration) throws -> ([ShopLoading.LoadedShop], underShops: Bool) {
        guard let directory = configuration.shopsDirectory else {
            return ([ShopLoading.LoadedShop(name: "", paths: configuration.rulesPaths, program: try loadRules(configuration.rulesPaths))], false)
        }
        let folders: [String]
        do {
            folders = try ShopLoading.shopFolders(in: directory)
        } catch let error as ShopsError {
            fail(UsageError(description: error.description))
        }
        var loaded: [ShopLoading.LoadedShop] = []
        var broken: [String] = []
        for name in folders {
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                loaded.append(ShopLoading.LoadedShop(name: name, paths: [path], program: try RuleSetLoading.load([path])))
            } catch let error as RuleSetErrors {
                broken.append("shop \(name): \(error)")
            }
        }
        if !broken.isEmpty {
            printError(broken.map { "rulesd: \($0)" }.joined(separator: "\n"))
            throw ExitCode(ExitStatus.problems)
        }
        return (loaded, true)
    }
}
