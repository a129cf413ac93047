import Engine
import Foundation
import RulesDSL
import Testing

/// LANGUAGE.md version 2, "WhatsApp templates": declared as approved in WhatsApp Manager, sent with
/// `reply T` (any time) or as the fallback of `reply A else T` (once the window has closed).
@Suite struct WhatsAppTemplateRulesTests {
    static let shop = """
        set shop = "Luna Studio"
        template nudge = "Still thinking about it? I can hold one for you."
        template reengage = whatsapp "cart_reminder" language "es" with "{{contact.first_name or "hola"}}", "{{shop}}"
        template ready = whatsapp "order_ready_pickup" language "en_US" with first_name = "{{contact.first_name or "there"}}", order_id = "8841"
          header "Order 8841" quick replies "PICKUP_CONFIRM_8841" url "8841"
        rule "Nudge" when message contains "maybe" then reply nudge else reengage end
        rule "Ready" on whatsapp when message contains "ready" then reply ready end
        """

    func errors(_ text: String) -> [String] {
        FrontEnd.check([SourceFile(name: "t.rules", text: text)]).diagnostics.filter { $0.message.severity == .error }.map(\.message.text)
    }

    @Test func anApprovedTemplateIsSentWithItsParametersFilledIn() throws {
        let program = try program(Self.shop)
        var chat = Conversation(program)
        let reply = try #require(chat.send("is my order ready?", channel: .whatsapp, name: "Tom Baker").reply)
        #expect(reply.template == "ready")
        #expect(reply.whatsappTemplate == WhatsAppTemplateMessage(
            name: "order_ready_pickup", language: "en_US",
            parameters: [.init(name: "first_name", text: "Tom"), .init(name: "order_id", text: "8841")],
            header: "Order 8841", quickReplies: ["PICKUP_CONFIRM_8841"], urlSuffix: "8841"))
        #expect(reply.text == #"WhatsApp template order_ready_pickup (en_US) with first_name = "Tom", order_id = "8841""#)
    }

    @Test func replyElseCarriesTheApprovedTemplateOnWhatsAppOnly() throws {
        let program = try program(Self.shop)
        var whatsapp = Conversation(program)
        let reply = try #require(whatsapp.send("maybe later", channel: .whatsapp, name: "Lucía Gómez").reply)
        #expect(reply.text == "Still thinking about it? I can hold one for you." && reply.whatsappTemplate == nil)
        #expect(reply.fallback == WhatsAppTemplateMessage(
            name: "cart_reminder", language: "es", parameters: [.init(text: "Lucía"), .init(text: "Luna Studio")]))
        var instagram = Conversation(program)
        #expect(instagram.send("maybe later").reply?.fallback == nil, "Instagram has no approved templates")
    }

    @Test func theDeclarationTakesTheCanonicalLayout() {
        let formatted = formatChecked("""
            template reengage = whatsapp   "cart_reminder" language "es"   with "{{contact.first_name or "hola"}}","{{shop}}"
            template short = whatsapp "hello" language "en_US"   with "a"
            template ready = whatsapp "order_ready_pickup" language "en_US" with first_name="{{contact.first_name}}", order_id = "8841" header "Order 8841" quick replies "P1", "P2" url "8841"
            rule "r" on whatsapp when message contains "x" then reply nudge    else   reengage end
            """)
        #expect(formatted.hasPrefix("""
            template reengage = whatsapp "cart_reminder" language "es"
              with "{{contact.first_name or "hola"}}", "{{shop}}"
            template short = whatsapp "hello" language "en_US" with "a"
            template ready = whatsapp "order_ready_pickup" language "en_US"
              with first_name = "{{contact.first_name}}", order_id = "8841"
              header "Order 8841"
              quick replies "P1", "P2"
              url "8841"
            """))
        #expect(formatted.contains("then reply nudge else reengage\n"))
    }

    @Test func mistakesAreErrorsThatSayWhatToWrite() {
        let declarations = """
            template nudge = "Still there?"
            template reengage = whatsapp "cart_reminder" language "es"

            """
        #expect(errors(declarations + #"rule "r" when message contains "x" then reply reengage end"#).first?.contains("add 'on whatsapp' to the rule") == true)
        #expect(errors(declarations + #"rule "r" on whatsapp when message contains "x" then reply reengage end"#).isEmpty)
        #expect(errors(declarations + #"rule "r" when message contains "x" then reply nudge else reengage end"#).isEmpty, "else is fine anywhere")
        #expect(errors(declarations + #"rule "r" when message contains "x" then reply reengage else nudge end"#).first?.contains("it goes after 'else'") == true)
        #expect(errors(declarations + #"rule "r" when message contains "x" then reply nudge else nudge end"#).first?.contains("after 'else' comes a template approved") == true)
        #expect(errors(declarations + #"rule "r" on comments when message contains "x" then reply publicly reengage end"#).first?.contains("an answer under a comment is Instagram text") == true)
        #expect(errors(#"template t = whatsapp "Cart Reminder" language "es""#).first?.contains("lowercase letters, digits and _") == true)
        #expect(errors(#"template t = whatsapp "cart" language "Spanish""#).first?.contains("such as \"es\", \"en_US\" or \"pt_BR\"") == true)
        #expect(errors(#"template t = whatsapp "cart" language "en-US""#).isEmpty, "webhooks write en-US: taken as en_US")
        #expect(errors(#"template t = whatsapp "cart" language "es" with a = "1", "2""#).first?.contains("give every parameter a name") == true)
        #expect(errors(#"template t = whatsapp "cart" language "es" with "{{contact.nmae}}""#).first?.contains("unknown template variable 'contact.nmae'") == true)
        #expect(errors("template t = \"x\"\ntemplate t = whatsapp \"cart\" language \"es\"\n").first?.contains("defined more than once") == true)
    }
}
