import Connectors
import Engine
import Foundation
import FuzzSupport

/// libFuzzer's entry point for webhook bodies: any bytes through the JSON reader and both platforms'
/// parsers; every message they produce must survive the journal's round trip (its JSON read back gives
/// the same message). A broken promise traps, which libFuzzer reports as a crash with its input.
///
/// Built by scripts/fuzz.sh with `-sanitize=fuzzer -DFUZZING`; a normal build makes a small program that
/// runs the same check on files, to replay what the fuzzer found.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWebhooks(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let body = Data(bytes: data, count: size)
    guard let contents = try? WebhookParser.parse(body) else { return 0 }
    for message in contents.messages {
        let json = message.normalizedJSON
        guard let value = try? JSONReader.parse(Data(json.utf8)), let back = Message(normalized: value) else {
            preconditionFailure("the journal's JSON of a parsed message does not read back: \(json)")
        }
        precondition(back == message, "the journal's JSON of a parsed message reads back different: \(json)")
    }
    return 0
}

#if FUZZING
// SwiftPM links an executable's entry point as `fuzz_webhooks_main`; hand it to libFuzzer's driver.
@_cdecl("fuzz_webhooks_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzWebhooks)
}
#else
/// `fuzz-webhooks FILE...`: runs the fuzz check on each file (to replay a crash the fuzzer saved).
@main
struct ReplayWebhookInputs {
    static func main() throws { try replayFuzzInputs(fuzzWebhooks) }
}
#endif
