import Engine
import FakeMeta
import Foundation
import Testing

@testable import rulesd

/// `rulesd contacts import`: the seller's existing customers, so launch day greets no regular as new.
@Suite struct ContactsImportTests {
    static let account = "17841400000000001"

    @Test func csvRowsAreImportedOnceAndBadRowsNamedByLine() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let db = directory.appendingPathComponent("shop.sqlite").path
        try """
            channel,id,name,tags
            instagram,7201,Ana María López,vip;regular
            whatsapp,+34 600 123 456,"Gómez, Lucía",regular
            telegram,99,Bob,
            instagram,@marta.shop,Marta,
            whatsapp,,Nobody,
            whatsapp,34600999888,Pedro
            instagram,7202,"Luis ""Lucho"" Pérez", vip ; ;
            """.write(to: directory.appendingPathComponent("customers.csv"), atomically: true, encoding: .utf8)
        let environment = ["INSTAGRAM_ACCOUNT_ID": Self.account, "WHATSAPP_PHONE_NUMBER_ID": "106540352200001"]
        let first = try RulesdProcess.run(["contacts", "import", "customers.csv", "--db", db], in: directory, environment: environment)
        #expect(first.status == 1, "rows were skipped")
        #expect(first.stdout == "imported 3 contacts from customers.csv into \(db): 3 new, 0 updated, 0 unchanged; 4 rows skipped\n")
        let errors = first.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 4, "\(first.stderr)")
        #expect(errors[0] == "customers.csv:4: channel 'telegram' is not instagram or whatsapp; skipped")
        #expect(errors[1].hasPrefix("customers.csv:5: '@marta.shop' is not an Instagram contact id"))
        #expect(errors[2] == "customers.csv:6: no id; skipped")
        #expect(errors[3].hasPrefix("customers.csv:7: 3 fields where the header has 4"))

        let store = try MessageStore(path: db)
        let ana = try await store.state(for: ContactKey(channel: .instagram, account: Self.account, contact: "7201"))
        #expect(ana.importedAt != nil && ana.name == "Ana María López" && ana.tags.sorted == ["regular", "vip"] && ana.messageCount == 0)
        let lucia = try await store.state(for: ContactKey(channel: .whatsapp, account: "106540352200001", contact: "34600123456"))
        #expect(lucia.name == "Gómez, Lucía" && lucia.importedAt != nil, "the number's spaces and + are dropped")
        let luis = try await store.state(for: ContactKey(channel: .instagram, account: Self.account, contact: "7202"))
        #expect(luis.name == "Luis \"Lucho\" Pérez" && luis.tags.sorted == ["vip"])

        let again = try RulesdProcess.run(["contacts", "import", "customers.csv", "--db", db], in: directory, environment: environment)
        #expect(again.stdout.hasPrefix("imported 3 contacts from customers.csv into \(db): 0 new, 0 updated, 3 unchanged"), "\(again.stdout)")
        #expect(try await MessageStore(path: db).state(for: ContactKey(channel: .instagram, account: Self.account, contact: "7201")) == ana)
    }

    @Test(arguments: TestDatabases.backends) func aContactAlreadyTalkingKeepsItsHistoryAndGainsTags(_ backend: StoreBackend) async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let db = try await TestDatabases.fresh(backend)
        let key = ContactKey(channel: .instagram, account: "acct", contact: "7301")
        var talking = ContactState()
        talking.messageCount = 4
        talking.tags = ["price-asked"]
        try await MessageStore.open(path: db).save(talking, for: key)
        try "channel,id,name,tags,account\ninstagram,7301,Sara,vip,acct\n".write(
            to: directory.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)
        let output = try RulesdProcess.run(["contacts", "import", "c.csv", "--db", db, "--tag", "imported"], in: directory, environment: [:])
        #expect(output.status == 0 && output.stdout.contains("0 new, 1 updated"), "\(output.stdout)\(output.stderr)")
        let state = try await MessageStore.open(path: db).state(for: key)
        #expect(state.messageCount == 4 && state.tags.sorted == ["imported", "price-asked", "vip"] && state.name == "Sara")
    }

    @Test func aFileThatCannotBeReadIsAUsageError() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try "name,tags\nAna,vip\n".write(to: directory.appendingPathComponent("no-id.csv"), atomically: true, encoding: .utf8)
        let noID = try RulesdProcess.run(["contacts", "import", "no-id.csv", "--db", "x.sqlite"], in: directory, environment: [:])
        #expect(noID.status == 2)
        #expect(noID.stderr.contains("no-id.csv:1: the header has no 'channel' column"), "\(noID.stderr)")
        try "channel,id,name,tags\ninstagram,1,\"Ana,vip\n".write(to: directory.appendingPathComponent("open.csv"), atomically: true, encoding: .utf8)
        let open = try RulesdProcess.run(["contacts", "import", "open.csv", "--db", "x.sqlite"], in: directory, environment: [:])
        #expect(open.status == 2)
        #expect(open.stderr.contains("open.csv:2: a double quote opened here is never closed"), "\(open.stderr)")
        let noAccount = try RulesdProcess.run(["contacts", "import", "open.csv", "--db", "x.sqlite"], in: directory, environment: [:])
        #expect(noAccount.status == 2)
    }

    @Test func rowsWithoutAnAccountNeedOne() throws {
        let directory = try RulesdProcess.temporaryDirectory()
        try "channel,id,name,tags\ninstagram,7401,Ana,\n".write(to: directory.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)
        let output = try RulesdProcess.run(["contacts", "import", "c.csv", "--db", "x.sqlite"], in: directory, environment: [:])
        #expect(output.status == 1)
        #expect(output.stderr == "c.csv:2: no account for instagram: add an account column, or set INSTAGRAM_ACCOUNT_ID; skipped\n")
    }

    @Test func theInstagramAccountsConversationsAreImportedPageByPage() async throws {
        let directory = try RulesdProcess.temporaryDirectory()
        let db = directory.appendingPathComponent("shop.sqlite").path
        try await FakeMetaServer.run { fake, base in
            await fake.script("/v21.0/me?fields=user_id,username", [ScriptedResponse(status: 200, body: #"{"user_id":"\#(Self.account)","id":"9988776655","username":"luna.studio"}"#)])
            let first = "/v21.0/me/conversations?platform=instagram&fields=participants&limit=100"
            await fake.script(first, [ScriptedResponse(status: 200, body: """
                {"data":[
                  {"id":"c1","participants":{"data":[{"username":"luna.studio","id":"\(Self.account)"},{"username":"ana.shop","id":"7501"}]}},
                  {"id":"c2","participants":{"data":[{"username":"luna.studio","id":"\(Self.account)"},{"username":"bea_b","id":"7502"}]}}],
                 "paging":{"cursors":{"after":"QVFIUk"},"next":"https://graph.instagram.com/v21.0/me/conversations?after=QVFIUk"}}
                """)])
            await fake.script(first + "&after=QVFIUk", [ScriptedResponse(status: 200, body: """
                {"data":[{"id":"c3","participants":{"data":[{"username":"luna.studio","id":"\(Self.account)"},{"username":"carla","id":"7503"}]}}],
                 "paging":{"cursors":{"after":"END"}}}
                """)])
            let output = try await RulesdProcess.runDetached(
                ["contacts", "import", "instagram", "--db", db, "--tag", "customer"], in: directory,
                environment: ["INSTAGRAM_ACCESS_TOKEN": "ig-token", "GRAPH_API_BASE": base])
            #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
            #expect(output.stdout.contains("imported 3 contacts from the Instagram account's conversations"), "\(output.stdout)")
            #expect(await fake.requests.allSatisfy { $0.headers["Authorization"] == "Bearer ig-token" })
        }
        let store = try MessageStore(path: db)
        for (id, username) in [("7501", "ana.shop"), ("7502", "bea_b"), ("7503", "carla")] {
            let state = try await store.state(for: ContactKey(channel: .instagram, account: Self.account, contact: id))
            #expect(state.username == username && state.importedAt != nil && state.tags.contains("customer"))
        }
        #expect(try await store.state(for: ContactKey(channel: .instagram, account: Self.account, contact: Self.account)).importedAt == nil, "not the shop itself")
    }

    @Test func csvRecordsFollowRFC4180() throws {
        let records = try CSVRecords.parse("\u{FEFF}a,b\r\n\"x, y\",\"two\nlines\"\r\n\r\nlast,\"q\"\"q\"")
        #expect(records == [
            .init(line: 1, fields: ["a", "b"]), .init(line: 2, fields: ["x, y", "two\nlines"]), .init(line: 5, fields: ["last", "q\"q"]),
        ])
    }
}
