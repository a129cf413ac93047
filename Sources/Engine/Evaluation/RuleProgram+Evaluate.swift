import Foundation

extension RuleProgram {
    /// Evaluates one message against the contact's state at an instant.
    ///
    /// - Parameters:
    ///   - message: the message; only customers' messages of evaluated kinds run rules, and the seller's own
    ///     messages start the takeover pause.
    ///   - state: the contact's state before this message. Handed over (`consuming`): a caller that keeps no
    ///     other copy lets the engine change it in place, without copying its tags and cooldowns.
    ///   - now: the instant cooldowns, pauses and the reply cap are measured at (a dry-run passes the
    ///     message's own time). Hours conditions use the message's time.
    ///   - tracing: how much explanation to build.
    /// - Returns: the actions, the contact's new state and the trace.
    public func evaluate(_ message: Message, state: consuming ContactState, now: Date, tracing: TraceLevel = .full) -> Decision {
        var trace = Trace()
        let options = ruleSet.options
        state.prune(now: now, replyWindow: replyWindow)
        guard message.isEvaluated else {
            // Only the shop's own messages mean a person answered: a delivery status or a read receipt of a
            // reply rulesd sent is not the seller taking over (WhatsApp fell silent after its first reply).
            if message.isShopOwnMessage, options.takeover > .zero {
                let until = message.at.addingTimeInterval(options.takeover.timeInterval)
                state.pausedUntil = max(state.pausedUntil ?? until, until)
                if tracing != .none {
                    trace.notes.append("the seller answered: automatic replies paused until \(Timestamps.formatISO8601(until)) (option takeover)")
                }
            } else if message.standby {
                // Another app (Meta's inbox, a person's tool) owns the conversation: kept for the history.
                state.standbySince = message.at
                if tracing != .none {
                    trace.notes.append("arrived on standby: another app owns this conversation, so rulesd keeps it and does not answer")
                }
            } else if message.from == .business, message.kind.isComment, tracing != .none {
                trace.notes.append("the shop's own comment: kept, never evaluated")
            } else if message.kind == .status, tracing != .none {
                trace.notes.append("delivery status \"\(message.text ?? "")\" of a message the shop sent: it changes nothing for the rules")
            } else if tracing != .none {
                trace.notes.append("\(message.kind.rawValue) messages are not evaluated")
            }
            return Decision(evaluated: false, actions: [], state: state, trace: trace, firedRules: [])
        }

        let isFirstContact = state.isNew
        state.messageCount += 1
        if state.firstSeen == nil { state.firstSeen = message.at }
        // A comment does not open the 24-hour window of direct messages (the customer's answer to a private
        // reply does).
        if !message.kind.isComment {
            state.lastInboundAt = max(state.lastInboundAt ?? message.at, message.at)
            state.standbySince = nil
        }
        state.recordContactDetails(from: message)
        if let name = message.name, !name.isEmpty { state.name = name }
        if let username = message.username, !username.isEmpty { state.username = username }

        // The message's language when rulesd is sure of it (and the contact's from now on), else the
        // contact's last: "ok" from a Spanish speaker is read in Spanish. A button's title is the seller's
        // words, not the customer's, and says nothing of their language. It is told when a rule reads it;
        // an explained decision (dry-run) shows it in any case, but only rules that read it keep it in the
        // contact's state, so that explaining never changes a decision.
        let readsText = message.kind != .postback && !(message.text ?? "").isEmpty
        // Readings made for the explanation alone (dry-run, the playground), not for `serve`'s journal.
        let explainsReadings = tracing == .full || tracing == .fired
        let sure = readsText && (usesLanguage || explainsReadings)
            ? identifier.identify(message.text ?? "", contactLanguage: state.language).language : nil
        if usesLanguage, let sure { state.language = sure }
        let language = usesLanguage ? state.language : sure ?? state.language
        let languageSource: String? = sure != nil || language == nil ? nil
            : message.kind == .postback ? "a button's title is not read"
            : readsText ? "this message alone is unclear" : "the message has no text"

        let normalized = NormalizedText(message.text ?? "")
        let firstMatches = MatchSet(firstOf: index.matches(in: normalized))
        var candidates = unguardedRules
        if !firstMatches.matches.isEmpty {
            // Room for all of them at once, rather than one reallocation per doubling.
            var count = unguardedRules.count
            for match in firstMatches.matches { count += rulesByPattern.count(of: match.pattern) }
            candidates.reserveCapacity(count)
            for match in firstMatches.matches { rulesByPattern.append(rulesOf: match.pattern, to: &candidates) }
            candidates.sort()
        }
        var context = EvaluationContext(
            message: message, now: now, isFirstContact: isFirstContact, messageCount: state.messageCount,
            normalized: normalized, matches: firstMatches, language: language, languageIsTheContacts: languageSource,
            scoresSentiment: explainsReadings)

        // Handed over, not copied: a copy retains the state's tags, cooldowns and strings.
        var run = Run(state: consume state, tracing: tracing, language: language)
        let order = tracing == .full ? Array(rules.indices) : candidates
        var previous = -1
        summaries.withUnsafeBufferPointer { summaries in
            for position in order where position != previous {
                previous = position
                // Borrowed, not retained: the program holds every rule while it evaluates, and a retain and a
                // release per candidate rule were measurable.
                ruleReferences[position]._withUnsafeGuaranteedRef { rule in
                    consider(
                        rule, summaries.baseAddress! + position, at: position, candidates: candidates, run: &run, context: &context,
                        message: message, now: now)
                }
            }
        }
        if let score = context.sentimentScore, tracing != .none {
            trace.notes.append("sentiment score \(SentimentFormat.fourDecimals(score))")
        }
        var decision = run.takeDecision(trace: trace)
        decision.language = language
        return decision
    }
}

