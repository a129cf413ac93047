import Connectors
import Engine
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import RulesDSL
import Testing

@testable import rulesd

/// `serve --shops`: two shops in one deployment, each answering its own account with its own token, its
/// rules reloaded alone, its console showing only its customers; an account no shop declares is kept and
/// never answered.
@Suite struct ServeShopsTests {
    static let instagramAccount = "17841400000000001"
    static let whatsappNumber = "106540352200001"
    static let environment = [
        "INSTAGRAM_APP_SECRET": "ig-secret", "WHATSAPP_APP_SECRET": "wa-secret", "GRAPH_API_BASE": "http://127.0.0.1:9",
        "LUNA_IG_TOKEN": "luna-token", "SOL_WA_TOKEN": "sol-token", "LUNA_CONSOLE": "luna password", "SOL_CONSOLE": "sol password",
    ]
    static let luna = """
        account instagram "\(instagramAccount)" token env "LUNA_IG_TOKEN"
        console password env "LUNA_CONSOLE"
        rule "price" when message contains any "how much", "talle" then reply "Luna: see the catalog" end
        """
    static let sol = """
        account whatsapp "\(whatsappNumber)" token env "SOL_WA_TOKEN"
        console password env "SOL_CONSOLE"
        rule "price" when message contains any "how much", "talle" then reply "Sol: see the catalog" end
        """

    struct Deployment {
        var folder: URL
        var configuration: ServerConfiguration
        var transport: ScriptedTransport
    }

