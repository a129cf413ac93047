import Engine
import Foundation
import RulesDSL
import Testing

/// Languages in the rules (LANGUAGE.md version 2, "Several languages"): `language is es`, a template's
/// text per language, `{{contact.language}}`, hours written in the message's language, and the contact's
/// last sure language for short or unclear messages.
@Suite struct LanguageRulesTests {
    static let shop = """
        hours open = mon-fri 09:00-18:00, sat 10:00-14:00 in "Europe/Madrid"
        template price = "All our prices are in the catalog"
          es "Todos los precios están en el catálogo"
          pt "Todos os preços estão no catálogo"
        template thanks = one of "Thank you! 🙏", "Thanks so much!"
          es one of "¡Gracias! 🙏", "¡Mil gracias!"
        template hours = "We open {{hours.open}}; next {{hours.open.next}} ({{contact.language or \\"?\\"}})"
          es "Abrimos {{hours.open}}; la próxima vez {{hours.open.next}} ({{contact.language or \\"?\\"}})"
        rule "Price" when message contains any "price", "precio", "preço", "preco", "cuanto", "quanto" then reply price end
        rule "Thanks" when message contains any "thanks", "gracias", "obrigada" then reply thanks end
        rule "Hours" when message contains any "open", "abren", "horario", "abrem" then reply hours end
        rule "Spanish speakers" when language is es then tag "es" end
        """

    @Test func eachMessageGetsTheTextOfItsLanguage() throws {
        let program = try program(Self.shop)
        var english = Conversation(program)
        #expect(english.send("what's the price of the blue dress?").reply?.text == "All our prices are in the catalog")
        var spanish = Conversation(program)
        #expect(spanish.send("cuánto cuesta el vestido azul?").reply?.text == "Todos los precios están en el catálogo")
        #expect(spanish.state.tags.contains("es"))
        #expect(spanish.state.language == .es)
        var portuguese = Conversation(program)
        #expect(portuguese.send("qual o preço do vestido azul?").reply?.text == "Todos os preços estão no catálogo")
        #expect(!portuguese.state.tags.contains("es"))
    }

    @Test func oneOfVariantsPerLanguage() throws {
        let program = try program(Self.shop)
        var spanish = Conversation(program)
        let reply = try #require(spanish.send("muchas gracias por todo, me encantó").reply)
        #expect(["¡Gracias! 🙏", "¡Mil gracias!"].contains(reply.text))
        var portuguese = Conversation(program)
        let fallback = try #require(portuguese.send("muito obrigada pelo carinho").reply)
        #expect(["Thank you! 🙏", "Thanks so much!"].contains(fallback.text), "no pt text: the default")
    }

    @Test func aShortOrUnclearMessageIsReadInTheContactsLastLanguage() throws {
        let program = try program(Self.shop)
        var chat = Conversation(program)
        chat.send("hola, cuánto cuesta el envío a Valencia?")
        chat.clock.advance(.seconds(60))
        let decision = chat.send("precio?")
        #expect(decision.language == .es)
        #expect(decision.reply?.text == "Todos los precios están en el catálogo")
        chat.clock.advance(.seconds(60))
        #expect(chat.send("👍").language == .es)
        #expect(chat.state.language == .es)
        // A new contact's "ok" has no language, and a template its default text.
        var stranger = Conversation(program)
        #expect(stranger.send("ok").language == nil)
        #expect(stranger.state.language == nil)
    }

    /// Hours are written in the language of the text they go into: a Portuguese message to a template with
    /// no Portuguese text gets the English text, with English hours.
    @Test func hoursAreWrittenInTheLanguageOfTheirText() throws {
        let program = try program(Self.shop)
        var spanish = Conversation(program)
        spanish.clock.now = Timestamps.parseISO8601("2026-11-28T19:00:00Z")!  // Saturday 20:00 in Madrid
        let reply = try #require(spanish.send("a qué hora abren mañana?").reply?.text)
        #expect(reply == "Abrimos lun-vie 09:00-18:00, sáb 10:00-14:00; la próxima vez el lunes a las 09:00 (es)")
        var portuguese = Conversation(program)
        portuguese.clock.now = Timestamps.parseISO8601("2026-11-24T19:00:00Z")!  // Tuesday 20:00
        let text = try #require(portuguese.send("que horas vocês abrem amanhã?").reply?.text)
        #expect(text == "We open Mon-Fri 09:00-18:00, Sat 10:00-14:00; next tomorrow at 09:00 (pt)")
    }

