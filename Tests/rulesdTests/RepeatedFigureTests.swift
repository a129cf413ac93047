import Testing

@testable import rulesd

/// `rulesd bench --repetitions`: a figure is the median of its runs, so one run slowed by the host's
/// neighbours does not move it.
@Suite struct RepeatedFigureTests {
    @Test func anOddNumberOfRunsGivesTheMiddleOne() {
        let figure = RepeatedFigure(runs: [210_000, 150_000, 240_000, 205_000, 90_000])
        #expect(figure.median == 205_000)
        #expect(figure.range == 90_000...240_000)
    }

    @Test func anEvenNumberOfRunsGivesTheMeanOfTheTwoMiddleOnes() {
        #expect(RepeatedFigure(runs: [4, 1, 3, 2]).median == 2.5)
    }

    @Test func measuresAsManyTimesAsAskedAndAtLeastOnce() {
        var calls = 0
        let figure = RepeatedFigure.measure(times: 3) {
            calls += 1
            return Double(calls)
        }
        #expect(figure.runs == [1, 2, 3])
        #expect(RepeatedFigure.measure(times: 0) { 7 }.runs == [7])
    }
}
