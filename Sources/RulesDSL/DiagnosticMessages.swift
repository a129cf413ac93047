// The catalogue of the front end's diagnostics. Each id is the member's name (from #function), so it is
// stable while the wording changes. Kept in alphabetical order.

extension DiagnosticMessage {
    /// Builds a message whose id is the calling catalogue member's name.
    public static func make(_ severity: Severity, _ text: String, id function: String = #function) -> Self {
        let name = function.split(separator: "(").first.map(String.init) ?? function
        return DiagnosticMessage(id: "rules." + name, severity: severity, text: text)
    }

    public static func containsNeedsAnyOrAll(count: Int) -> Self {
        make(.error, "'contains' takes one word or phrase; for \(count) use 'contains any' or 'contains all'")
    }

    public static func duplicateRuleClause(_ clause: String) -> Self {
        make(.error, "'\(clause)' is given twice for this rule")
    }

    public static var emptyInterpolation: Self { make(.error, "empty '{{ }}' in template; write a variable such as {{contact.name}}") }

    public static func expected(_ what: String, found: String) -> Self {
        make(.error, "expected \(what), found \(found)")
    }

    public static func expectedCondition(found: String, suggestion: String?) -> Self {
        make(.error, "expected a condition, found \(found)" + Spelling.hint(suggestion))
    }

    public static func integerTooLarge(_ text: String) -> Self { make(.error, "number '\(text)' is too large") }

    public static func invalidClockTime(_ text: String) -> Self {
        make(.error, "invalid time '\(text)'; write hours 00-23 and minutes 00-59, as in 09:30 (24:00 may close a day)")
    }

    public static func invalidDuration(_ text: String) -> Self {
        make(.error, "duration '\(text)' is too long")
    }

    public static func invalidEscape(_ escape: String) -> Self {
        make(.error, "unknown escape '\(escape)' in string; use \\\" \\\\ \\n \\t or \\u{...}")
    }

    public static func invalidInterpolation(_ detail: String) -> Self {
        make(.error, "invalid template variable: \(detail)")
    }

    public static func invalidNumber(_ text: String) -> Self {
        make(.error, "invalid number '\(text)'; durations are written 30s, 15m, 12h or 7d")
    }

    public static var invalidUnicodeEscape: Self {
        make(.error, "invalid unicode escape; write \\u{1F600} with 1 to 8 hexadecimal digits")
    }

    public static var invalidUTF8: Self { make(.error, "invalid UTF-8 in file; save it as UTF-8") }

    public static func missingEnd(rule: String) -> Self {
        make(.error, "rule \"\(rule)\" has no 'end'; every rule ends with 'end'")
    }

    public static var missingWhen: Self {
        make(.error, "expected 'when' before the rule's condition; write 'when true' for a rule that always applies")
    }

    public static var nestingTooDeep: Self {
        make(.error, "condition is nested too deeply (more than \(Parser.maximumNesting) levels)")
    }

    public static var ruleWithoutActions: Self {
        make(.error, "rule has no actions after 'then'; add one such as reply, tag or stop")
    }

    public static func tooManyDiagnostics(_ dropped: Int) -> Self {
        make(.note, "\(dropped) more problems not shown; fix these first")
    }

    public static func curlyQuote(_ scalar: Unicode.Scalar) -> Self {
        make(.error, "curly quote '\(scalar)': phones and word processors type these; write straight quotes \" (turn off smart punctuation)")
    }

    public static func twelveHourTime(_ written: String, as clock: String) -> Self {
        make(.error, "'\(written)' is not how times are written here; write \(clock) (24-hour hh:mm)")
    }

    public static func slashInsideRegex(_ pattern: String) -> Self {
        make(.error, "a / inside a regex ends it; write \\/ for a slash, as in /\(pattern)/")
    }

    public static func literalBraceInRegex(_ text: String) -> Self {
        make(.warning, "PCRE2 reads '\(text)' literally here, not as a repeat, because its '}' is missing; write \(text)} for \"\(text.dropFirst().dropLast()) or more\"")
    }

    public static func quoteRunsIntoWord(_ word: String) -> Self {
        make(.error, "a closing quote seems missing here: the text runs into '\(word)'; close each word with its own quote, as in \"price\", \"cost\"")
    }

    public static func unexpectedCharacter(_ scalar: Unicode.Scalar) -> Self {
        let code = String(scalar.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
        let shown = scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F ? "" : "'\(scalar)' "
        return make(.error, "unexpected character \(shown)(U+\(padded))")
    }

    public static func unknownAction(_ word: String, suggestion: String?) -> Self {
        make(.error, "unknown action '\(word)'" + Spelling.hint(suggestion))
    }

    public static func unknownDeclaration(_ word: String, suggestion: String?) -> Self {
        make(.error, "expected a declaration (set, hours, option, template, endpoint or rule), found '\(word)'"
            + Spelling.hint(suggestion))
    }

    public static func unknownRegexFlag(_ flag: Character) -> Self {
        make(.error, "unknown regex flag '\(flag)'; the only flag is 'i' (ignore case)")
    }

    public static func unknownWeekday(_ word: String, suggestion: String?) -> Self {
        make(.error, "unknown day '\(word)'; days are mon, tue, wed, thu, fri, sat, sun" + Spelling.hint(suggestion))
    }

    public static var unclosedInterpolation: Self { make(.error, "'{{' is not closed by '}}' on the same line") }

    public static var unterminatedMultilineString: Self {
        make(.error, "this text is never closed; close it with \"\"\" on a line of its own")
    }

    public static var unterminatedRegex: Self { make(.error, "unterminated regex; close it with '/' on the same line") }

    public static var unterminatedString: Self {
        make(.error, "unterminated string; close it with '\"' on the same line, or use \"\"\" for several lines")
    }
}
