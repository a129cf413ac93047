// Conditions: `or` binds loosest, then `and`, then `not`; parentheses group.

extension Parser {
    /// Parses a whole condition.
    mutating func parseCondition() throws(Recovery) -> Condition {
        try parseOr(depth: 0)
    }

    private mutating func parseOr(depth: Int) throws(Recovery) -> Condition {
        var terms = [try parseAnd(depth: depth)]
        while isWord("or") {
            advance()
            terms.append(try parseAnd(depth: depth))
        }
        guard terms.count > 1 else { return terms[0] }
        return Condition(.or(terms), range: terms[0].range.union(terms[terms.count - 1].range))
    }

    private mutating func parseAnd(depth: Int) throws(Recovery) -> Condition {
        var terms = [try parseNot(depth: depth)]
        while isWord("and") {
            advance()
            terms.append(try parseNot(depth: depth))
        }
        guard terms.count > 1 else { return terms[0] }
        return Condition(.and(terms), range: terms[0].range.union(terms[terms.count - 1].range))
    }

    private mutating func parseNot(depth: Int) throws(Recovery) -> Condition {
        guard isWord("not") else { return try parsePrimary(depth: depth) }
        guard depth < Self.maximumNesting else { throw fail(.nestingTooDeep) }
        let start = advance().range.start
        let inner = try parseNot(depth: depth + 1)
        return Condition(.not(inner), range: SourceRange(start: start, end: inner.range.end))
    }

    private mutating func parsePrimary(depth: Int) throws(Recovery) -> Condition {
        let start = current.range.start
        if current.kind == .leftParen {
            guard depth < Self.maximumNesting else { throw fail(.nestingTooDeep) }
            advance()
            let inner = try parseOr(depth: depth + 1)
            try expect(.rightParen, "')' to close the '('")
            return Condition(.group(inner), range: SourceRange(start: start, end: previousEnd))
        }
        guard current.kind == .identifier else {
            throw fail(.expectedCondition(found: describe(current), suggestion: nil))
        }
        let kind: Condition.Kind
        switch current.text {
        case "first":
            advance()
            try expectWord("contact", "'contact' after 'first'")
            kind = .firstContact
        case "message":
            advance()
            kind = try parseMessageCondition()
        case "sentiment":
            advance()
            let comparison = try parseComparison()
            kind = .sentiment(comparison, try parseNumber("a score between -1 and 1"))
        case "channel":
            advance()
            try expectWord("is", "'is' after 'channel'")
            kind = .channelIs(try parseIdentifier("a channel (instagram or whatsapp)"))
        case "kind":
            advance()
            try expectWord("is", "'is' after 'kind'")
            kind = .kindIs(try parseIdentifier("a message kind (text, media, story_reply, story_mention, postback)"))
        case "language":
            advance()
            try expectWord("is", "'is' after 'language' (language is es)")
            let code = try parseIdentifier("a language code (en, es or pt)")
            if current.kind == .minus {
                throw fail(.expected("a language code alone, such as '\(code.name.lowercased())' (rulesd does not tell regional variants apart)", found: "'-'"))
            }
            if isWord("or"), peek().kind == .identifier, peek().text.count == 2, peek(2).kind != .identifier || !peek(2).isWord("is") {
                throw fail(.expected("a condition after 'or': write 'language is \(code.name) or language is \(peek().text)'", found: "'\(peek().text)'"), at: peek().range)
            }
            kind = .languageIs(code)
        case "payload":
            advance()
            try expectWord("is", "'is' after 'payload'")
            kind = .payloadIs(try parseString("a payload in double quotes"))
        case "post":
            advance()
            try expectWord("is", "'is' after 'post'")
            kind = .postIs(try parseString("the post's id in double quotes (rulesd posts instagram lists them)"))
        case "tagged":
            advance()
            kind = .tagged(try parseString("a tag in double quotes"))
        case "within", "outside":
            let inside = advance().text == "within"
            kind = .hours(inside: inside, try parseIdentifier("the name of an hours block"))
        case "contact":
            advance()
            try expectWord("messages", "'messages' after 'contact' (contact messages >= 3)")
            let comparison = try parseComparison()
            kind = .contactMessages(comparison, try parseInteger("a whole number"))
        case "true":
            advance()
            kind = .always
        default:
            let word = current.text
            let candidates = Keywords.conditionStarts + ["contains", "matches"]
            throw fail(.expectedCondition(found: describe(current), suggestion: Spelling.suggestion(for: word, among: candidates)))
        }
        return Condition(kind, range: SourceRange(start: start, end: previousEnd))
    }

    /// What follows `message`: `contains [any|all] ...`, `matches /re/` or `is "text"`.
    private mutating func parseMessageCondition() throws(Recovery) -> Condition.Kind {
        if isWord("contains") {
            let containsRange = advance().range
            var mode = ContainsMode.single
            if isWord("any") || isWord("all") {
                mode = advance().text == "any" ? .any : .all
            }
            let words = try parseStringList("a word or phrase in double quotes")
            if mode == .single, words.count > 1 {
                report(.containsNeedsAnyOrAll(count: words.count), at: containsRange)
            }
            return .contains(mode, words)
        }
        if isWord("matches") {
            advance()
            guard current.kind == .regex, let regex = current.regex else {
                throw fail(.expected("a regex such as /size \\d+/i", found: describe(current)))
            }
            advance()
            return .matches(regex)
        }
        if isWord("is") {
            advance()
            return .messageIs(try parseString("the text in double quotes"))
        }
        let suggestion = current.kind == .identifier
            ? Spelling.suggestion(for: current.text, among: ["contains", "matches", "is"]) : nil
        throw fail(.expected("'contains', 'matches' or 'is' after 'message'", found: describe(current) + Spelling.hint(suggestion)))
    }
}
