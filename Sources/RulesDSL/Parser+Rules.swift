// Rules and their actions, with the recovery that keeps one mistake from hiding the next.

extension Parser {
    /// `rule "NAME" [priority N] [cooldown D] [on CHANNEL] when CONDITION then ACTION... end`
    mutating func parseRule() -> Rule {
        let keyword = advance().range
        var name = StringLiteral(value: "", pieces: [], range: .at(keyword.end), isMultiline: false)
        var priority: IntegerLiteral?
        var cooldown: DurationLiteral?
        var audience: Identifier?
        do throws(Recovery) {
            name = try parseString("the rule's name in double quotes")
            try parseRuleClauses(priority: &priority, cooldown: &cooldown, audience: &audience)
        } catch {
            skip { $0.isWord("when") || $0.isWord("then") || $0.isWord("end") || $0.atDeclarationStart }
        }
        let body = parseBody(keyword: keyword, name: name)
        return Rule(
            name: name, priority: priority, cooldown: cooldown, audience: audience, condition: body.condition,
            actions: body.actions, keywordRange: keyword, whenRange: body.whenRange, thenRange: body.thenRange,
            range: SourceRange(start: keyword.start, end: previousEnd))
    }

    /// `when CONDITION then ACTION... end` of a rule or a follow-up, each part recovered from on its own;
    /// a missing `end` is reported at the declaration's keyword and name.
    /// A follow-up must have its `when` (a missing one is reported); a rule's is looked for only when
    /// something stands before `then`.
    private mutating func parseBody(
        keyword: SourceRange, name: StringLiteral, requiresWhen: Bool = false
    ) -> (condition: Condition, actions: [Action], whenRange: SourceRange, thenRange: SourceRange) {
        var condition = Condition(.invalid, range: .at(keyword.end))
        var actions: [Action] = []
        var whenRange = SourceRange.at(keyword.end)
        var thenRange = SourceRange.at(keyword.end)
        if requiresWhen || isWord("when") || !(isWord("then") || isWord("end") || atDeclarationStart || atEnd) {
            do throws(Recovery) {
                whenRange = current.range
                condition = try parseWhenClause()
            } catch {
                skip { $0.isWord("then") || $0.isWord("end") || $0.atDeclarationStart }
            }
        }
        if isWord("then") {
            thenRange = advance().range
            actions = parseActions()
        }
        if isWord("end") {
            advance()
        } else {
            report(.missingEnd(rule: name.value), at: keyword.union(name.range))
        }
        return (condition, actions, whenRange, thenRange)
    }

    private mutating func parseRuleClauses(
        priority: inout IntegerLiteral?, cooldown: inout DurationLiteral?, audience: inout Identifier?
    ) throws(Recovery) {
        while current.kind == .identifier, !isWord("when") {
            let clause = current
            switch clause.text {
            case "priority":
                advance()
                let value = try parseInteger("a whole number after 'priority'")
                if priority != nil { report(.duplicateRuleClause("priority"), at: clause.range) }
                priority = value
            case "cooldown":
                advance()
                let value = try parseDuration()
                if cooldown != nil { report(.duplicateRuleClause("cooldown"), at: clause.range) }
                cooldown = value
            case "on":
                advance()
                let value = try parseIdentifier("a channel (instagram or whatsapp) or comments")
                if audience != nil { report(.duplicateRuleClause("on"), at: clause.range) }
                audience = value
            default:
                if isWord("then") || Keywords.conditionStarts.contains(clause.text) {
                    throw fail(.missingWhen)
                }
                let suggestion = Spelling.suggestion(for: clause.text, among: Keywords.ruleClauses)
                throw fail(
                    .expected("'priority', 'cooldown', 'on' or 'when'", found: describe(clause) + Spelling.hint(suggestion)))
            }
        }
    }