extension RuleProgram {
    /// Runs one rule of the evaluation order: skipped (stopped, no keyword, other channel, cooling down or
    /// its condition false, with the reason when traced) or fired.
    ///
    /// Untraced, a rule is decided from its summary (read in place) when it can be, and its object is only
    /// read if it fires.
    private func consider(
        _ rule: CompiledRule, _ summary: UnsafePointer<RuleSummary>, at position: Int, candidates: [Int], run: inout Run,
        context: inout EvaluationContext, message: Message, now: Date
    ) {
        let tracing = run.tracing
        if let stopper = run.stoppedBy {
            run.skip(rule, "not reached: rule \"\(stopper)\" stopped")
            return
        }
        guard tracing != .full || candidates.binarySearchContains(position) else {
            if tracing == .full { run.skip(rule, missingWordsReason(rule)) }
            return
        }
        if summary.pointee.seesComments != message.kind.isComment {
            run.skip(rule, summary.pointee.seesComments ? "sees only comments (on comments)" : "comments are seen only by rules 'on comments'")
            return
        }
        if let channel = summary.pointee.channel, channel != message.channel {
            run.skip(rule, "only on \(channel.rawValue)")
            return
        }
        // Only a rule with a cooldown is held back by one: a rule whose cooldown the seller removed
        // fires again at once, and most rules have none, so their names are not hashed for a lookup.
        if summary.pointee.cooldown != nil, let until = run.state.cooldowns[summary.pointee.nameKey], until > now {
            run.skip(rule, "cooldown running until \(Timestamps.formatISO8601(until))")
            return
        }
        if tracing == .none || tracing == .journal {
            // The keyword guard held (the rule is a candidate): such a rule fires without its condition
            // evaluated; the journal explains it by its guard alone.
            switch summary.pointee.shape {
            case .guardOnly:
                run.fire(rule, reasons: tracing == .journal ? guardReasons(rule, &context, tags: run.state.tags) : [], program: self, message: message, now: now)
                return
            case .guardAndNotTagged:
                if let tag = summary.pointee.excludedTag, !run.state.tags.contains(tag) {
                    run.fire(rule, reasons: tracing == .journal ? guardReasons(rule, &context, tags: run.state.tags) : [], program: self, message: message, now: now)
                }
                return
            case .general:
                break
            }
        }
        // The conditions read the tags as they stand, borrowed from the run's state (not copied into
        // the context, which retained and released the set for every candidate rule).
        // Reasons are only gathered for rules that need them: every rule in a full trace, and in a
        // fired-only trace just the rules that fire (evaluated a second time, with explanations).
        var reasons: [String]? = tracing == .full ? [] : nil
        guard holds(rule.condition, &context, tags: run.state.tags, reasons: &reasons) else {
            if let reasons { run.skip(rule, reasons) }
            return
        }
        if tracing == .fired || tracing == .journal {
            reasons = []
            _ = holds(rule.condition, &context, tags: run.state.tags, reasons: &reasons)
        }
        run.fire(rule, reasons: reasons ?? [], program: self, message: message, now: now)
    }

    /// Why a rule that fires on its keyword guard alone fired: its condition, explained.
    private func guardReasons(_ rule: CompiledRule, _ context: inout EvaluationContext, tags: TagSet) -> [String] {
        var reasons: [String]? = []
        _ = holds(rule.condition, &context, tags: tags, reasons: &reasons)
        return reasons ?? []
    }

    /// "none of "price", "cost*" appears" for a rule whose keyword guard did not match.
    func missingWordsReason(_ rule: CompiledRule) -> String {
        var seen = Set<Int>()
        let words = (rule.keywordGuard ?? []).filter { seen.insert($0).inserted }.map { "\"\(index.patterns[$0].keyword)\"" }
        let shown = words.prefix(6).joined(separator: ", ") + (words.count > 6 ? ", ..." : "")
        return words.count == 1 ? "\(shown) does not appear" : "none of \(shown) appears"
    }
}

extension Array where Element == Int {
    /// Whether a sorted array of indices (values far from `Int.min` and `Int.max`) holds the value, found
    /// by halving without a branch (``BranchFreeSearch``).
    func binarySearchContains(_ value: Int) -> Bool {
        withUnsafeBufferPointer { elements in
            // -1 where the element is below the value (the sign of their difference), else 0.
            let first = BranchFreeSearch.firstIndex(count: elements.count) { (elements[$0] &- value) >> 63 }
            return first < elements.count && elements[first] == value
        }
    }
}
