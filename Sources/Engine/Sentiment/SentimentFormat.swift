/// Prints scores with four decimals without going through `String(format:)`, which is slow on Linux.
public enum SentimentFormat {
    /// `-0.6250`, `0.0000`, `1.0000`.
    public static func fourDecimals(_ value: Double) -> String {
        let scaled = Int((abs(value) * 10_000).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        let fraction = String(scaled % 10_000)
        return sign + String(scaled / 10_000) + "." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}
