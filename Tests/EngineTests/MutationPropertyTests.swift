import Engine
import Foundation
import RulesDSL
import Testing

/// Mutates the example rule files at random a few thousand times and checks that the front end never crashes,
/// that every reported position lies inside the file, and that whatever it accepts really is valid: the
/// formatted text parses to the same tree.
@Suite struct MutationPropertyTests {
    static let iterations = 2_000

    enum Mutation: CaseIterable { case deleteToken, duplicateToken, swapTokens, deleteLine, duplicateLine, swapLines, truncate }

    static func mutate(_ bytes: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
        var bytes = bytes
        let tokens = Lexer.tokenize(SourceFile(name: "m", bytes: bytes)).tokens.dropLast().map(\.range)
        var lines: [Range<Int>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            lines.append(start..<(index + 1))
            start = index + 1
        }
        guard !tokens.isEmpty, !lines.isEmpty else { return bytes }
        switch Mutation.allCases.randomElement(using: &random)! {
        case .deleteToken:
            let token = tokens.randomElement(using: &random)!
            bytes.removeSubrange(token.start..<token.end)
        case .duplicateToken:
            let token = tokens.randomElement(using: &random)!
            bytes.insert(contentsOf: bytes[token.start..<token.end] + [UInt8(ascii: " ")], at: token.start)
        case .swapTokens:
            let index = Int.random(in: 0..<max(1, tokens.count - 1), using: &random)
            guard index + 1 < tokens.count else { break }
            let (a, b) = (tokens[index], tokens[index + 1])
            let swapped = Array(bytes[b.start..<b.end]) + Array(bytes[a.end..<b.start]) + Array(bytes[a.start..<a.end])
            bytes.replaceSubrange(a.start..<b.end, with: swapped)
        case .deleteLine:
            bytes.removeSubrange(lines.randomElement(using: &random)!)
        case .duplicateLine:
            let line = lines.randomElement(using: &random)!
            bytes.insert(contentsOf: Array(bytes[line]), at: line.lowerBound)
        case .swapLines:
            let index = Int.random(in: 0..<max(1, lines.count - 1), using: &random)
            guard index + 1 < lines.count else { break }
            let (a, b) = (lines[index], lines[index + 1])
            bytes.replaceSubrange(a.lowerBound..<b.upperBound, with: Array(bytes[b]) + Array(bytes[a]))
        case .truncate:
            bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
        }
        return bytes
    }

    @Test func mutatedExamplesNeverCrashAndAlwaysExplainThemselves() throws {
        let originals = Repository.ruleFiles(in: Repository.exampleRules).map { url in
            (url.lastPathComponent, Array(FileManager.default.contents(atPath: url.path)!))
        }
        var random = SeededGenerator(seed: 0x5EED)
        var rejected = 0
        for iteration in 0..<Self.iterations {
            let target = Int.random(in: 0..<originals.count, using: &random)
            var bytes = originals[target].1
            for _ in 0..<Int.random(in: 1...3, using: &random) { bytes = Self.mutate(bytes, using: &random) }
            let sources = originals.enumerated().map { index, original in
                SourceFile(name: original.0, bytes: index == target ? bytes : original.1)
            }
            let result = FrontEnd.check(sources)
            for diagnostic in result.diagnostics {
                let file = diagnostic.file
                #expect(diagnostic.range.start >= 0 && diagnostic.range.end <= file.bytes.count, "iteration \(iteration)")
                let location = diagnostic.location
                #expect(location.line >= 1 && location.line <= file.lineStarts.count, "iteration \(iteration)")
                #expect(location.column >= 1 && location.column <= file.lineText(location.line).count + 1, "iteration \(iteration)")
            }
            if result.diagnostics.hasErrors {
                rejected += 1
                #expect(result.ruleSet == nil)
                continue
            }
            // Accepted: it must really be valid. Its formatted form parses to the same tree.
            #expect(result.ruleSet != nil, "iteration \(iteration): no errors but no rule set")
            let source = sources[target]
            let (file, _) = Parser.parse(source)
            let formatted = Formatter.format(file)
            let (again, againDiagnostics) = Parser.parse(SourceFile(name: source.name, text: formatted))
            #expect(!againDiagnostics.hasErrors, "iteration \(iteration): accepted text formats into errors")
            #expect(ASTDump.dump(again) == ASTDump.dump(file), "iteration \(iteration): formatting changed meaning")
        }
        // Most random mutations break something; the test must have exercised both paths.
        #expect(rejected > Self.iterations / 3)
        #expect(rejected < Self.iterations)
    }
}
