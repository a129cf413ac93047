import Connectors
import Engine
import Foundation
import Testing

/// The doctor's read calls: request shapes, and answers in the shapes of PLATFORMS.md §8, §13.1 and §13.2.
@Suite struct AccountChecksTests {
    let api = GraphAPI(base: "https://graph.example")

    @Test func instagramSubscribedAppsWithAndWithoutFields() throws {
        let request = AccountChecks.instagramSubscribedApps(token: "tok", api: api)
        #expect(request.method == "GET")
        #expect(request.url == "https://graph.example/v21.0/me/subscribed_apps")
        #expect(request.headers["Authorization"] == "Bearer tok")
        let body = Data("""
            {"data":[
              {"category":"Business","link":"https://my-clever-domain-name.com/app","name":"My Sample App","id":"44","subscribed_fields":["messages","comments"]},
              {"id":"45","name":"Installed only"},
              {"id":46,"subscribed_fields":["messaging_postbacks"]}
            ]}
            """.utf8)
        let apps = try #require(AccountChecks.parseInstagramSubscribedApps(body))
        #expect(apps == [
            AccountChecks.SubscribedApp(id: "44", name: "My Sample App", fields: ["messages", "comments"]),
            AccountChecks.SubscribedApp(id: "45", name: "Installed only", fields: []),
            AccountChecks.SubscribedApp(id: "46", name: nil, fields: ["messaging_postbacks"]),
        ])
        #expect(AccountChecks.parseInstagramSubscribedApps(Data(#"{"data":[]}"#.utf8)) == [])
        #expect(AccountChecks.parseInstagramSubscribedApps(Data(#"{"error":{"code":190}}"#.utf8)) == nil)
    }

    @Test func whatsAppSubscribedApps() throws {
        let request = AccountChecks.whatsappSubscribedApps(businessAccountID: "109876543210987", token: "tok", api: api)
        #expect(request.url == "https://graph.example/v21.0/109876543210987/subscribed_apps")
        #expect(request.headers["Authorization"] == "Bearer tok")
        let body = Data(#"{"data":[{"whatsapp_business_api_data":{"id":"777","link":"https://x.example","name":"rulesd"}}]}"#.utf8)
        #expect(AccountChecks.parseWhatsAppSubscribedApps(body) == ["777"])
        #expect(AccountChecks.parseWhatsAppSubscribedApps(Data(#"{"data":[],"paging":{}}"#.utf8)) == [])
        #expect(AccountChecks.parseWhatsAppSubscribedApps(Data("not json".utf8)) == nil)
    }

    @Test func whatsAppPhoneNumber() throws {
        let request = AccountChecks.whatsappPhoneNumber("1065", token: "tok", api: api)
        #expect(request.url == "https://graph.example/v21.0/1065?fields=display_phone_number,verified_name,quality_rating")
        let body = Data(#"{"display_phone_number":"+1 555-0100","verified_name":"Luna Shop","quality_rating":"RED","id":"1065"}"#.utf8)
        #expect(AccountChecks.parsePhoneNumber(body) == AccountChecks.PhoneNumber(displayNumber: "+1 555-0100", verifiedName: "Luna Shop", qualityRating: "RED"))
        #expect(AccountChecks.parsePhoneNumber(Data(#"{"id":"1065"}"#.utf8)) == nil)
    }

    @Test func debugTokenEncodesTheTokenAndSecret() {
        let request = AccountChecks.debugToken("IG+a/b=c&d", appID: "123", appSecret: "s|e&c", api: api)
        #expect(request.method == "GET")
        #expect(request.url == "https://graph.example/v21.0/debug_token?input_token=IG%2Ba%2Fb%3Dc%26d&access_token=123%7Cs%7Ce%26c")
        #expect(request.headers["Authorization"] == nil)
    }

    @Test func debugTokenAnswers() throws {
        let expiring = Data(#"{"data":{"app_id":"123","type":"USER","expires_at":1795000000,"is_valid":true,"scopes":["instagram_business_basic","instagram_business_manage_messages"]}}"#.utf8)
        let info = try #require(AccountChecks.parseDebugToken(expiring))
        #expect(info.isValid)
        #expect(info.expiresAt == Date(timeIntervalSince1970: 1_795_000_000))
        #expect(info.scopes == ["instagram_business_basic", "instagram_business_manage_messages"])

        let never = try #require(AccountChecks.parseDebugToken(Data(#"{"data":{"expires_at":0,"is_valid":true,"scopes":[]}}"#.utf8)))
        #expect(never.expiresAt == nil && never.isValid)

        let invalid = try #require(AccountChecks.parseDebugToken(Data(#"{"data":{"error":{"code":190,"message":"expired"},"is_valid":false,"scopes":[]}}"#.utf8)))
        #expect(!invalid.isValid)
        #expect(AccountChecks.parseDebugToken(Data(#"{"error":{"code":190}}"#.utf8)) == nil)
    }

    @Test func mediaRequestAsksForOneID() {
        let request = AccountChecks.instagramMedia(account: "17841400000000001", token: "tok", api: api)
        #expect(request.url == "https://graph.example/v21.0/17841400000000001/media?fields=id&limit=1")
        #expect(request.headers["Authorization"] == "Bearer tok")
    }
}
