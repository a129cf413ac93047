import Foundation
import RulesDSL

/// Resolves names and compiles what must compile when a rule set loads: regexes, time zones, options,
/// template variables. Reports every problem, and warns about rules that can never fire or never run.
///
/// ```swift
/// let parsed = sources.map { Parser.parse($0) }
/// let (ruleSet, diagnostics) = RuleSetChecker.check(parsed.map(\.0))
/// ```
public enum RuleSetChecker {
    /// The template variables every rule set has, besides its `set` values.
    public static let builtinVariables = [
        "contact.name", "contact.first_name", "contact.username", "contact.id", "contact.language", "contact.email", "contact.phone",
        "message.text", "channel",
    ]

    /// Checks parsed files that form one rule set (in load order).
    /// - Returns: the checked set when there are no errors, and all diagnostics (warnings included).
    public static func check(_ files: [RuleFile]) -> (CheckedRuleSet?, [Diagnostic]) {
        var pass = CheckerPass()
        pass.collectDeclarations(files)
        pass.checkDeclarations()
        pass.checkRules()
        pass.checkProfile()
        pass.checkWhatsAppTemplates()
        pass.checkFollowUps()
        pass.checkTemplateChoices()
        let (accounts, consolePasswordVariable) = pass.checkAccounts()
        let ordered = pass.orderedRules()
        // Reachability warnings only make sense on a set without errors.
        if !pass.diagnostics.hasErrors && !files.contains(where: \.hasSyntaxErrors) {
            pass.checkReachability(ordered)
        }
        guard !pass.diagnostics.hasErrors else { return (nil, pass.diagnostics) }
        let ruleSet = CheckedRuleSet(
            files: files, rules: ordered, values: pass.values.mapValues(\.declaration.value.value),
            templates: pass.templates.mapValues(\.declaration), whatsappTemplates: pass.whatsappTemplates.mapValues(\.declaration),
            hours: pass.compiledHours,
            endpoints: pass.endpoints.mapValues(\.declaration), options: pass.options, regexes: pass.regexes,
            followUps: pass.followUps.mapValues { CheckedRuleSet.CheckedFollowUp(declaration: $0.declaration, file: $0.file) },
            iceBreakers: pass.iceBreakers.first.map { Self.buttons($0.declaration.items) } ?? [],
            menu: pass.menus.first.map { Self.buttons($0.declaration.items) } ?? [],
            accounts: accounts, consolePasswordVariable: consolePasswordVariable)
        return (ruleSet, pass.diagnostics)
    }

    static func buttons(_ literals: [ButtonLiteral]) -> [ReplyButton] {
        literals.map { ReplyButton(title: $0.title.value, payload: $0.payload) }
    }
}

/// A declaration with the file it came from.
struct Located<Declaration> {
    var declaration: Declaration
    var file: SourceFile
}

/// The mutable state of one check.
struct CheckerPass {
    var diagnostics: [Diagnostic] = []
    var values: [String: Located<SetDeclaration>] = [:]
    var templates: [String: Located<TemplateDeclaration>] = [:]
    /// Templates approved in WhatsApp Manager (`template NAME = whatsapp "..." language "..."`).
    var whatsappTemplates: [String: Located<WhatsAppTemplateDeclaration>] = [:]
    var hours: [String: Located<HoursDeclaration>] = [:]
    var endpoints: [String: Located<EndpointDeclaration>] = [:]
    var optionDeclarations: [String: Located<OptionDeclaration>] = [:]
    var rules: [Located<Rule>] = []
    var iceBreakers: [Located<ProfileDeclaration>] = []
    /// Follow-ups by name (`followup "NAME" ...`).
    var followUps: [String: Located<FollowUpDeclaration>] = [:]
    var menus: [Located<ProfileDeclaration>] = []
    /// `account` declarations, in load order.
    var accountDeclarations: [Located<AccountDeclaration>] = []
    /// `console password` declarations (one is allowed).
    var consoleDeclarations: [Located<ConsoleDeclaration>] = []
    /// Names of declarations with syntax errors: never reported as unknown, to avoid follow-on errors.
    var incompleteNames = Set<String>()
    var compiledHours: [String: OpeningHours] = [:]
    var options = RuleSetOptions()
    var regexes: [CheckedRuleSet.RegexKey: CompiledRegex] = [:]

    /// At most this many diagnostics per file, so a huge broken file cannot flood the output.
    static let limitPerFile = 200
    var countPerFile: [String: Int] = [:]

    mutating func report(
        _ message: DiagnosticMessage, _ file: SourceFile, _ range: SourceRange, notes: [DiagnosticNote] = [],
        fixIt: String? = nil
    ) {
        countPerFile[file.name, default: 0] += 1
        let count = countPerFile[file.name]!
        if count == Self.limitPerFile + 1 {
            diagnostics.append(Diagnostic(.make(.note, "more problems in this file are not shown; fix these first", id: "tooManyDiagnostics"), file: file, range: range))
        }
        guard count <= Self.limitPerFile else { return }
        diagnostics.append(Diagnostic(message, file: file, range: range, notes: notes, fixIt: fixIt))
    }

    // MARK: Names