    @Test func optionLanguageSaysWhatTheFirstTextsAreWrittenIn() throws {
        let program = try program("""
            option language = es
            hours open = mon-fri 09:00-18:00 in "Europe/Madrid"
            template closed = "Cerrado. Abrimos {{hours.open.next}}; horario {{hours.open}}."
              pt "Fechado. Abrimos {{hours.open.next}}; horário {{hours.open}}."
            rule "closed" when outside open then reply closed end
            """)
        var chat = Conversation(program)
        chat.clock.now = Timestamps.parseISO8601("2026-11-24T19:00:00Z")!
        #expect(chat.send("ok").reply?.text == "Cerrado. Abrimos mañana a las 09:00; horario lun-vie 09:00-18:00.")
        var portuguese = Conversation(program)
        portuguese.clock.now = Timestamps.parseISO8601("2026-11-24T19:00:00Z")!
        #expect(portuguese.send("oi, vocês têm esse vestido no tamanho M?").reply?.text == "Fechado. Abrimos amanhã às 09:00; horário seg-sex 09:00-18:00.")
        #expect(checkSet([("r.rules", "option language = french")]).diagnostics.first?.message.text.hasPrefix("unknown language 'french'") == true)
        #expect(checkSet([("r.rules", "option language = \"es\"")]).diagnostics.isEmpty, "quotes are forgiven")
    }

    @Test func oneOClockInSpanishAndPortuguese() throws {
        let program = try program("""
            hours night = mon-sun 01:00-02:00 in "UTC"
            template t = "x"
              es "Abrimos {{hours.night.next}}"
              pt "Abrimos {{hours.night.next}}"
            rule "r" when true then reply t end
            """)
        var spanish = Conversation(program)
        spanish.clock.now = Timestamps.parseISO8601("2026-11-24T10:00:00Z")!
        #expect(spanish.send("hola, cuánto cuesta el envío?").reply?.text == "Abrimos mañana a la 01:00")
        var portuguese = Conversation(program)
        portuguese.clock.now = Timestamps.parseISO8601("2026-11-24T10:00:00Z")!
        #expect(portuguese.send("oi, quanto custa o frete?").reply?.text == "Abrimos amanhã à 01:00")
    }

    /// The seller trial: a Mexican customer's "que linda", which Portuguese writes almost alike, turned her
    /// Portuguese.
    @Test func wordsBothLanguagesShareDoNotSwitchACustomer() throws {
        let program = try program(Self.shop)
        var chat = Conversation(program)
        chat.send("hola, tienen este collar en plateado? cuánto cuesta?")
        for text in ["que linda 😍", "amiga", "te amo", "mande?", "ok"] {
            chat.clock.advance(.seconds(60))
            #expect(chat.send(text).language == .es, "\(text)")
        }
        chat.clock.advance(.seconds(60))
        #expect(chat.send("oi, vocês entregam no Brasil? qual é o valor do frete para São Paulo?").language == .pt, "a sentence switches")
    }

    @Test func aButtonsTitleDoesNotChangeTheCustomersLanguage() throws {
        let shop = try program(Self.shop)
        var chat = Conversation(shop)
        chat.send("hola, cuánto cuesta el envío a Valencia?")
        chat.clock.advance(.seconds(60))
        let tap = chat.send("Book a call now please", kind: .postback, payload: "BOOK")
        #expect(tap.language == .es)
        let explained = try program("rule \"r\" when language is es then tag \"es\" end")
        let later = chat.clock.now.addingTimeInterval(60)
        let decision = explained.evaluate(message("Reserve now", at: later, kind: .postback, payload: "R"), state: chat.state, now: later)
        #expect(decision.trace.rules.first?.reasons == ["language is es (the customer's last: a button's title is not read)"])
    }

