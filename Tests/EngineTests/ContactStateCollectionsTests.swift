@testable import Engine
import Foundation
import Testing

/// ``TagSet`` and ``Cooldowns``, the contact's tags and cooldowns kept as short arrays of fingerprinted
/// names instead of hashed sets.
@Suite struct ContactStateCollectionsTests {
    @Test func tagsAreKeptOnceEachAndListedInOrder() {
        var tags: TagSet = ["vip", "asked", "vip"]
        #expect(tags.count == 2)
        #expect(tags.sorted == ["asked", "vip"])
        let added = tags.insert("angry")
        let addedAgain = tags.insert("asked")
        #expect(added && !addedAgain)
        #expect(Array(tags) == ["angry", "asked", "vip"])
        let removed = tags.remove("asked")
        let removedAgain = tags.remove("asked")
        #expect(removed == "asked" && removedAgain == nil)
        #expect(!tags.contains("asked") && tags.contains("vip") && tags.contains(NameKey("angry")))
    }

    @Test func tagSetsWithTheSameTagsAreEqualWhateverTheOrderOfInsertion() {
        let words = (0..<60).map { "t\($0)" } + ["ñandú", "", "a b", "VIP", "vip"]
        var forward = TagSet()
        for word in words { forward.insert(word) }
        var backward = TagSet()
        for word in words.reversed() { backward.insert(NameKey(word)) }
        #expect(forward == backward)
        #expect(forward.hashValue == backward.hashValue)
        #expect(forward.sorted == words.sorted())
        for word in words { #expect(forward.contains(word), "\(word)") }
        #expect(!forward.contains("t60") && !forward.contains("Vip"))
    }

    /// Random inserts, removals and questions agree with a `Set<String>`, for sets of every size up to a
    /// hundred (the search halves without branches, so an off-by-one shows at some size).
    @Test func tagsAnswerAsASetOfStringsDoes() {
        var random = SeededGenerator(seed: 5)
        var tags = TagSet()
        var reference = Set<String>()
        for _ in 0..<20_000 {
            let tag = "t\(random.next() % 100)"
            switch random.next() % 3 {
            case 0: #expect(tags.insert(tag) == reference.insert(tag).inserted)
            case 1: #expect((tags.remove(tag) != nil) == (reference.remove(tag) != nil))
            default: #expect(tags.contains(tag) == reference.contains(tag))
            }
            #expect(tags.count == reference.count)
        }
        #expect(tags.sorted == reference.sorted())
    }

    @Test func cooldownsAreSetReplacedRemovedAndPruned() {
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        var cooldowns: Cooldowns = ["price": start.addingTimeInterval(60)]
        cooldowns[NameKey("hello")] = start.addingTimeInterval(10)
        cooldowns["price"] = start.addingTimeInterval(120)
        #expect(cooldowns.count == 2)
        #expect(cooldowns["price"] == start.addingTimeInterval(120))
        #expect(cooldowns[NameKey("hello")] == start.addingTimeInterval(10))
        #expect(cooldowns["other"] == nil)
        cooldowns.removeExpired(now: start.addingTimeInterval(10))
        #expect(cooldowns.keys == ["price"])
        cooldowns["price"] = nil
        #expect(cooldowns.isEmpty)
    }

    @Test func cooldownsWithTheSameEntriesAreEqualWhateverTheirOrder() {
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        let one: Cooldowns = ["a": at, "b": at.addingTimeInterval(1)]
        let other: Cooldowns = ["b": at.addingTimeInterval(1), "a": at]
        #expect(one == other && one.hashValue == other.hashValue)
        #expect(one != ["a": at, "b": at])
    }

    /// States the store wrote with `Codable` before its own JSON form must still read, now that tags and
    /// cooldowns have types of their own: an array of tags and an object of rule names to dates.
    @Test func theCodableFormOfSetsAndDictionariesStillDecodes() throws {
        let json = #"{"messageCount":2,"tags":["vip","asked"],"cooldowns":{"price":800000000},"recentReplies":[]}"#
        let state = try JSONDecoder().decode(ContactState.self, from: Data(json.utf8))
        #expect(state.tags == ["asked", "vip"])
        #expect(state.cooldowns["price"] == Date(timeIntervalSinceReferenceDate: 800_000_000))
        let again = try JSONDecoder().decode(ContactState.self, from: JSONEncoder().encode(state))
        #expect(again == state)
    }
}
