/// How far ahead of its turn `CSVReader.forEachRecord` shows a record to
/// the consumer's `lookahead`: each record is shown `.far` ahead, then again
/// `.near`, so a lookup can be prefetched in two dependent steps.
public enum LookaheadStage: Sendable {
    case far, near
}
