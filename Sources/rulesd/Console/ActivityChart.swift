import Foundation

/// A small bar chart of one rule's days, drawn by the server as SVG: a light bar for the times it fired,
/// a dark bar inside it for the replies it sent. It names its figures for screen readers.
enum ActivityChart {
    /// The chart for `days` (oldest first) with each day's fires and replies.
    static func svg(rule: String, days: [String], fires: [String: Int], replies: [String: Int]) -> String {
        let width = 300.0, height = 40.0
        let peak = max(1, days.map { fires[$0] ?? 0 }.max() ?? 1)
        let slot = width / Double(max(days.count, 1))
        var bars = ""
        for (index, day) in days.enumerated() {
            let fired = fires[day] ?? 0, sent = replies[day] ?? 0
            let x = Double(index) * slot + 1
            let fireHeight = Double(fired) / Double(peak) * (height - 2)
            let replyHeight = Double(min(sent, max(fired, sent))) / Double(max(peak, sent)) * (height - 2)
            bars += "<rect x=\"\(format(x))\" y=\"\(format(height - fireHeight))\" width=\"\(format(slot - 2))\" height=\"\(format(fireHeight))\" fill=\"#9cc7f0\"><title>\(escape(day)): fired \(fired), replies \(sent)</title></rect>"
            if sent > 0 {
                bars += "<rect x=\"\(format(x))\" y=\"\(format(height - replyHeight))\" width=\"\(format(slot - 2))\" height=\"\(format(replyHeight))\" fill=\"#0b5cad\"/>"
            }
        }
        let total = days.reduce(0) { $0 + (fires[$1] ?? 0) }, sent = days.reduce(0) { $0 + (replies[$1] ?? 0) }
        let label = "\(escape(rule)): fired \(total) times and sent \(sent) replies over \(days.count) days"
        return "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(label)\" preserveAspectRatio=\"none\">"
            + "<line x1=\"0\" y1=\"\(Int(height) - 0)\" x2=\"\(Int(width))\" y2=\"\(Int(height))\" stroke=\"#57606a\"/>" + bars + "</svg>"
    }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Text for an SVG attribute or element.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }
}
