// Linear-time helpers for scanning a text with Swift regular expressions.

/// Scalar offsets of string indices visited in increasing order, each counted
/// on from the previous one (a fresh count from the start only when an index
/// goes back), so that visiting every match of a text costs linear time.
struct ScalarOffsets {
    let view: String.UnicodeScalarView
    var index: String.Index
    var count = 0
    /// Scalars walked over in all (the work done).
    var walked = 0

    init(_ text: String) {
        view = text.unicodeScalars
        index = view.startIndex
    }

    mutating func offset(of i: String.Index) -> Int {
        if i < index {
            index = view.startIndex
            count = 0
        }
        let step = view.distance(from: index, to: i)
        count += step
        walked += step
        index = i
        return count
    }
}

/// Runs a pattern only in short windows of a text: at each trigger offset
/// (ascending) not inside the previous match, from `before` scalars before it
/// (but not before the previous match's end) to `after(trigger)`. When every
/// match holds a trigger at most `before` scalars from its start and ends by
/// `after` of it, the matches are exactly those of a left-to-right scan of
/// the whole text, at a cost linear in the text rather than one attempt of
/// the pattern per scalar. Matches are produced one at a time (memory does not
/// grow with their number).
struct RegexWindows {
    let text: String
    let count: Int
    /// Scalars inside the windows and walked by the cursors (the work done).
    let counter = WorkCounter()

    init(text: String) {
        self.text = text
        count = text.unicodeScalars.count
    }

    var work: Int { counter.value }

    func matches<Output>(of regex: Regex<Output>, at triggers: [Int], before: Int,
                         after: @escaping (Int) -> Int) -> Matches<Output> {
        Matches(text: text, count: count, regex: regex, triggers: triggers, before: before, after: after, counter: counter)
    }

    /// A tally shared by the match sequences of one text.
    final class WorkCounter {
        var value = 0
    }

    struct Matches<Output>: Sequence, IteratorProtocol {
        let text: String
        let count: Int
        let regex: Regex<Output>
        let triggers: [Int]
        let before: Int
        let after: (Int) -> Int
        let counter: WorkCounter
        private var nextTrigger = 0
        private var lastEnd = 0
        private var cursor: String.Index
        private var cursorOffset = 0

        init(text: String, count: Int, regex: Regex<Output>, triggers: [Int], before: Int, after: @escaping (Int) -> Int,
             counter: WorkCounter) {
            self.text = text
            self.count = count
            self.regex = regex
            self.triggers = triggers
            self.before = before
            self.after = after
            self.counter = counter
            cursor = text.unicodeScalars.startIndex
        }

        /// The index of scalar offset `k`, walked to from the previous one.
        private mutating func index(_ k: Int) -> String.Index {
            counter.value += abs(k - cursorOffset)
            cursor = text.unicodeScalars.index(cursor, offsetBy: k - cursorOffset)
            cursorOffset = k
            return cursor
        }

        mutating func next() -> Regex<Output>.Match? {
            while nextTrigger < triggers.count {
                let p = triggers[nextTrigger]
                nextTrigger += 1
                if p < lastEnd { continue }
                let start = Swift.max(lastEnd, p - before)
                let end = Swift.min(count, Swift.max(p + 1, after(p)))
                let lower = index(start)
                let upper = index(end)
                counter.value += end - start
                guard let m = try? regex.firstMatch(in: text[lower..<upper]) else { continue }
                let matchEnd = end - text.unicodeScalars.distance(from: m.range.upperBound, to: upper)
                lastEnd = Swift.max(matchEnd, start + 1)
                return m
            }
            return nil
        }
    }
}