    /// `followup "NAME" after D [keep] when CONDITION then ACTION... end` or `... before window closes D ...`.
    mutating func parseFollowUp() -> FollowUpDeclaration {
        let keyword = advance().range
        var name = StringLiteral(value: "", pieces: [], range: .at(keyword.end), isMultiline: false)
        var timing = FollowUpDeclaration.Timing.after(DurationLiteral(seconds: 0, text: "0s", range: .at(keyword.end)))
        var keep = false
        do throws(Recovery) {
            name = try parseString("the follow-up's name in double quotes")
            if isWord("after") {
                advance()
                timing = .after(try parseDuration())
            } else if isWord("before") {
                advance()
                try expectWord("window", "'window closes' and a duration, as in before window closes 1h")
                try expectWord("closes", "'closes' and a duration, as in before window closes 1h")
                timing = .beforeWindowCloses(try parseDuration())
            } else {
                throw fail(.expected("'after' and a duration (after 2h) or 'before window closes' and one", found: describe(current)))
            }
            if isWord("keep") {
                advance()
                keep = true
            }
        } catch {
            skip { $0.isWord("when") || $0.isWord("then") || $0.isWord("end") || $0.atDeclarationStart }
        }
        let body = parseBody(keyword: keyword, name: name, requiresWhen: true)
        return FollowUpDeclaration(
            name: name, timing: timing, keep: keep, condition: body.condition, actions: body.actions, keywordRange: keyword,
            whenRange: body.whenRange, thenRange: body.thenRange, range: SourceRange(start: keyword.start, end: previousEnd))
    }

    private mutating func parseWhenClause() throws(Recovery) -> Condition {
        guard isWord("when") else {
            if atEnd { throw fail(.expected("'when' and a condition", found: describe(current))) }
            throw fail(.missingWhen)
        }
        advance()
        let condition = try parseCondition()
        guard isWord("then") else {
            if current.kind == .identifier, Keywords.actions.contains(current.text) {
                throw fail(.expected("'then' before the actions", found: describe(current)))
            }
            throw fail(.expected("'and', 'or' or 'then'", found: describe(current)))
        }
        return condition
    }

    // MARK: Actions

    private mutating func parseActions() -> [Action] {
        var actions: [Action] = []
        var failed = false
        let thenRange = tokens[index - 1].range
        while !atEnd, !isWord("end"), !atDeclarationStart {
            do throws(Recovery) {
                actions.append(try parseAction())
            } catch {
                failed = true
                skip { parser in
                    parser.isWord("end") || parser.atDeclarationStart
                        || (parser.current.isAtLineStart && parser.current.kind == .identifier
                            && Keywords.actions.contains(parser.current.text))
                }
            }
        }
        if actions.isEmpty, !failed { report(.ruleWithoutActions, at: thenRange) }
        return actions
    }

    private mutating func parseAction() throws(Recovery) -> Action {
        guard current.kind == .identifier else {
            throw fail(.expected("an action (reply, tag, untag, forward, pause or stop) or 'end'", found: describe(current)))
        }
        let start = current.range.start
        let kind: Action.Kind
        switch current.text {
        case "reply":
            advance()
            if isWord("publicly") {
                advance()
                if isWord("one"), peek().isWord("of") {
                    advance()
                    advance()
                    kind = .replyPubliclyTexts(try parseStringList("a reply text in double quotes"), isOneOf: true)
                } else if current.kind == .identifier {
                    kind = .replyPubliclyTemplate(try parseIdentifier("a template name"))
                } else {
                    kind = .replyPubliclyTexts([try parseString("a template name or a reply text in double quotes")], isOneOf: false)
                }
            } else if current.kind == .identifier, current.text != "publicly", !peek().isAtLineStart, peek().kind != .endOfFile,
                Spelling.suggestion(for: current.text, among: ["publicly"]) != nil
            {
                // `reply publically thanks`: one error, not an unknown template and an unknown action.
                throw fail(.expected("'publicly' or a template name", found: "'\(current.text)'; did you mean 'reply publicly'?"))
            } else if current.kind == .identifier {
                let name = try parseIdentifier("a template name")
                if isWord("else") {
                    advance()
                    kind = .replyElse(name, otherwise: try parseIdentifier("the approved WhatsApp template to send once the window has closed"))
                } else {
                    kind = .replyTemplate(name)
                }
            } else {
                kind = .replyText(try parseString("a template name or a reply text in double quotes"))
            }
        case "tag":
            advance()
            kind = .tag(try parseString("a tag in double quotes"))
        case "untag":
            advance()
            kind = .untag(try parseString("a tag in double quotes"))
        case "forward":
            advance()
            try expectWord("to", "'to' and an endpoint name (forward to crm)")
            kind = .forward(try parseIdentifier("an endpoint name"))
        case "pause":
            advance()
            kind = .pause(try parseDuration())
        case "stop":
            advance()
            kind = .stop
        case "follow":
            advance()
            try expectWord("up", "'up' and the follow-up's name, as in follow up \"Nudge\"")
            kind = .followUp(try parseString("the follow-up's name in double quotes"))
        default:
            let word = current.text
            throw fail(.unknownAction(word, suggestion: Spelling.suggestion(for: word, among: Keywords.actions)))
        }
        return Action(kind, range: SourceRange(start: start, end: previousEnd))
    }
}
