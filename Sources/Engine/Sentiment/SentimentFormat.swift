/// Prints scores and confidences with fixed decimals without going through `String(format:)`, which is slow on Linux.
public enum SentimentFormat {
    /// `0.97`, `0.33`, `1.00`: a confidence.
    public static func twoDecimals(_ value: Double) -> String {
        let scaled = Int((abs(value) * 100).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        let fraction = String(scaled % 100)
        return sign + String(scaled / 100) + "." + String(repeating: "0", count: 2 - fraction.count) + fraction
    }

    /// `-0.6250`, `0.0000`, `1.0000`.
    public static func fourDecimals(_ value: Double) -> String {
        let scaled = Int((abs(value) * 10_000).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        let fraction = String(scaled % 10_000)
        return sign + String(scaled / 10_000) + "." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}
