import Engine
import Foundation
import FuzzSupport
import RulesDSL

/// libFuzzer's entry point for the rule language: any bytes through the whole front end (lexer, parser,
/// checker, PCRE2 compilation, diagnostics rendering), and for text without syntax errors, the promises of
/// `fmt`: the formatted text parses to the same tree, and formatting again changes nothing. A broken
/// promise traps, which libFuzzer reports as a crash with its input.
///
/// Built by scripts/fuzz.sh with `-sanitize=fuzzer -DFUZZING`; a normal build makes a small program that
/// runs the same check on files, to replay what the fuzzer found.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let source = SourceFile(name: "fuzz.rules", text: text)
    let result = FrontEnd.check([source])
    _ = DiagnosticRenderer().render(result.diagnostics)
    let (file, diagnostics) = Parser.parse(source)
    guard !diagnostics.hasErrors else { return 0 }
    let formatted = Formatter.format(file)
    let (again, againDiagnostics) = Parser.parse(SourceFile(name: "fuzz.rules", text: formatted))
    precondition(!againDiagnostics.hasErrors, "formatted text does not parse")
    precondition(ASTDump.dump(again) == ASTDump.dump(file), "formatting changed the meaning")
    precondition(Formatter.format(again) == formatted, "formatting is not idempotent")
    return 0
}

#if FUZZING
// SwiftPM links an executable's entry point as `fuzz_rules_main`; hand it to libFuzzer's driver.
@_cdecl("fuzz_rules_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzRules)
}
#else
/// `fuzz-rules FILE...`: runs the fuzz check on each file (to replay a crash the fuzzer saved).
@main
struct ReplayRuleInputs {
    static func main() throws { try replayFuzzInputs(fuzzRules) }
}
#endif
