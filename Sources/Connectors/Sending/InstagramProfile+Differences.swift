import Engine
import Foundation

extension InstagramProfile {
    /// What changes when `wanted` replaces `live`, one line per item for the seller: removed items first
    /// (`- menu "Old item" -> OLD`), then added ones (`+ ice breaker "Do you ship abroad?" -> SHIPPING`), and
    /// `~ ...` when only the order changes. Empty when they are the same.
    public static func differences(live: InstagramProfileSettings, wanted: InstagramProfileSettings) -> [String] {
        differences(live.iceBreakers, wanted.iceBreakers, name: "ice breaker", plural: "ice breakers")
            + differences(live.menu, wanted.menu, name: "menu", plural: "menu items")
    }

    /// `"Do you ship abroad?" -> SHIPPING`: an item as the seller wrote it.
    public static func describe(_ item: ReplyButton) -> String {
        "\(JSONObjectWriter.quoted(item.title)) -> \(item.payload)"
    }

    private static func differences(_ live: [ReplyButton], _ wanted: [ReplyButton], name: String, plural: String) -> [String] {
        guard live != wanted else { return [] }
        let removed = live.filter { !wanted.contains($0) }
        let added = wanted.filter { !live.contains($0) }
        var lines: [String] = removed.map { "- \(name) \(describe($0))" } + added.map { "+ \(name) \(describe($0))" }
        if lines.isEmpty {
            lines.append("~ \(plural) in a new order: " + wanted.map { JSONObjectWriter.quoted($0.title) }.joined(separator: ", "))
        }
        return lines
    }
}
