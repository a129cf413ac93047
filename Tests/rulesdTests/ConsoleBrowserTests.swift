import Connectors
import FakeMeta
import Foundation
import Testing

/// The console in a real browser (headless Chromium), against a real `rulesd serve` and the fake Graph API:
/// a seller signs in, opens the conversation a signed webhook made, answers by hand, and sees the answer
/// reach the Graph API and show in the conversation as sent. The screenshots are docs/console.md's: with
/// `RULESD_SCREENSHOTS=docs/images` they are written there.
@Suite(.serialized) struct ConsoleBrowserTests {
    static let password = "linen-dress-2026"
    static let ana = "6123456789012345"
    static let luis = "6123456789099999"

    func environment(graphAPI: String) -> [String: String] {
        [
            "INSTAGRAM_APP_SECRET": "ig-secret", "INSTAGRAM_ACCESS_TOKEN": "ig-token", "WHATSAPP_APP_SECRET": "wa-secret",
            "WHATSAPP_ACCESS_TOKEN": "wa-token", "WHATSAPP_PHONE_NUMBER_ID": "106540352200001", "GRAPH_API_BASE": graphAPI,
            "RULESD_CONSOLE_PASSWORD": Self.password,
            // A loaded test machine (the browser test starts Chromium beside these) can take more than the
            // default second to answer the profile lookup; the name is what these tests check.
            "RULESD_PROFILE_TIMEOUT": "10",
        ]
    }

    /// Saves a screenshot under `RULESD_SCREENSHOTS` (when set) and in the test's folder.
    func keep(_ browser: WebDriver, _ name: String, in directory: URL) async throws {
        let png = try await browser.screenshot()
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
        try png.write(to: directory.appendingPathComponent(name))
        if let folder = ProcessInfo.processInfo.environment["RULESD_SCREENSHOTS"], !folder.isEmpty {
            let target = folder.hasPrefix("/") ? URL(fileURLWithPath: folder) : RulesdProcess.repositoryRoot.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try png.write(to: target.appendingPathComponent(name))
        }
    }

