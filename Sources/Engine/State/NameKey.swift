/// A tag or rule name with its fingerprint (the FNV-1a hash of its UTF-8), worked out once: rules carry
/// the keys of the tags and names they use, so a contact's ``TagSet`` and ``Cooldowns`` compare 64-bit
/// numbers and only compare strings when the numbers are equal.
struct NameKey: Sendable, Hashable {
    let name: String
    let fingerprint: UInt64

    init(_ name: String) {
        self.name = name
        var name = name
        fingerprint = name.withUTF8 { NormalizedText.hash($0) }
    }
}
