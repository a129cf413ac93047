// Literals and names: the small pieces every declaration, condition and action is built from.

extension Parser {
    mutating func parseIdentifier(_ what: String) throws(Recovery) -> Identifier {
        let token = try expect(.identifier, what)
        return Identifier(name: token.text, range: token.range)
    }

    mutating func parseString(_ what: String) throws(Recovery) -> StringLiteral {
        guard current.kind == .string, let literal = current.string else {
            if current.kind == .identifier {
                throw fail(.expected(what, found: describe(current) + "; write it in double quotes: \"\(current.text)\""))
            }
            throw fail(.expected(what, found: describe(current)))
        }
        advance()
        return literal
    }

    /// `"a", "b", ...`
    mutating func parseStringList(_ what: String) throws(Recovery) -> [StringLiteral] {
        var strings = [try parseString(what)]
        while current.kind == .comma {
            advance()
            strings.append(try parseString(what))
        }
        return strings
    }

    mutating func parseDuration(_ what: String = "a duration such as 30s, 15m, 12h or 7d") throws(Recovery)
        -> DurationLiteral
    {
        let token = try expect(.duration, what)
        guard let seconds = DurationLiteral.seconds(in: token.text) else { throw fail(.invalidDuration(token.text), at: token.range) }
        return DurationLiteral(seconds: seconds, text: token.text, range: token.range)
    }

    /// An integer, optionally negative.
    mutating func parseInteger(_ what: String) throws(Recovery) -> IntegerLiteral {
        let start = current.range
        var negative = false
        if current.kind == .minus, peek().kind == .integer, peek().range.start == start.end {
            negative = true
            advance()
        }
        let token = try expect(.integer, what)
        guard let magnitude = Int(token.text), magnitude <= 1_000_000_000 else {
            throw fail(.integerTooLarge(token.text), at: token.range)
        }
        return IntegerLiteral(value: negative ? -magnitude : magnitude, range: start.union(token.range))
    }

    /// A number such as `-0.5` or `3`.
    mutating func parseNumber(_ what: String) throws(Recovery) -> NumberLiteral {
        let start = current.range
        var sign = ""
        if current.kind == .minus, [.integer, .decimal].contains(peek().kind), peek().range.start == start.end {
            sign = "-"
            advance()
        }
        guard current.kind == .integer || current.kind == .decimal else {
            throw fail(.expected(what, found: describe(current)))
        }
        let token = advance()
        guard let value = Double(sign + token.text), value.isFinite, token.text.count <= 20 else {
            throw fail(.integerTooLarge(token.text), at: token.range)
        }
        return NumberLiteral(value: value, text: sign + token.text, range: start.union(token.range))
    }

    mutating func parseClockTime() throws(Recovery) -> ClockTime {
        let token = try expect(.clockTime, "a time such as 09:00")
        let parts = token.text.split(separator: ":")
        guard parts.count == 2, parts[1].count == 2, parts[0].count <= 2, let hour = Int(parts[0]),
            let minute = Int(parts[1]), (0...59).contains(minute), (0...23).contains(hour) || (hour == 24 && minute == 0)
        else { throw fail(.invalidClockTime(token.text), at: token.range) }
        return ClockTime(hour: hour, minute: minute, range: token.range)
    }

    mutating func parseComparison() throws(Recovery) -> Comparison {
        let kinds: [Token.Kind: Comparison] = [
            .less: .less, .lessOrEqual: .lessOrEqual, .greater: .greater, .greaterOrEqual: .greaterOrEqual,
        ]
        guard let comparison = kinds[current.kind] else {
            throw fail(.expected("a comparison (<, <=, > or >=)", found: describe(current)))
        }
        advance()
        return comparison
    }
}
