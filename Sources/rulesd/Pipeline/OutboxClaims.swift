/// Which contacts the dispatcher is serving, and how many places of each kind are taken. A contact is in
/// at most one lane per kind, so its replies (and its forwards) go out in order.
actor OutboxClaims {
    private var claimed: Set<String> = []
    private var placesTaken: [OutboxEntry.Kind: Int] = [:]

    /// How many of `maximum` places of a kind are free.
    func free(of maximum: Int, kind: OutboxEntry.Kind) -> Int { max(0, maximum - placesTaken[kind, default: 0]) }

    /// Claims the contacts nobody is serving, at most `places × contactsPerPlace` of them, and takes the
    /// places they need (one per claimed contact, up to `places`).
    /// - Returns: the contacts claimed, in the order given, and the number of places taken for them.
    func claim(_ contacts: [String], kind: OutboxEntry.Kind, places: Int, contactsPerPlace: Int) -> (contacts: [String], places: Int) {
        var taken: [String] = []
        for contact in contacts where taken.count < places * contactsPerPlace {
            if claimed.insert(Self.key(contact, kind)).inserted { taken.append(contact) }
        }
        let placeCount = min(places, taken.count)
        placesTaken[kind, default: 0] += placeCount
        return (taken, placeCount)
    }

    /// Releases lanes' contacts and their places (one lane's by default).
    func release(_ contacts: [String], kind: OutboxEntry.Kind, places: Int = 1) {
        for contact in contacts { claimed.remove(Self.key(contact, kind)) }
        placesTaken[kind, default: places] -= places
    }

    private static func key(_ contact: String, _ kind: OutboxEntry.Kind) -> String { kind.rawValue + " " + contact }
}
