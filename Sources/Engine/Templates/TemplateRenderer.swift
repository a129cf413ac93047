import RulesDSL

/// Renders reply templates: `{{variables}}` with `or` fallbacks, `one of` variants, channel length limits.
public enum TemplateRenderer {
    /// Renders a template string, looking variables up by name; a variable without a value renders empty.
    public static func render(_ text: StringLiteral, lookup: (String) -> String?) -> String {
        var output = ""
        for piece in text.pieces {
            switch piece {
            case .text(let part):
                output += part
            case .variable(let variable):
                output += value(of: variable, lookup: lookup) ?? ""
            }
        }
        return output
    }

    /// The first alternative with a non-empty value.
    static func value(of variable: TemplateVariable, lookup: (String) -> String?) -> String? {
        for alternative in variable.alternatives {
            switch alternative {
            case .literal(let text, _):
                return text
            case .variable(let name, _):
                if let value = lookup(name), !value.isEmpty { return value }
            }
        }
        return nil
    }

    /// Which of `count` variants a message gets: a stable hash of its id, so replays pick the same one.
    public static func variantIndex(count: Int, messageID: String) -> Int {
        guard count > 1 else { return 0 }
        return Int(NormalizedText.hash(messageID.utf8) % UInt64(count))
    }

    /// The text cut to at most `limit` characters, never inside a character; and whether it was cut.
    public static func truncate(_ text: String, limit: Int) -> (text: String, truncated: Bool) {
        // No more bytes than the limit means no more characters: most replies are settled without counting.
        guard text.utf8.count > limit, text.count > limit else { return (text, false) }
        return (String(text.prefix(limit)), true)
    }

    /// The longest reply a channel accepts, in characters.
    public static func limit(for channel: Channel) -> Int {
        switch channel {
        case .instagram: ReplyLimits.instagram
        case .whatsapp: ReplyLimits.whatsapp
        }
    }
}
