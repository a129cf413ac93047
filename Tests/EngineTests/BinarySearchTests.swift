@testable import Engine
import Testing

/// The halving search that candidate rules and `contains` conditions use on sorted indices.
@Suite struct BinarySearchTests {
    @Test func aSortedArrayHoldsExactlyItsElements() {
        var random = SeededGenerator(seed: 3)
        for count in 0..<70 {
            let elements = Array(Set((0..<count).map { _ in Int(random.next() % 200) })).sorted()
            for value in -2..<203 {
                #expect(elements.binarySearchContains(value) == elements.contains(value), "\(value) in \(elements)")
            }
        }
    }
}
