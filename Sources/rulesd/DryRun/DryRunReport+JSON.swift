import Engine
import Foundation

/// The JSON lines of a replay, written by hand: at 100,000 messages, Foundation's encoders took nine tenths
/// of the whole run. Members are in name order, as before.
extension DryRunReport {
    /// One message's JSON line, written into `out` (the same text as ``json(_:)``, built without a `String`
    /// per member: the replay's hot path).
    func appendJSON(_ result: ReplayResult, to out: inout JSONBytes) {
        guard !explain, explainRules.isEmpty else {
            out.raw(json(result))
            return
        }
        let decision = result.decision
        out.raw(#"{"duplicate":"#)
        out.raw(result.isDuplicate ? "true" : "false")
        out.raw(#","evaluated":"#)
        out.raw(decision?.evaluated == true ? "true" : "false")
        if result.recorded.expectation != nil {
            out.raw(#","expectations":{"failures":"#)
            out.strings(result.failures)
            out.raw(#","met":"#)
            out.raw(result.failures.isEmpty ? "true}" : "false}")
        }
        out.raw(#","fired":["#)
        let actions = decision?.actions ?? []
        let traces = decision?.trace.rules ?? []
        for (index, rule) in (decision?.firedRules ?? []).enumerated() {
            out.raw(index > 0 ? #",{"actions":["# : #"{"actions":["#)
            var first = true
            for action in actions where action.rule == rule {
                if !first { out.raw(",") }
                first = false
                out.action(action)
            }
            out.raw(#"],"reasons":"#)
            out.strings(traces.first { $0.rule == rule && $0.fired }?.reasons ?? [])
            out.raw(#","rule":"#)
            out.string(rule)
            out.raw("}")
        }
        out.raw(#"],"language":"#)
        out.optional(decision?.language?.rawValue)
        out.raw(#","message":"#)
        out.message(result.recorded.message)
        out.raw(#","notes":"#)
        out.strings(decision?.trace.notes ?? [])
        out.raw(#","origin":"#)
        out.string(result.recorded.origin)
        out.raw(#","replies":["#)
        let replies = decision?.replies ?? []
        for (index, reply) in replies.enumerated() {
            out.raw(index > 0 ? #",{"rule":"# : #"{"rule":"#)
            out.string(reply.rule)
            out.raw(#","template":"#)
            out.optional(reply.template)
            out.raw(#","text":"#)
            out.string(reply.text)
            out.raw("}")
        }
        out.raw(#"],"reply":"#)
        out.optional(replies.first?.text)
        out.raw(#","reply_template":"#)
        out.optional(replies.first?.template)
        out.raw("}\n")
    }

    func json(_ result: ReplayResult) -> String {
        let decision = result.decision
        let traces = decision?.trace.rules ?? []
        var record = JSONObjectWriter()
        record.addRaw("duplicate", String(result.isDuplicate))
        record.addRaw("evaluated", String(decision?.evaluated ?? false))
        if result.recorded.expectation != nil {
            record.addRaw("expectations", #"{"failures":"# + Self.array(result.failures.map(JSONObjectWriter.quoted)) + #","met":\#(result.failures.isEmpty)}"#)
        }
        if !explainRules.isEmpty, decision?.evaluated == true {
            record.addRaw("explained", Self.array(explainRules.compactMap { rule in
                traces.first { $0.rule == rule }.map { Self.verdict($0) }
            }))
        }
        let actions = decision?.actions ?? []
        record.addRaw("fired", Self.array((decision?.firedRules ?? []).map { rule in
            var fired = JSONObjectWriter()
            fired.addRaw("actions", Self.array(actions.filter { $0.rule == rule }.map { action in
                var bytes = JSONBytes()
                bytes.action(action)
                return String(decoding: bytes.bytes, as: UTF8.self)
            }))
            fired.addRaw("reasons", Self.strings(traces.first { $0.rule == rule && $0.fired }?.reasons ?? []))
            fired.add("rule", rule)
            return fired.finish()
        }))
        record.addRaw("language", decision?.language.map { JSONObjectWriter.quoted($0.rawValue) } ?? "null")
        record.addRaw("message", result.recorded.message.normalizedJSON)
        record.addRaw("notes", Self.strings(decision?.trace.notes ?? []))
        record.add("origin", result.recorded.origin)
        record.addRaw("replies", Self.array((decision?.replies ?? []).map { reply in
            var object = JSONObjectWriter()
            object.add("rule", reply.rule)
            object.addRaw("template", reply.template.map(JSONObjectWriter.quoted) ?? "null")
            object.add("text", reply.text)
            return object.finish()
        }))
        record.addRaw("reply", decision?.reply.map { JSONObjectWriter.quoted($0.text) } ?? "null")
        record.addRaw("reply_template", decision?.reply?.template.map(JSONObjectWriter.quoted) ?? "null")
        if explain {
            // The skipped rules' reasons are what made a message's line 141 KB at 1,000 rules: on demand only.
            record.addRaw("skipped", Self.array(traces.filter { !$0.fired }.map { trace in
                #"{"reasons":"# + Self.strings(trace.reasons) + #","rule":"# + JSONObjectWriter.quoted(trace.rule) + "}"
            }))
            record.addRaw("trace", Self.array(traces.map(Self.verdict)))
        }
        return record.finish() + "\n"
    }

    /// `{"fired":…,"reasons":[…],"rule":…}`
    private static func verdict(_ trace: RuleTrace) -> String {
        #"{"fired":\#(trace.fired),"reasons":"# + strings(trace.reasons) + #","rule":"# + JSONObjectWriter.quoted(trace.rule) + "}"
    }

    static func array(_ elements: [String]) -> String { "[" + elements.joined(separator: ",") + "]" }

    static func strings(_ values: [String]) -> String { array(values.map(JSONObjectWriter.quoted)) }
}
