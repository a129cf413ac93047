import Engine
import Foundation
import RulesDSL

/// The playground: a message typed in the page, evaluated against the loaded rules or against rule text
/// pasted in the page (checked first). Nothing is stored and nothing is sent.
struct PlaygroundView {
    struct Problem { var `where`: String; var severity: String; var message: String }
    struct Why { var rule: String; var reasons: String }
    struct Result {
        var headline: String
        var notes: [String]
        var fired: [Why]
        var actions: [String]
        var hasActions: Bool
        var skipped: [Why]
    }

    var csrf: String
    var navPlayground = true
    var text = ""
    var instagram = true
    var whatsapp = false
    var kindText = true
    var kindComment = false
    var first = false
    var tags = ""
    var rulesText = ""
    var diagnostics: [Problem] = []
    var hasDiagnostics = false
    var result: Result?
    var error: String?

    init(csrf: String) { self.csrf = csrf }
}

/// What the playground's form sends.
struct PlaygroundForm: Decodable, Sendable {
    var csrf: String?
    var text: String?
    var channel: String?
    var kind: String?
    var first: String?
    var tags: String?
    var rules: String?
}

enum Playground {
    /// Evaluates the form's message; fills the view with the outcome or the pasted rules' problems.
    static func run(_ form: PlaygroundForm, loaded: RuleProgram, now: Date, clock: DisplayTime, csrf: String) -> PlaygroundView {
        var view = PlaygroundView(csrf: csrf)
        view.text = form.text ?? ""
        let channel: Channel = form.channel == "whatsapp" ? .whatsapp : .instagram
        view.instagram = channel == .instagram
        view.whatsapp = channel == .whatsapp
        let comment = form.kind == "comment" && channel == .instagram
        view.kindText = !comment
        view.kindComment = comment
        view.first = form.first == "1" || form.first == "on"
        view.tags = form.tags ?? ""
        view.rulesText = form.rules ?? ""

        var program = loaded
        if !view.rulesText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let source = SourceFile(name: "playground.rules", text: view.rulesText)
            let checked = FrontEnd.check([source])
            view.diagnostics = checked.diagnostics.map { diagnostic in
                let location = diagnostic.file.location(of: diagnostic.range.start)
                return PlaygroundView.Problem(
                    where: "line \(location.line):\(location.column)", severity: diagnostic.severity.rawValue,
                    message: diagnostic.message.text + (diagnostic.fixIt.map { " (\($0))" } ?? ""))
            }
            view.hasDiagnostics = !view.diagnostics.isEmpty
            guard let ruleSet = checked.ruleSet else { return view }
            program = RuleProgram(ruleSet, scorer: loaded.scorer)
        }
        guard !view.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            view.error = "Type a message to try."
            return view
        }
        let message = Message(
            id: "playground", at: now, channel: channel, account: "playground", contact: "playground", name: "Playground",
            kind: comment ? .comment : .text, text: view.text, postID: comment ? "playground-post" : nil)
        var state = ContactState()
        for tag in view.tags.split(separator: ",") {
            let name = tag.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { _ = state.tags.insert(name) }
        }
        if !view.first {
            // A customer who wrote before (yesterday), so `first contact` does not hold.
            state.firstSeen = now.addingTimeInterval(-86_400)
            state.lastInboundAt = now.addingTimeInterval(-86_400)
            state.messageCount = 3
        }
        let decision = program.evaluate(message, state: state, now: now, tracing: .full)
        let fired = decision.trace.rules.filter(\.fired).map { PlaygroundView.Why(rule: $0.rule, reasons: $0.reasons.joined(separator: "; ")) }
        let skipped = decision.trace.rules.filter { !$0.fired }.map { PlaygroundView.Why(rule: $0.rule, reasons: $0.reasons.joined(separator: "; ")) }
        let actions = decision.actions.map { describe($0, clock: clock) }
        view.result = PlaygroundView.Result(
            headline: fired.isEmpty ? "No rule would fire" : fired.count == 1 ? "1 rule would fire" : "\(fired.count) rules would fire",
            notes: decision.trace.notes, fired: fired, actions: actions, hasActions: !actions.isEmpty, skipped: skipped)
        return view
    }

    /// One decided action in words.
    static func describe(_ action: DecidedAction, clock: DisplayTime) -> String {
        switch action {
        case .reply(let reply): "reply" + (reply.template.map { " (\($0))" } ?? "") + ": " + reply.text
        case .publicReply(let reply): "answer publicly" + (reply.template.map { " (\($0))" } ?? "") + ": " + reply.text
        case .tag(let tag, _): "tag \(tag)"
        case .untag(let tag, _): "remove the tag \(tag)"
        case .forward(let endpoint, _): "forward to \(endpoint)"
        case .pause(let until, _): "pause automatic replies until \(clock.format(until))"
        case .followUp(let name, let due, _, _): "follow up \"\(name)\" at \(clock.format(due))"
        }
    }
}