    mutating func collectDeclarations(_ files: [RuleFile]) {
        var ruleNames: [String: Located<Rule>] = [:]
        for ruleFile in files {
            let file = ruleFile.file
            incompleteNames.formUnion(ruleFile.incompleteDeclarationNames)
            for declaration in ruleFile.declarations {
                switch declaration {
                case .set(let d): Self.register(d, named: d.name, kind: "value", in: &values, file: file, diagnostics: &diagnostics)
                case .template(let d):
                    if let approved = whatsappTemplates[d.name.name] {
                        report(.duplicateName("template", d.name.name), file, d.name.range, notes: [DiagnosticNote(text: "first defined here", file: approved.file, range: approved.declaration.name.range)])
                    } else {
                        Self.register(d, named: d.name, kind: "template", in: &templates, file: file, diagnostics: &diagnostics)
                    }
                case .whatsappTemplate(let d):
                    if let first = templates[d.name.name] {
                        report(.duplicateName("template", d.name.name), file, d.name.range, notes: [DiagnosticNote(text: "first defined here", file: first.file, range: first.declaration.name.range)])
                    } else {
                        Self.register(d, named: d.name, kind: "template", in: &whatsappTemplates, file: file, diagnostics: &diagnostics)
                    }
                case .hours(let d): Self.register(d, named: d.name, kind: "hours", in: &hours, file: file, diagnostics: &diagnostics)
                case .endpoint(let d): Self.register(d, named: d.name, kind: "endpoint", in: &endpoints, file: file, diagnostics: &diagnostics)
                case .option(let d): Self.register(d, named: d.name, kind: "option", in: &optionDeclarations, file: file, diagnostics: &diagnostics)
                case .followUp(let d):
                    if claimsQuotedName(d.name, kind: "follow-up", taken: followUps[d.name.value].map { ($0.file, $0.declaration.name.range) }, file: file) {
                        followUps[d.name.value] = Located(declaration: d, file: file)
                    }
                case .iceBreakers(let d): iceBreakers.append(Located(declaration: d, file: file))
                case .menu(let d): menus.append(Located(declaration: d, file: file))
                case .account(let d): accountDeclarations.append(Located(declaration: d, file: file))
                case .console(let d): consoleDeclarations.append(Located(declaration: d, file: file))
                case .rule(let rule):
                    if claimsQuotedName(rule.name, kind: "rule", taken: ruleNames[rule.name.value].map { ($0.file, $0.declaration.name.range) }, file: file) {
                        ruleNames[rule.name.value] = Located(declaration: rule, file: file)
                    }
                    rules.append(Located(declaration: rule, file: file))
                }
            }
        }
    }

    /// Whether a rule's or a follow-up's quoted name can be registered: an empty one, or one already `taken`
    /// (where), is reported; one that did not parse was reported by the parser.
    private mutating func claimsQuotedName(_ name: StringLiteral, kind: String, taken first: (file: SourceFile, range: SourceRange)?, file: SourceFile) -> Bool {
        guard name.range.end > name.range.start else { return false }
        if name.value.trimmingCharacters(in: .whitespaces).isEmpty {
            report(.emptyName, file, name.range)
            return false
        }
        if let first {
            report(.duplicateName(kind, name.value), file, name.range, notes: [DiagnosticNote(text: "first defined here", file: first.file, range: first.range)])
            return false
        }
        return true
    }

    private static func register<D>(
        _ declaration: D, named name: Identifier, kind: String, in table: inout [String: Located<D>], file: SourceFile,
        diagnostics: inout [Diagnostic]
    ) {
        if let first = table[name.name] {
            let firstRange = (first.declaration as? any HasName)?.nameRange ?? name.range
            diagnostics.append(Diagnostic(
                .duplicateName(kind, name.name), file: file, range: name.range,
                notes: [DiagnosticNote(text: "first defined here", file: first.file, range: firstRange)]))
            return
        }
        table[name.name] = Located(declaration: declaration, file: file)
    }

    /// Every name a template may use inside `{{ }}`.
    var variableNames: [String] {
        RuleSetChecker.builtinVariables + values.keys.sorted() + hours.keys.sorted().flatMap { ["hours.\($0)", "hours.\($0).next"] }
    }

    /// Rules in evaluation order: descending priority, ties in load order.
    func orderedRules() -> [CheckedRuleSet.CheckedRule] {
        rules.enumerated()
            .sorted { a, b in
                let pa = a.element.declaration.priority?.value ?? 0
                let pb = b.element.declaration.priority?.value ?? 0
                return pa != pb ? pa > pb : a.offset < b.offset
            }
            .enumerated()
            .map { CheckedRuleSet.CheckedRule(rule: $0.element.element.declaration, file: $0.element.element.file, order: $0.offset) }
    }
}

/// Declarations that carry a name, so duplicate reports can point at the first one.
protocol HasName { var nameRange: SourceRange { get } }
extension SetDeclaration: HasName { var nameRange: SourceRange { name.range } }
extension TemplateDeclaration: HasName { var nameRange: SourceRange { name.range } }
extension WhatsAppTemplateDeclaration: HasName { var nameRange: SourceRange { name.range } }
extension HoursDeclaration: HasName { var nameRange: SourceRange { name.range } }
extension EndpointDeclaration: HasName { var nameRange: SourceRange { name.range } }
extension OptionDeclaration: HasName { var nameRange: SourceRange { name.range } }