    @Test func languageIsExplainsItself() throws {
        let program = try program("rule \"r\" when language is pt then tag \"pt\" end")
        let decision = program.evaluate(message("oi, tudo bem? vcs entregam em Recife?", at: ManualClock().now), state: ContactState(), now: ManualClock().now)
        #expect(decision.firedRules == ["r"])
        #expect(decision.trace.rules.first?.reasons == ["language is pt"])
        let later = ManualClock().now.addingTimeInterval(60)
        let short = program.evaluate(message("ok", at: later), state: decision.state, now: later)
        #expect(short.trace.rules.first?.reasons == ["language is pt (the customer's last: this message alone is unclear)"])
    }

    /// The seller trial: cities written for a zone.
    @Test func citiesNameTheirZone() {
        for (city, zone) in [("Mexico City", "America/Mexico_City"), ("Sao Paulo", "America/Sao_Paulo"), ("Brasília", "America/Sao_Paulo")] {
            let text = checkSet([("h.rules", "hours open = mon-fri 09:00-18:00 in \"\(city)\"")]).diagnostics.first?.message.text ?? ""
            #expect(text.contains("write \"\(zone)\""), "\(city): \(text)")
        }
    }

    // MARK: Checks

    @Test func unknownLanguagesAreErrorsWithAHint() {
        let result = checkSet([("r.rules", """
            template price = "Prices"
              fr "Les prix"
              spanish "Precios"
            rule "r" when language is br then reply price end
            """)])
        let messages = result.diagnostics.map(\.message.text)
        #expect(messages.contains("unknown language 'fr'; languages are en (English), es (Spanish) and pt (Portuguese)"))
        #expect(messages.contains { $0.hasPrefix("unknown language 'spanish'") && $0.hasSuffix("did you mean 'es'?") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("unknown language 'br'") && $0.hasSuffix("did you mean 'pt'?") }, "\(messages)")
        #expect(result.ruleSet == nil)
    }

    @Test func twoTextsForOneLanguageAreAnError() throws {
        let result = checkSet([("r.rules", "template price = \"Prices\"\n  es \"Precios\"\n  ES \"Los precios\"\n")])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message.text.hasPrefix("template 'price' has two Spanish (es) texts"))
        #expect(diagnostic.location.line == 3)
    }

    @Test func translationsAreCheckedLikeTheDefault() {
        let result = checkSet([("r.rules", "template price = \"Prices\"\n  es \"Precios: {{catalogo}}\"\n")])
        #expect(result.diagnostics.map(\.message.text) == ["unknown template variable 'catalogo'"])
    }

    @Test func twoLanguagesInOneAndNeverHold() {
        let result = checkSet([("r.rules", "rule \"r\" when language is es and language is pt then tag \"x\" end")])
        #expect(result.diagnostics.contains { $0.message.text.contains("a message is read in one language, not es and pt") })
    }

    @Test func typosInALanguageLineSayWhatToWrite() {
        func firstError(_ text: String) -> String? { checkSet([("r.rules", text)]).diagnostics.first?.message.text }
        #expect(firstError("template t = \"Hi\"\n  es Hola amiga\n")?.contains("the template's text in double quotes after 'es'") == true)
        #expect(firstError("template t = \"Hi\"\n  pt-BR \"Oi\"\n")?.contains("a language code alone, such as 'pt'") == true)
        #expect(firstError("rule \"r\" when language is es-MX then stop end")?.contains("a language code alone, such as 'es'") == true)
        #expect(firstError("rule \"r\" when language is pt or es then stop end")?.contains("write 'language is pt or language is es'") == true)
        #expect(firstError("template t = \"Hi\"\n  pt_BR \"Oi\"\n")?.hasSuffix("did you mean 'pt'?") == true)
        #expect(firstError("template t = \"Hi\"\nrul \"r\" when true then stop end\n")?.hasSuffix("found 'rul'; did you mean 'rule'?") == true)
        #expect(firstError("hours open = lun-vie 09:00-18:00 in \"Europe/Madrid\"")?.hasSuffix("did you mean 'mon'?") == true)
    }

    @Test func formatterKeepsTranslationsUnderTheirTemplate() {
        let source = "template price=\"Prices\"\n   es   \"Precios\"\n pt one of \"Preços\",\"Valores\"\nrule \"r\" when language is es then reply price end\n"
        let formatted = formatChecked(source)
        #expect(formatted == """
            template price = "Prices"
              es "Precios"
              pt one of "Preços", "Valores"

            rule "r"
              when language is es
              then reply price
            end

            """)
    }
}
