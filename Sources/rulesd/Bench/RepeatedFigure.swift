/// A figure measured several times over (`rulesd bench --repetitions`): the median of its runs, which one
/// slow or fast run cannot move, and their range. On a virtual machine whose neighbours take cycles from
/// minute to minute, one run of the same build can read 20% above or below the next.
struct RepeatedFigure: Sendable, Equatable {
    /// Every run's figure, in the order they were measured.
    let runs: [Double]

    /// Measures `run` the given number of times (at least once), one after the other.
    static func measure(times: Int, _ run: () -> Double) -> RepeatedFigure {
        RepeatedFigure(runs: (0..<max(1, times)).map { _ in run() })
    }

    /// The middle run, or the mean of the two middle runs when their number is even.
    var median: Double {
        let sorted = runs.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The slowest and fastest runs.
    var range: ClosedRange<Double> { (runs.min() ?? 0)...(runs.max() ?? 0) }
}
