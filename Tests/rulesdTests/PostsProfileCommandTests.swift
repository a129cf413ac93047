import Engine
import FakeMeta
import Foundation
import Testing

/// `rulesd posts instagram` and `rulesd profile show|push instagram`, run as a seller would, against a fake
/// Graph API on 127.0.0.1.
@Suite struct PostsProfileCommandTests {
    static let account = "17841400000000001"
    static let profilePath = "/v21.0/17841400000000001/messenger_profile"
    static let profileReadPath = profilePath + "?fields=ice_breakers,persistent_menu&platform=instagram"

    static let rules = """
        ice breakers "What are your prices?" -> "PRICES", "Do you ship abroad?" -> "SHIPPING"
        menu "Prices" -> "PRICES", "Our catalog" -> "https://luna.example/catalog"

        rule "r" when message contains "hi" then reply "Hello" end
        """

    func environment(_ base: String, account: String? = PostsProfileCommandTests.account) -> [String: String] {
        var environment = ["INSTAGRAM_ACCESS_TOKEN": "secret-ig-token", "GRAPH_API_BASE": base]
        environment["INSTAGRAM_ACCOUNT_ID"] = account
        return environment
    }

    /// A rule file with `text`, its path.
    func ruleFile(_ text: String = PostsProfileCommandTests.rules) throws -> String {
        let url = try RulesdProcess.temporaryDirectory().appendingPathComponent("shop.rules")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func json(_ data: Data) throws -> JSONValue { try JSONValue.parse(data) }

    // MARK: posts

    /// PLATFORMS.md §9.7's answer to `GET /{ig-user-id}/media`, kept with the connectors' fixtures.
    static let media = try! String(
        contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ConnectorsTests/Fixtures/graph/ig_media.json"), encoding: .utf8)

    @Test func postsPrintsOneLinePerPostAndTheHint() async throws {
        try await FakeMetaServer.run { fake, base in
            await fake.script(
                "/v21.0/17841400000000001/media?fields=id,caption,media_type,media_product_type,permalink,timestamp&limit=25",
                [ScriptedResponse(status: 200, body: Self.media)])
            let output = try await RulesdProcess.runDetached(["posts", "instagram"], environment: environment(base))
            #expect(output.status == 0, "\(output.stderr)")
            let lines = output.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 3, "\(output.stdout)")
            #expect(lines[0].hasPrefix("18034567890123456  2025-10-09  FEED"), "\(lines[0])")
            #expect(lines[0].contains("https://www.instagram.com/p/DPq1b2C3d4E/"))
            #expect(lines[0].contains("New in: linen dress"))
            #expect(lines[1].hasPrefix("18056789012345678  2025-10-07  REELS"), "\(lines[1])")
            #expect(lines[2].contains(#"post is "18034567890123456""#), "\(lines[2])")
            #expect(!output.stdout.contains("secret-ig-token") && !output.stderr.contains("secret-ig-token"))
            #expect(await fake.requests.first?.headers["Authorization"] == "Bearer secret-ig-token")
        }
    }

    @Test func postsAsksWhichAccountWhenNotConfigured() async throws {
        try await FakeMetaServer.run { fake, base in
            await fake.script("/v21.0/me?fields=user_id,username", [ScriptedResponse(status: 200, body: #"{"user_id":"17841400000000001","username":"luna"}"#)])
            await fake.script(
                "/v21.0/17841400000000001/media?fields=id,caption,media_type,media_product_type,permalink,timestamp&limit=5",
                [ScriptedResponse(status: 200, body: Self.media)])
            let output = try await RulesdProcess.runDetached(["posts", "instagram", "--limit", "5"], environment: environment(base, account: nil))
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout.contains("18056789012345678"))
            #expect(await fake.requests.map(\.path).first == "/v21.0/me?fields=user_id,username")
        }
    }

    @Test func postsUsageErrors() throws {
        let noToken = try RulesdProcess.run(["posts", "instagram"], environment: [:])
        #expect(noToken.status == 2)
        #expect(noToken.stderr.contains("INSTAGRAM_ACCESS_TOKEN is not set"))
        #expect(try RulesdProcess.run(["posts", "instagram", "--limit", "101"], environment: ["INSTAGRAM_ACCESS_TOKEN": "t"]).status == 2)
        #expect(try RulesdProcess.run(["posts", "whatsapp"], environment: ["INSTAGRAM_ACCESS_TOKEN": "t"]).status == 2)
    }

    @Test func postsRefusedIsExitOne() async throws {
        try await FakeMetaServer.run { fake, base in
            await fake.script(
                "/v21.0/17841400000000001/media?fields=id,caption,media_type,media_product_type,permalink,timestamp&limit=25",
                [ScriptedResponse(status: 400, body: #"{"error":{"message":"Invalid OAuth access token","code":190}}"#)])
            let output = try await RulesdProcess.runDetached(["posts", "instagram"], environment: environment(base))
            #expect(output.status == 1)
            #expect(output.stderr.contains("the access token has expired or is invalid"), "\(output.stderr)")
        }
    }

    // MARK: profile show

    @Test func profileShowPrintsWhatIsLive() async throws {
        try await FakeMetaServer.run { fake, base in
            await fake.script(Self.profileReadPath, [ScriptedResponse(status: 200, body: """
                {"data":[{"ice_breakers":[{"call_to_actions":[{"question":"What are your prices?","payload":"PRICES"}],"locale":"default"}]}]}
                """)])
            let output = try await RulesdProcess.runDetached(["profile", "show", "instagram"], environment: environment(base))
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout == "ice breakers:\n  \"What are your prices?\" -> PRICES\nmenu: none\n", "\(output.stdout)")
        }
    }

    // MARK: profile push

    @Test func pushDryRunPrintsTheDifferencesAndChangesNothing() async throws {
        let rules = try ruleFile()
        try await FakeMetaServer.run { fake, base in
            await fake.script(Self.profileReadPath, [ScriptedResponse(status: 200, body: """
                {"data":[{"persistent_menu":[{"locale":"default","call_to_actions":[{"type":"postback","title":"Old item","payload":"OLD"}]}]}]}
                """)])
            let output = try await RulesdProcess.runDetached(["profile", "push", "instagram", "--dry-run", rules], environment: environment(base))
            #expect(output.status == 0, "\(output.stderr)")
            for line in [
                #"+ ice breaker "What are your prices?" -> PRICES"#, #"+ ice breaker "Do you ship abroad?" -> SHIPPING"#,
                #"- menu "Old item" -> OLD"#, #"+ menu "Prices" -> PRICES"#, #"+ menu "Our catalog" -> https://luna.example/catalog"#,
            ] {
                #expect(output.stdout.contains(line), "\(output.stdout)")
            }
            #expect(output.stdout.contains("dry run"))
            #expect(await fake.requests.map(\.method) == ["GET"])
        }
    }

    @Test func pushSetsWhatTheRulesDeclare() async throws {
        let rules = try ruleFile()
        try await FakeMetaServer.run { fake, base in
            await fake.script(Self.profileReadPath, [ScriptedResponse(status: 200, body: #"{"data":[]}"#)])
            await fake.script(Self.profilePath, [ScriptedResponse(status: 200, body: #"{"result":"success"}"#)])
            let output = try await RulesdProcess.runDetached(["profile", "push", "instagram", rules], environment: environment(base))
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout.contains("set 2 ice breakers and 2 menu items"), "\(output.stdout)")
            let requests = await fake.requests
            #expect(requests.map(\.method) == ["GET", "POST"])
            let post = try #require(requests.last)
            #expect(post.path == Self.profilePath)
            #expect(try json(post.body) == json(Data("""
                { "platform": "instagram",
                  "ice_breakers": [ { "locale": "default",
                                      "call_to_actions": [ { "question": "What are your prices?", "payload": "PRICES" },
                                                           { "question": "Do you ship abroad?", "payload": "SHIPPING" } ] } ],
                  "persistent_menu": [ { "locale": "default",
                                         "call_to_actions": [ { "type": "postback", "title": "Prices", "payload": "PRICES" },
                                                              { "type": "web_url", "title": "Our catalog", "url": "https://luna.example/catalog" } ] } ] }
                """.utf8)), "\(String(decoding: post.body, as: UTF8.self))")
            #expect(!output.stdout.contains("secret-ig-token"))
        }
    }

    @Test func pushRemovesASideTheRulesNoLongerDeclare() async throws {
        let rules = try ruleFile("""
            ice breakers "What are your prices?" -> "PRICES", "Do you ship abroad?" -> "SHIPPING"

            rule "r" when message contains "hi" then reply "Hello" end
            """)
        try await FakeMetaServer.run { fake, base in
            await fake.script(Self.profileReadPath, [ScriptedResponse(status: 200, body: """
                {"data":[{"ice_breakers":[{"call_to_actions":[{"question":"What are your prices?","payload":"PRICES"},
                                                              {"question":"Do you ship abroad?","payload":"SHIPPING"}],"locale":"default"}],
                          "persistent_menu":[{"locale":"default","call_to_actions":[{"type":"postback","title":"Old item","payload":"OLD"}]}]}]}
                """)])
            await fake.script(Self.profilePath, [ScriptedResponse(status: 200, body: #"{"result":"success"}"#)])
            let output = try await RulesdProcess.runDetached(["profile", "push", "instagram", rules], environment: environment(base))
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout.contains(#"- menu "Old item" -> OLD"#), "\(output.stdout)")
            let requests = await fake.requests
            // The ice breakers are already right: only the menu is removed.
            #expect(requests.map(\.method) == ["GET", "DELETE"])
            let delete = try #require(requests.last)
            #expect(delete.path == Self.profilePath)
            #expect(try json(delete.body) == json(Data(#"{"fields":["persistent_menu"]}"#.utf8)))
        }
    }

    @Test func pushWhenNothingChanged() async throws {
        let rules = try ruleFile()
        try await FakeMetaServer.run { fake, base in
            await fake.script(Self.profileReadPath, [ScriptedResponse(status: 200, body: """
                {"data":[{"ice_breakers":[{"call_to_actions":[{"question":"What are your prices?","payload":"PRICES"},
                                                              {"question":"Do you ship abroad?","payload":"SHIPPING"}],"locale":"default"}],
                          "persistent_menu":[{"locale":"default","call_to_actions":[{"type":"postback","title":"Prices","payload":"PRICES"},
                                                                                    {"type":"web_url","title":"Our catalog","url":"https://luna.example/catalog"}]}]}]}
                """)])
            let output = try await RulesdProcess.runDetached(["profile", "push", "instagram", rules], environment: environment(base))
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout == "instagram: the profile is already up to date\n", "\(output.stdout)")
            #expect(await fake.requests.count == 1)
        }
    }
}
