import ArgumentParser
import Connectors
import Engine
import Foundation
import RulesDSL

/// `rulesd bench`: evaluations per second of the engine on one core, for generated rule sets of 10, 100
/// and 1,000 rules with 10, 1,000 and 10,000 keywords, on 200-byte messages. Build with `-c release`.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure rule evaluation speed on generated rule sets (use a release build).")

    @Option(help: "Seconds to measure each case.")
    var seconds: Double = 1.0

    @Option(help: "Rule counts to measure.")
    var rules: [Int] = [10, 100, 1_000]

    @Option(help: "Keyword counts to measure.")
    var keywords: [Int] = [10, 1_000, 10_000]

    @Option(help: ArgumentHelp("Write the generated rule set of the last --rules and --keywords counts to this file and stop.", valueName: "file"))
    var writeRules: String?

    @Flag(help: "Measure only untraced rule evaluation (no traced run, component or webhook figures), for profiling.")
    var evaluationsOnly = false

    @Option(help: ArgumentHelp(
        "Evaluate the messages exactly this many times instead of for --seconds, so that an instruction count (valgrind --tool=callgrind) is the same from run to run.",
        valueName: "n"))
    var passes: Int?

    @Flag(help: "With --evaluations-only: measure as serve evaluates (with the decision journal's reasons), each message and state decoded just before, instead of from memory.")
    var asServed = false

    @Option(help: ArgumentHelp(
        "Measure each evaluation figure this many times and print the median, then each case's range: one run on a shared virtual machine can read 20% off the next.",
        valueName: "n"))
    var repetitions: Int = 1

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp(
            "Leave these of the four rules that no keyword guards out of the generated sets (keyword rules take their places), to see what each costs: welcome (first contact), order (a regex), angry (sentiment), closed (opening hours).",
            valueName: "rule"))
    var leaveOut: [BenchmarkWorkload.UnguardedRule] = []

    func validate() throws {
        guard repetitions >= 1 else { throw ValidationError("--repetitions must be at least 1") }
    }

    func run() throws {
        let leftOut = Set(leaveOut)
        if let writeRules {
            let workload = BenchmarkWorkload(
                rules: rules.last ?? 1_000, keywords: keywords.last ?? 10_000, messageCount: 0, leavingOut: leftOut)
            do { try workload.ruleText.write(toFile: writeRules, atomically: true, encoding: .utf8) } catch {
                fail(UsageError(description: "cannot write \(writeRules): \(error.localizedDescription)"))
            }
            return
        }
        #if DEBUG
        printError("rulesd bench: this is a debug build; figures are only meaningful with `swift build -c release`")
        #endif
        // "no trace": the bare decision; `dry-run` builds a trace (the fired rules' reasons, or all with --explain);
        // `serve` builds the journal's (the fired rules' reasons, for the decision journal).
        // "cold": the inputs read from memory after every other message and state (the harness's own case);
        // "as served": the journal's trace, each message and state decoded just before, as serve has them
        // (see measureAsServed).
        print(
            "rules  keywords  patterns  evaluations/s (no trace; inputs cold)  µs/evaluation  evaluations/s (trace: fired)"
                + "  evaluations/s (journal, as serve; inputs as served)  µs/evaluation")
        var results: [String: Double] = [:]
        var ranges: [String] = []
        for ruleCount in rules {
            for keywordCount in keywords {
                let workload = BenchmarkWorkload(rules: ruleCount, keywords: keywordCount, leavingOut: leftOut)
                let result = FrontEnd.check([SourceFile(name: "bench.rules", text: workload.ruleText)])
                guard let ruleSet = result.ruleSet else {
                    printError(DiagnosticRenderer().render(result.diagnostics))
                    throw ExitCode(ExitStatus.problems)
                }
                let program = RuleProgram(ruleSet, scorer: LexiconSentimentScorer())
                let coldRuns = repeated(unless: evaluationsOnly && asServed) { measure(program, workload.messages, tracing: .none) }
                let traced = repeated(unless: evaluationsOnly) { measure(program, workload.messages, tracing: .fired) }.median
                let servedRuns = repeated(unless: evaluationsOnly && !asServed) { measureAsServed(program, workload.messages) }
                let (untraced, served) = (coldRuns.median, servedRuns.median)
                if repetitions > 1 {
                    ranges.append(
                        "  \(ruleCount) rules, \(keywordCount) keywords: inputs cold \(describe(coldRuns)); as served \(describe(servedRuns))")
                }
                results["\(ruleCount)/\(keywordCount)"] = evaluationsOnly && asServed ? served : untraced
                print(
                    pad(ruleCount, 5) + "  " + pad(keywordCount, 8) + "  " + pad(program.keywordCount, 8) + "  "
                        + pad(Int(untraced), 47) + "  " + String(format: "%13.2f", untraced > 0 ? 1e6 / untraced : 0) + "  "
                        + pad(Int(traced), 28) + "  " + pad(Int(served), 42) + "  " + String(format: "%13.2f", served > 0 ? 1e6 / served : 0))
            }
        }
        if !ranges.isEmpty {
            print("the evaluation figures above are medians of \(repetitions) runs each; the untraced ones' ranges:")
            ranges.forEach { print($0) }
        }
        if !evaluationsOnly, let ruleCount = rules.last, let keywordCount = keywords.last {
            // The same rules on messages that each open with a complaint: every sentiment is scored in full.
            let complaints = BenchmarkWorkload(rules: ruleCount, keywords: keywordCount, complaining: true, leavingOut: leftOut)
            if let ruleSet = FrontEnd.check([SourceFile(name: "bench.rules", text: complaints.ruleText)]).ruleSet {
                let rate = measure(RuleProgram(ruleSet, scorer: LexiconSentimentScorer()), complaints.messages, tracing: .none)
                print("\(ruleCount) rules, \(keywordCount) keywords, every message a complaint (sentiment scored in full): "
                    + "\(Int(rate)) evaluations/s (no trace), \(String(format: "%.2f", 1e6 / rate)) µs each")
            }
        }
        if !evaluationsOnly {
            measureSentiment()
        measureLanguage()
            measureComponents()
            measureWebhookPath()
        }
        for ruleCount in rules {
            if let few = results["\(ruleCount)/\(keywords.first ?? 0)"], let many = results["\(ruleCount)/\(keywords.last ?? 0)"] {
                print("\(ruleCount) rules: \(keywords.last ?? 0) keywords take \(String(format: "%.2f", few / many))x the time of \(keywords.first ?? 0)")
            }
        }
    }

    /// Evaluations per second over the messages, repeated for the configured time, state carried per contact.
    private func measure(_ program: RuleProgram, _ messages: [Message], tracing: TraceLevel) -> Double {
        // Each contact's state in a slot of its own, found before timing starts: the figure is the engine's,
        // not a dictionary's (serve reads the state from its store, outside the engine).
        let slots = Self.contactSlots(of: messages)
        var states = [ContactState](repeating: ContactState(), count: slots.count)
        // Each message in a box of its own, lent to `evaluate` from the box's constant field through a
        // guaranteed reference: read from the array (or from a box held only by the array), a message was
        // copied for each call (8 string retains and releases), which serve, owning its messages, does not pay.
        let boxes = messages.map(MessageBox.init)
        let clock = ContinuousClock()
        var count = 0
        var checksum = 0
        let start = clock.now
        repeatPasses { passClock in
            for (box, slot) in zip(boxes, slots.ofMessage) {
                // The state moved in and out of its slot and handed over, as serve hands over the state it
                // reads from the store: copied, its tags, cooldowns and strings were retained and released
                // around every evaluation, the harness's own cost.
                var decision = Unmanaged.passUnretained(box)._withUnsafeGuaranteedRef { box in
                    var state = ContactState()
                    swap(&state, &states[slot])
                    return program.evaluate(box.message, state: consume state, now: passClock.now(for: box.message), tracing: tracing)
                }
                swap(&states[slot], &decision.state)
                checksum &+= decision.actions.count
                count += 1
            }
        }
        let elapsed = (clock.now - start).timeInterval
        if checksum == -1 { print("") }  // keeps the work observable
        return Double(count) / elapsed
    }

    /// Evaluations per second with each message and each contact's state handed to the engine as `serve`
    /// hands them over: the message decoded from its journal JSON and the state from its stored JSON just
    /// before, the new state encoded after (all as `MessageStore` does), and only `evaluate` timed, one call at
    /// a time, as `serve` times it for its evaluation metric.
    ///
    /// The figure `measure` gives is the engine's on inputs that have gone cold: its 2,000 message texts and
    /// 300 contact states are each read again only after every other, long out of the caches. `serve` never
    /// evaluates such a message or state: it has just parsed the one and decoded the other. The rule set's
    /// tables are as cold here as there (decoding and encoding pass between evaluations, as the store's work
    /// does in `serve`). Each call's two clock reads (about 47 ns between them on this machine) are counted in.
    private func measureAsServed(_ program: RuleProgram, _ messages: [Message]) -> Double {
        let slots = Self.contactSlots(of: messages)
        let journal = messages.map(\.normalizedJSON)
        var stored = [String](repeating: ContactState().storedJSON, count: slots.count)
        let clock = ContinuousClock()
        var count = 0
        var checksum = 0
        var evaluating = Duration.zero
        // What is built on first use (the Spanish and Portuguese lexicons, a third of a second) is built
        // before timing, as `serve` does at start: it is not the steady state.
        program.prepareEveryLanguage()
        repeatPasses { passClock in
            for (json, slot) in zip(journal, slots.ofMessage) {
                guard let message = try? MessageStore.decodeMessage(json), let state = try? MessageStore.decodeState(stored[slot]) else {
                    preconditionFailure("a bench message or contact state did not decode from its JSON")
                }
                let started = clock.now
                // As the worker evaluates: with the fired rules' reasons, which the journal of decisions keeps.
                let decision = program.evaluate(message, state: state, now: passClock.now(for: message), tracing: .journal)
                evaluating += clock.now - started
                stored[slot] = decision.state.storedJSON
                checksum &+= decision.actions.count
                count += 1
            }
        }
        if checksum == -1 { print("") }  // keeps the work observable
        return Double(count) / evaluating.timeInterval
    }

    /// Each message's contact as a slot number (in the order contacts first write), and how many slots.
    private static func contactSlots(of messages: [Message]) -> (ofMessage: [Int], count: Int) {
        var slots: [String: Int] = [:]
        let ofMessage = messages.map { message in
            if let slot = slots[message.contact] { return slot }
            slots[message.contact] = slots.count
            return slots.count - 1
        }
        return (ofMessage, slots.count)
    }

    /// Runs `pass` (one pass over the messages) again and again for the configured seconds, or exactly
    /// `--passes` times, each pass with its own clock (``PassClock``: a week after the one before).
    private func repeatPasses(_ pass: (PassClock) -> Void) {
        let clock = ContinuousClock()
        let start = clock.now
        let budget = Duration.milliseconds(Int(seconds * 1000))
        var passesLeft = passes ?? Int.max
        var passClock = PassClock()
        while passes != nil ? passesLeft > 0 : clock.now - start < budget {
            passesLeft -= 1
            pass(passClock)
            passClock.pass += 1
        }
    }

    /// A message the measuring loop lends to the engine without copying it.
    private final class MessageBox {
        let message: Message
        init(_ message: Message) { self.message = message }
    }

    /// Short DM-style messages scored per second by the sentiment scorer alone.
    private func measureSentiment() {
        let scorer = LexiconSentimentScorer()
        let samples = [
            "How much is the linen dress?", "WHERE IS MY ORDER???", "Thanks so much! 🙏", "I love it ❤️❤️",
            "my order hasn't arrived yet", "Great, another delay", "not happy with the quality", "sooo cute!!",
            "Do you ship to Portugal?", "This is a SCAM. I want a refund now 😡", "ok thanks", "kinda small tbh",
            "The dress is beautiful but a bit long", "still waiting for my refund", "👍🏽", "Hello??? anyone???",
        ]
        let clock = ContinuousClock()
        var count = 0
        var total = 0.0
        let start = clock.now
        while clock.now - start < .milliseconds(Int(seconds * 1000)) {
            for sample in samples { total += scorer.score(sample) }
            count += samples.count
        }
        let rate = Double(count) / (clock.now - start).timeInterval
        print("sentiment: \(Int(rate)) short messages/s on one core (checksum \(Int(total) % 10))")
    }

    /// Short DM-style messages in English, Spanish and Portuguese identified per second (``LanguageIdentifier``).
    private func measureLanguage() {
        let identifier = LanguageIdentifier()
        let samples = [
            "How much is the linen dress?", "hola, tienen talla M?", "oi, tem no tamanho M?", "cuanto cuesta el envio",
            "quanto custa o frete", "ok", "muchas gracias!!", "muito obrigada ❤️", "where is my order???", "mi pedido no llega",
            "cadê meu pedido", "👍", "lindo demais", "me encanta 😍", "do you ship to Spain?", "vcs entregam em SP?",
        ]
        let clock = ContinuousClock()
        var count = 0
        var checksum = 0
        let start = clock.now
        while clock.now - start < .milliseconds(Int(seconds * 1000)) {
            for sample in samples { checksum &+= identifier.identify(sample).words }
            count += samples.count
        }
        let rate = Double(count) / (clock.now - start).timeInterval
        print("language: \(Int(rate)) short messages/s on one core (checksum \(checksum % 10))")
    }

    /// Where the time of one evaluation goes, on the 200-byte messages: folding and splitting the text,
    /// finding keywords, and scoring sentiment.
    private func measureComponents() {
        let workload = BenchmarkWorkload(rules: 1_000, keywords: 10_000)
        var index = KeywordIndex()
        for keyword in (0..<10_000).map(BenchmarkWorkload.keyword) { index.add(keyword) }
        let scorer = LexiconSentimentScorer()
        let texts = workload.messages.map { $0.text ?? "" }
        func time(_ label: String, _ body: (String) -> Int) {
            timePerInput(label, inputs: texts.count, unit: "200-byte message") { body(texts[$0]) }
        }
        print("components:")
        time("fold and split (NormalizedText)") { NormalizedText($0).tokens.count }
        time("fold, split and find keywords (10,000)") { index.matches(in: NormalizedText($0)).count }
        let identifier = LanguageIdentifier()
        time("language identification") { identifier.identify($0).words }
        time("sentiment score") { Int(scorer.score($0) * 10) }
        let scans = texts.map(NormalizedText.init)
        timePerInput("sentiment bounds, from the scan (settle `sentiment < -0.6` unscored)", inputs: texts.count, unit: "200-byte message") { index in
            Int(scorer.scoreBounds(texts[index], normalized: scans[index], language: .en).lowerBound)
        }
        let hours = FrontEnd.check([SourceFile(name: "h.rules", text: "hours open = mon-fri 09:00-18:00 in \"Europe/Madrid\"")]).ruleSet?.hours["open"]
        let instant = Date(timeIntervalSince1970: 1_795_000_000)
        time("opening hours check") { hours?.contains(instant.addingTimeInterval(Double($0.utf8.count))) == true ? 1 : 0 }
        let regex = try? CompiledRegex(pattern: #"\border\s*#?\d{4,}"#, caseless: true)
        // The messages never hold "order", so this is the word's search (RequiredLiteral), not PCRE2.
        time("regex, messages without its opening word") { regex?.firstMatch(in: $0) == .noMatch ? 0 : 1 }
    }

    /// A figure measured `--repetitions` times, or a figure of 0 without measuring when the options leave
    /// its column out.
    private func repeated(unless skipped: Bool, _ measurement: () -> Double) -> RepeatedFigure {
        skipped ? RepeatedFigure(runs: [0]) : RepeatedFigure.measure(times: repetitions, measurement)
    }

    /// A repeated figure's range and median, or "not measured" for a column the options leave out.
    private func describe(_ figure: RepeatedFigure) -> String {
        guard figure.range.upperBound > 0 else { return "not measured" }
        return "\(Int(figure.range.lowerBound))–\(Int(figure.range.upperBound))/s (median \(Int(figure.median)))"
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// The CPU a webhook costs before it reaches the store, per body: signature, parsing, journal JSON.
    private func measureWebhookPath() {
        let bodies = (0..<1_000).map { index in
            Data(#"{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550100200","phone_number_id":"106540352200001"},"contacts":[{"profile":{"name":"Customer \#(index)"},"wa_id":"54911\#(index)"}],"messages":[{"from":"54911\#(index)","id":"wamid.bench.\#(index)","timestamp":"1795000000","type":"text","text":{"body":"hi! how much is the linen dress in size M? \#(index)"}}]}}]}]}"#.utf8)
        }
        let signatures = bodies.map { WebhookSignature.sign(body: $0, secret: "bench") }
        func time(_ label: String, _ body: (Int) -> Int) {
            timePerInput(label, inputs: bodies.count, unit: "body", body)
        }
        print("webhook path (a ~600-byte WhatsApp body):")
        time("verify the signature") { index in
            (try? WebhookSignature.verify(body: bodies[index], header: signatures[index], secret: "bench")) == nil ? 0 : 1
        }
        time("parse into messages") { index in (try? WebhookParser.parse(bodies[index]))?.messages.count ?? 0 }
        let messages = bodies.compactMap { try? WebhookParser.parse($0).messages.first }
        time("journal JSON") { index in messages[index % messages.count].normalizedJSON.utf8.count }
    }

    /// Runs `body` over input indices `0..<inputs`, round after round, for half the configured time, and
    /// prints the microseconds per input (with a checksum digit so the work cannot be optimized away).
    private func timePerInput(_ label: String, inputs: Int, unit: String, _ body: (Int) -> Int) {
        let clock = ContinuousClock()
        var count = 0
        var sink = 0
        let start = clock.now
        while clock.now - start < .milliseconds(Int(seconds * 500)) {
            for index in 0..<inputs {
                sink &+= body(index)
                count += 1
            }
        }
        let micros = (clock.now - start).timeInterval * 1e6 / Double(count)
        print("  \(label): \(String(format: "%.2f", micros)) µs per \(unit) (\(sink % 2))")
    }
}

extension BenchmarkWorkload.UnguardedRule: ExpressibleByArgument {}