    /// Writes the shops' folders and the configuration `serve --shops` would build.
    func makeDeployment(_ backend: StoreBackend = .sqlite, shops: [String: String] = ["luna": luna, "sol": sol]) async throws -> Deployment {
        let folder = try RulesdProcess.temporaryDirectory()
        for (name, rules) in shops {
            let shop = folder.appendingPathComponent("shops/\(name)")
            try FileManager.default.createDirectory(at: shop, withIntermediateDirectories: true)
            try Data(rules.utf8).write(to: shop.appendingPathComponent("rules.rules"))
        }
        var configuration = ServerConfiguration(environment: Self.environment)
        configuration.databasePath = try await TestDatabases.fresh(backend)
        configuration.shopsDirectory = folder.appendingPathComponent("shops").path
        configuration.accountTokenSet = true
        configuration.consoleBcryptCost = 4
        let transport = ScriptedTransport([.success(HTTPResult(status: 200, body: Data(#"{"message_id":"m_out","messages":[{"id":"wamid.OUT"}]}"#.utf8)))])
        return Deployment(folder: folder, configuration: configuration, transport: transport)
    }

    func loaded(_ deployment: Deployment) throws -> [ShopLoading.LoadedShop] {
        let directory = try #require(deployment.configuration.shopsDirectory)
        return try ShopLoading.shopFolders(in: directory).map { name in
            let path = (directory as NSString).appendingPathComponent(name)
            return ShopLoading.LoadedShop(name: name, paths: [path], program: try RuleSetLoading.load([path]))
        }
    }

    func build(_ deployment: Deployment) async throws -> (some ApplicationProtocol, ServeContext) {
        try await buildApplication(
            configuration: deployment.configuration, shops: try loaded(deployment), underShops: true, transport: deployment.transport,
            logger: Logger(label: "test"), clock: ServeRoutesTests.fixtureTime)
    }

    /// Runs every shop's pipeline until nothing is pending or due.
    func settle(_ context: ServeContext) async throws {
        for _ in 0..<100 {
            for shop in context.shops { await shop.pipeline.cycle() }
            if try await context.store.pending(limit: 1).isEmpty, try await context.store.outboxBacklog() == 0 { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("the pipelines did not settle")
    }

    /// The Instagram text fixture, sent to another account (and with another message id).
    static func instagramText(account: String, messageID: String) throws -> Data {
        let text = try String(contentsOf: ServeRoutesTests.fixtures.appendingPathComponent("ig_text.json"), encoding: .utf8)
        let mids = text.matches(of: /"mid": *"([^"]+)"/).map { String($0.output.1) }
        var changed = text.replacingOccurrences(of: instagramAccount, with: account)
        for mid in mids { changed = changed.replacingOccurrences(of: mid, with: messageID) }
        return Data(changed.utf8)
    }

    func post(_ client: some TestClientProtocol, _ body: Data, secret: String, route: String) async throws {
        let (buffer, headers) = ServeRoutesTests.signed(body: body, secret: secret)
        try await client.execute(uri: route, method: .post, headers: headers, body: buffer) { #expect($0.status == .ok) }
    }

    @Test(arguments: TestDatabases.backends) func eachShopAnswersItsAccountWithItsRulesAndItsToken(_ backend: StoreBackend) async throws {
        let deployment = try await makeDeployment(backend)
        let (app, context) = try await build(deployment)
        try await app.test(.router) { client in
            try await post(client, try Data(contentsOf: ServeRoutesTests.fixtures.appendingPathComponent("ig_text.json")), secret: "ig-secret", route: "/webhooks")
            try await post(client, try Data(contentsOf: ServeRoutesTests.fixtures.appendingPathComponent("wa_text.json")), secret: "wa-secret", route: "/webhooks")
            try await settle(context)
            let requests = await deployment.transport.requests
            let instagram = try #require(requests.first { $0.url.hasSuffix("/me/messages") })
            #expect(instagram.headers["Authorization"] == "Bearer luna-token")
            #expect((instagram.jsonBody?["message"] as? [String: Any])?["text"] as? String == "Luna: see the catalog")
            // No WHATSAPP_PHONE_NUMBER_ID: the reply goes out from the number the message came to.
            let whatsapp = try #require(requests.first { $0.url.hasSuffix("/\(Self.whatsappNumber)/messages") })
            #expect(whatsapp.headers["Authorization"] == "Bearer sol-token")
            #expect((whatsapp.jsonBody?["text"] as? [String: Any])?["body"] as? String == "Sol: see the catalog")
            // The profile lookup for the Instagram contact used the Instagram shop's token too.
            #expect(requests.filter { $0.url.contains("fields=name,username") }.allSatisfy { $0.headers["Authorization"] == "Bearer luna-token" })

            // Each shop's figures carry its name.
            let metrics = try await client.execute(uri: "/metrics", method: .get, headers: [:], body: nil)
            let text = String(buffer: metrics.body)
            #expect(text.contains(#"rulesd_messages_received_total{shop="luna"} 1"#))
            #expect(text.contains(#"rulesd_messages_received_total{shop="sol"} 1"#))
            #expect(text.contains(#"rulesd_rule_fires_total{rule="price",shop="luna"} 1"#) || text.contains(#"rulesd_rule_fires_total{shop="luna",rule="price"} 1"#))
        }
    }

    @Test(arguments: TestDatabases.backends) func anAccountNoShopDeclaresIsKeptCountedAndNeverAnswered(_ backend: StoreBackend) async throws {
        let deployment = try await makeDeployment(backend)
        let (logger, logs) = CapturingLogHandler.logger()
        let (app, context) = try await buildApplication(
            configuration: deployment.configuration, shops: try loaded(deployment), underShops: true, transport: deployment.transport,
            logger: logger, clock: ServeRoutesTests.fixtureTime)
        try await app.test(.router) { client in
            try await post(client, try Self.instagramText(account: "17841499999999999", messageID: "m_stranger"), secret: "ig-secret", route: "/webhooks/instagram")
            try await settle(context)
            #expect(try await context.store.journalCount() == 1, "the message is kept")
            #expect(await deployment.transport.requests.isEmpty, "and never answered")
            let metrics = String(buffer: try await client.execute(uri: "/metrics", method: .get, headers: [:], body: nil).body)
            #expect(metrics.contains(#"rulesd_unrouted_messages_total{shop=""} 1"#))
            // Read while the app runs: its end closes a PostgreSQL store's connections.
            #expect(try await context.store.journalStatuses() == ["unrouted"])
        }
        #expect(logs.messages(at: .warning).contains { $0.contains("instagram account 17841499999999999, which no shop answers") })
    }

    @Test(arguments: TestDatabases.backends) func reloadingOneShopLeavesTheOtherAloneAndRefusesAnAccountAnotherShopHas(_ backend: StoreBackend) async throws {
        let deployment = try await makeDeployment(backend)
        let (_, context) = try await build(deployment)
        let luna = try #require(context.shops.first { $0.shop.name == "luna" })
        let sol = try #require(context.shops.first { $0.shop.name == "sol" })
        let solVersion = sol.shop.rules.loaded.version

        let lunaFile = deployment.folder.appendingPathComponent("shops/luna/rules.rules")
        try Data((Self.luna + "\nrule \"hello\" when message contains \"hola\" then reply \"Luna: hola\" end\n").utf8).write(to: lunaFile)
        #expect(luna.reloader.reload(.signal))
        #expect(luna.shop.rules.program.ruleNames.count == 2)
        #expect(sol.shop.rules.loaded.version == solVersion)
        #expect(sol.shop.rules.history.lastReload == nil, "the other shop did not reload")

        // Luna now claims Sol's WhatsApp number: refused, Luna's rules in use stay.
        try Data((Self.luna + "\naccount whatsapp \"\(Self.whatsappNumber)\" token env \"SOL_WA_TOKEN\"\n").utf8).write(to: lunaFile)
        #expect(!luna.reloader.reload(.signal))
        let record = try #require(luna.shop.rules.history.lastReload)
        #expect(record.outcome == .rejected)
        #expect(record.diagnostics.contains("declared by shop sol and shop luna"))
        #expect(luna.shop.rules.program.ruleNames.count == 2)
        #expect(context.directory.shop(for: .whatsapp, account: Self.whatsappNumber)?.name == "sol")
    }

    @Test(arguments: TestDatabases.backends) func aShopThatDropsAnAccountLeavesItsWaitingMessagesUnanswered(_ backend: StoreBackend) async throws {
        let deployment = try await makeDeployment(backend)
        let (_, context) = try await build(deployment)
        let sol = try #require(context.shops.first { $0.shop.name == "sol" })
        // Stored for Sol (the services are not running: nothing evaluates it yet).
        let contents = try WebhookParser.parse(try Data(contentsOf: ServeRoutesTests.fixtures.appendingPathComponent("wa_text.json")))
        _ = try await context.store.append(contents.messages, receivedAt: ServeRoutesTests.fixtureTime())
        // Sol's rules move to another number before the pipeline runs.
        try Data(Self.sol.replacingOccurrences(of: Self.whatsappNumber, with: "106540352200009").utf8)
            .write(to: deployment.folder.appendingPathComponent("shops/sol/rules.rules"))
        #expect(sol.reloader.reload(.signal))
        #expect(context.directory.shop(for: .whatsapp, account: Self.whatsappNumber) == nil)
        // The reload marks it in a task of its own; marking here too makes the test wait for no task.
        _ = try await context.store.markUnrouted(answered: context.directory.scopes)
        try await settle(context)
        #expect(await deployment.transport.requests.map(\.url) == [])
        #expect(try await context.store.journalStatuses() == ["unrouted"])
    }

    @Test func startProblemsNameTheShopAndWhatToChange() throws {
        func load(_ name: String, _ rules: String) throws -> ShopLoading.LoadedShop {
            let result = FrontEnd.check([SourceFile(name: "\(name)/r.rules", text: rules)])
            return ShopLoading.LoadedShop(name: name, paths: [name], program: RuleProgram(try #require(result.ruleSet), scorer: LexiconSentimentScorer()))
        }
        let environment = SecretEnvironment(["LUNA_IG_TOKEN": "t"])
        let shops = [
            try load("luna", Self.luna),
            try load("copy", "account instagram \"\(Self.instagramAccount)\" token env \"LUNA_IG_TOKEN\""),
            try load("empty", "rule \"x\" when message contains \"x\" then reply \"x\" end"),
            try load("sol", Self.sol),
            try load("twins", "account instagram \"1\" token env \"LUNA_IG_TOKEN\"\naccount instagram \"2\" token env \"LUNA_IG_TOKEN\""),
        ]
        let problems = ShopLoading.problems(shops, underShops: true, environment: environment, dryMode: false)
        #expect(problems.contains { $0.contains("instagram account \(Self.instagramAccount) is declared by shop copy and shop luna") })
        #expect(problems.contains { $0.contains("shop empty declares no account") })
        #expect(problems.contains { $0.contains("shop sol: the token of whatsapp account \(Self.whatsappNumber) is read from SOL_WA_TOKEN, which is not set") })
        #expect(problems.contains { $0.contains("shop twins declares 2 instagram accounts") })
        #expect(problems.count == 4)
        // In dry mode (no token set anywhere) the tokens are not asked for.
        #expect(!ShopLoading.problems(shops, underShops: true, environment: environment, dryMode: true).contains { $0.contains("not set") })
    }

    /// Signs in to a shop's console; returns the browser and the answer to the login.
    func signIn(_ client: some TestClientProtocol, shop: String, password: String) async throws -> (ConsoleBrowser, TestResponse) {
        var browser = ConsoleBrowser()
        let page = try await client.execute(uri: "/console/login", method: .get, headers: [:], body: nil)
        #expect(browser.read(page).contains(#"name="shop""#), "the login asks which shop")
        let token = try #require(browser.csrf)
        let response = try await client.execute(
            uri: "/console/login", method: .post, headers: browser.formHeaders,
            body: ConsoleBrowser.form(["csrf": token, "password": password, "shop": shop]))
        _ = browser.read(response)
        return (browser, response)
    }

    @Test(arguments: TestDatabases.backends) func aShopsConsoleShowsItsCustomersOnlyAndItsPasswordOpensNoOtherShop(_ backend: StoreBackend) async throws {
        let deployment = try await makeDeployment(backend)
        let (app, context) = try await build(deployment)
        let lunaContact = "/console/conversations/instagram:\(Self.instagramAccount):6123456789012345"
        let solContact = "/console/conversations/whatsapp:\(Self.whatsappNumber):5491155550123"
        try await app.test(.router) { client in
            try await post(client, try Data(contentsOf: ServeRoutesTests.fixtures.appendingPathComponent("ig_text.json")), secret: "ig-secret", route: "/webhooks")
            try await post(client, try Data(contentsOf: ServeRoutesTests.fixtures.appendingPathComponent("wa_text.json")), secret: "wa-secret", route: "/webhooks")
            try await settle(context)

            // Sol's password does not open Luna's console, nor does any password a shop that does not exist.
            let (_, wrongShop) = try await signIn(client, shop: "luna", password: "sol password")
            #expect(wrongShop.status == .unauthorized)
            let (_, noShop) = try await signIn(client, shop: "nobody", password: "sol password")
            #expect(noShop.status == .unauthorized)

            var (luna, signedIn) = try await signIn(client, shop: "luna", password: "luna password")
            #expect(signedIn.status == .seeOther || signedIn.status == .found)
            let list = try await client.execute(uri: "/console", method: .get, headers: luna.headers, body: nil)
            let html = luna.read(list)
            #expect(html.contains("instagram:\(Self.instagramAccount):6123456789012345"))
            #expect(!html.contains("5491155550123"), "Sol's customer is not in Luna's list")
            #expect(try await client.execute(uri: lunaContact, method: .get, headers: luna.headers, body: nil).status == .ok)
            #expect(try await client.execute(uri: solContact, method: .get, headers: luna.headers, body: nil).status == .notFound)
            // Nor can Luna's session act on Sol's customer.
            let csrf = try #require(luna.csrf)
            let reply = try await client.execute(
                uri: solContact + "/reply", method: .post, headers: luna.formHeaders, body: ConsoleBrowser.form(["csrf": csrf, "text": "hi from Luna"]))
            #expect(reply.status == .notFound)
            let pause = try await client.execute(
                uri: solContact + "/pause", method: .post, headers: luna.formHeaders, body: ConsoleBrowser.form(["csrf": csrf, "for": "1h"]))
            #expect(pause.status == .notFound)

            // Sol's own console shows Sol's customer.
            var (sol, _) = try await signIn(client, shop: "sol", password: "sol password")
            let solPage = try await client.execute(uri: solContact, method: .get, headers: sol.headers, body: nil)
            #expect(solPage.status == .ok)
            #expect(sol.read(solPage).contains("Sol: see the catalog"))
            #expect(try await context.store.storedState(key: "whatsapp:\(Self.whatsappNumber):5491155550123")?.pausedUntil == nil, "the pause was refused")
        }
    }
}
