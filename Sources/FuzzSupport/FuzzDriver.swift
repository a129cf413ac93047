import Foundation

/// One fuzz check: any bytes in, 0 out; a broken promise traps, which libFuzzer reports as a crash with
/// its input.
public typealias FuzzCheck = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzCheck
) -> CInt

/// Hands the program's arguments and a check to libFuzzer's driver (a build with `-sanitize=fuzzer
/// -DFUZZING`, as scripts/fuzz.sh makes it).
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ check: FuzzCheck) -> CInt {
    var argc = argc
    var argv = argv
    return runFuzzerDriver(&argc, &argv, check)
}
#else
/// Runs a check on each file named on the command line, to replay what the fuzzer saved; prints
/// `ok FILE` for each that passes (a failing one traps).
public func replayFuzzInputs(_ check: FuzzCheck) throws {
    for path in CommandLine.arguments.dropFirst() {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        _ = bytes.withUnsafeBufferPointer { check($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
        print("ok \(path)")
    }
}
#endif
