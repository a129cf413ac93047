import ArgumentParser
import Connectors
import Engine
import Foundation
import RulesDSL

/// `rulesd doctor [instagram|whatsapp] [--db PATH] [RULES...]`: what sellers get wrong silently (a token
/// about to expire, a webhook field nobody subscribed, a menu out of date), checked in one command, each
/// problem printed with what to do.
struct Doctor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the tokens, webhook subscriptions and what the rules need, and say what to fix.",
        discussion: """
            Checks every channel with a token set, or the one named: INSTAGRAM_ACCESS_TOKEN (with INSTAGRAM_ACCOUNT_ID, \
            and INSTAGRAM_APP_ID with INSTAGRAM_APP_SECRET for the token's expiry), or WHATSAPP_ACCESS_TOKEN and \
            WHATSAPP_PHONE_NUMBER_ID (with WHATSAPP_BUSINESS_ACCOUNT_ID and WHATSAPP_APP_ID for the subscription). \
            GRAPH_API_BASE (default https://graph.facebook.com) says where the Graph API is. Only read calls are made.

            With rule files, also checks what they need: comments for `on comments` rules, the ice breakers and menu \
            they declare. With --db, reports when each kind of event last arrived.

            Each line says ok, PROBLEM or note; each problem is followed by what to do.

            Exit status:
              0  nothing is wrong (notes allowed)
              1  something is wrong (each problem is printed with what to do)
              2  usage: no channel has a token, a variable or file is missing
              3  the Graph API could not be reached (no network, a wrong GRAPH_API_BASE)
            """
    )

    @Option(help: ArgumentHelp("A database of rulesd serve: also report when each kind of event last arrived.", valueName: "path"))
    var db: String?

    @Argument(help: ArgumentHelp(
        "instagram or whatsapp (default: every channel with a token), then rule files or directories.",
        valueName: "channel-and-rules"))
    var arguments: [String] = []

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = DoctorSettings(environment: environment)
        var paths = arguments
        var requested: Channel?
        if let first = paths.first, let channel = Channel(rawValue: first) {
            requested = channel
            paths.removeFirst()
        }
        let channels: [Channel]
        do { channels = try settings.channels(requested) } catch { fail(error) }
        if let db, !PostgresLocation.isAddress(db), !FileManager.default.fileExists(atPath: db) { fail(UsageError(description: "no such database: \(db)")) }

        var report = DoctorReport()
        let rules: DoctorRules
        do { rules = try Self.loadRules(paths, into: &report) } catch { fail(error) }
        var health: EventArrivals?
        if let db {
            do { health = try await EventArrivals.read(path: db) } catch { fail(error) }
        }

        let transport = AsyncHTTPTransport()
        let api = GraphAPI(environment: environment)
        let client = MetaClient(transport: transport, api: api, credentials: settings.credentials)
        let now = Date()
        for channel in channels {
            let result: DoctorChannelResult
            switch channel {
            case .instagram: result = await InstagramDoctor(client: client, settings: settings, rules: rules, now: now).run()
            case .whatsapp: result = await WhatsAppDoctor(client: client, settings: settings, now: now).run()
            }
            report.add(result, channel: channel, api: api, customBase: GraphAPI.customBase(in: environment) != nil)
        }
        try? await transport.shutdown()
        if let health { report.add(health.findings(channels: channels, rules: rules, now: Date())) }

        print(report.rendered(hiding: settings.secrets))
        if report.exitStatus != ExitStatus.success { throw ExitCode(report.exitStatus) }
    }

    /// What the rules at `paths` need; a rule set with errors is a problem (its diagnostics go to standard
    /// error), and then nothing is known of its needs.
    static func loadRules(_ paths: [String], into report: inout DoctorReport) throws(UsageError) -> DoctorRules {
        guard !paths.isEmpty else { return DoctorRules() }
        let sources = try RuleSources.load(paths)
        let result = FrontEnd.check(sources)
        let summary = FrontEnd.summary(result, files: sources.count)
        guard let ruleSet = result.ruleSet else {
            FileHandle.standardError.write(Data(DiagnosticRenderer(colors: false).render(result.diagnostics).utf8))
            report.add(.problem(
                "rules: the rules have errors (\(summary)), so what they need was not checked",
                fix: "run rulesd check \(paths.joined(separator: " ")) and fix them"))
            var rules = DoctorRules()
            rules.paths = paths
            return rules
        }
        report.add(.ok("rules: \(summary)" + (ruleSet.seesComments ? "; some rules answer comments" : "")))
        return DoctorRules(ruleSet, paths: paths)
    }
}
