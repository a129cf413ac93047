/// The name a person addresses someone by: the first word of a full name (`{{contact.first_name}}`).
public enum FirstName {
    /// "Ana" for "Ana María López", "Lucía" for "🌸 Lucía Gómez"; nil when the name has no word with a letter.
    public static func of(_ name: String?) -> String? {
        guard let name else { return nil }
        for word in name.split(whereSeparator: { $0.isWhitespace }) {
            let trimmed = word.drop { !$0.isLetter }.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed()
            if !trimmed.isEmpty { return String(trimmed) }
        }
        return nil
    }
}
