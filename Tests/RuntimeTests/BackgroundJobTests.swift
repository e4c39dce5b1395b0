import Runtime
import Testing

struct BackgroundJobTests {
    private struct Failure: Error, Equatable {}

    @Test func waitReturnsTheJobsValue() throws {
        let job = BackgroundJob { (1...10).reduce(1, *) }
        #expect(try job.wait() == 3_628_800)
    }

    @Test func waitRethrowsWhatTheJobThrew() {
        let job = BackgroundJob<Int> { throw Failure() }
        #expect(throws: Failure()) { try job.wait() }
    }
}