    @Test func aSellerSignsInOpensAConversationAndAnswersByHand() async throws {
        guard WebDriver.isInstalled else {
            if ProcessInfo.processInfo.environment["RULESD_SKIP_BROWSER_TESTS"] == "1" { return }
            Issue.record("the browser test needs Debian's chromium and chromium-driver (.ci/run installs them); RULESD_SKIP_BROWSER_TESTS=1 skips it")
            return
        }
        let directory = try RulesdProcess.temporaryDirectory()
        try await FakeMetaServer.run(server: FakeMetaServer(answersSendsByDefault: true)) { fake, base in
            await fake.script("/v21.0/\(Self.ana)?fields=name,username", [ScriptedResponse(status: 200, body: #"{"name":"Ana López","username":"ana.shop"}"#)])
            await fake.script("/v21.0/\(Self.luis)?fields=name,username", [ScriptedResponse(status: 200, body: #"{"name":"Luis","username":"luis.style"}"#)])
            let rules = directory.appendingPathComponent("shop.rules")
            try """
                template price = "Hi {{contact.name or "there"}}! The linen dress is 45 €, sizes S to XL: shop.example/linen"
                rule "Price questions" when message contains any "how much", "price" then
                    reply price
                    tag "asked-price"
                end
                rule "Complaints" when sentiment < -0.4 then
                    reply "I'm sorry! A person from the shop will answer you today."
                    tag "angry"
                    pause 1d
                end
                rule "Opening hours" when message contains any "open", "hours" then reply "We answer every day from 9 to 18." end
                """.write(to: rules, atomically: true, encoding: .utf8)
            let serve = try await ServeProcess.start(
                rules: rules.path, db: directory.appendingPathComponent("shop.sqlite").path, environment: environment(graphAPI: base), in: directory)
            #expect(serve.log.contains("console") == false || !serve.log.contains(Self.password), "the password is never logged")

            let now = Date()
            #expect(try await serve.post(
                "/webhooks/instagram", body: ServeProcess.instagramBody(mid: "m_luis", from: Self.luis, text: "This is the worst service, my order never came!!", at: now.addingTimeInterval(-600)),
                secret: "ig-secret") == 200)
            #expect(try await serve.post(
                "/webhooks/instagram", body: ServeProcess.instagramBody(mid: "m_ana", from: Self.ana, text: "Hi! How much is the linen dress in size M?", at: now),
                secret: "ig-secret") == 200)
            let answered = await eventually { await fake.requests.filter { $0.path.hasSuffix("/me/messages") }.count >= 2 }
            #expect(answered, "the rules answered both\n\(serve.log)")

            let browser = try await WebDriver.start(height: 1400, log: directory.appendingPathComponent("chromedriver.log"))
            do {
                try await browser.open(serve.base + "/console")
                #expect(try await browser.currentURL.hasSuffix("/console/login"), "signed out, the console sends to the login form")
                try await keep(browser, "console-login.png", in: directory)
                try await browser.type("wrong password", into: "#password")
                try await browser.click("button[type=submit]")
                #expect(await browser.waitFor { try await $0.source.contains("That is not the console password.") })
                try await browser.type(Self.password, into: "#password")
                try await browser.click("button[type=submit]")
                #expect(await browser.waitFor { try await $0.currentURL.hasSuffix("/console") })
                let list = try await browser.source
                #expect(list.contains("Ana López") && list.contains("@ana.shop") && list.contains("badge instagram"))
                #expect(list.contains("paused until"), "the complaint paused its conversation")
                try await keep(browser, "console-conversations.png", in: directory)

                try await browser.click("a[href$='\(Self.ana)']")
                #expect(await browser.waitFor { try await $0.currentURL.hasSuffix(Self.ana) })
                let conversation = try await browser.source
                #expect(conversation.contains("Hi! How much is the linen dress in size M?"))
                #expect(conversation.contains("<strong>Price questions</strong>"))
                #expect(conversation.contains("The linen dress is 45 €"))
                #expect(conversation.contains(#"<span class="delivery sent">sent</span>"#))

                try await browser.type("Yes, size M is in stock! Shall I keep one for you?", into: "#reply-text")
                try await browser.click("form[action$='/reply'] button[type=submit]")
                let reached = await eventually {
                    await fake.requests.contains { $0.path.hasSuffix("/me/messages") && String(decoding: $0.body, as: UTF8.self).contains("Shall I keep one for you?") }
                }
                #expect(reached, "the reply typed by hand reached the Graph API\n\(serve.log)")
                let shown = try await eventually {
                    try await browser.open(try await browser.currentURL)
                    let page = try await browser.source
                    return page.contains("Shop (typed in the console)") && page.contains("Shall I keep one for you?")
                        && page.components(separatedBy: #"<span class="delivery sent">sent</span>"#).count >= 3
                }
                let shownPage = try await browser.source
                #expect(shown, "the reply shows in the conversation as sent\n\(shownPage)")
                #expect(try await browser.source.contains("taken over by the shop until"))
                try await keep(browser, "console-conversation.png", in: directory)

                try await browser.open(serve.base + "/console/rules")
                #expect(try await browser.source.contains("<svg"))
                try await keep(browser, "console-rules.png", in: directory)
                try await browser.open(serve.base + "/console/playground")
                try await browser.type("what are your opening hours?", into: "#pg-text")
                try await browser.click("form[action='/console/playground'] button[type=submit]")
                #expect(await browser.waitFor { try await $0.source.contains("1 rule would fire") })
                try await keep(browser, "console-playground.png", in: directory)
                try await browser.open(serve.base + "/console/health")
                try await keep(browser, "console-health.png", in: directory)

                try await browser.resize(width: 390, height: 844)
                try await browser.open(serve.base + "/console")
                try await keep(browser, "console-phone.png", in: directory)
                try await browser.click("form.signout button")
                #expect(await browser.waitFor { try await $0.currentURL.hasSuffix("/console/login") })
                try await browser.open(serve.base + "/console")
                #expect(try await browser.currentURL.hasSuffix("/console/login"), "signed out")
            } catch {
                await browser.stop()
                _ = try? await serve.stop()
                throw error
            }
            await browser.stop()
            #expect(!serve.log.contains(Self.password), "the password is never logged")
            try await serve.stop()
        }
    }
}
