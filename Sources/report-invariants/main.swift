// report-invariants <report-dir>: checks a whole report directory (the folder
// `onboarding-report run` publishes) against the invariants of ReportInvariants.
// Exit 0 when every invariant holds; 1 with each broken one printed as
// file:line: invariant: detail; 64 on bad usage.
import Foundation
import ReportInvariants

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let directory = arguments.first, !directory.hasPrefix("-") else {
    FileHandle.standardError.write(Data("usage: report-invariants <report-dir>\n".utf8))
    exit(64)
}
var isDirectory: ObjCBool = false
guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
    FileHandle.standardError.write(Data("report-invariants: \(directory) is not a directory\n".utf8))
    exit(64)
}
let log = ReportChecker.check(directory: directory)
if log.isEmpty {
    print("\(directory): every invariant holds")
    exit(0)
}
for violation in log.kept { print(violation) }
if log.omitted > 0 { print("... and \(log.omitted) more of the same invariants") }
let broken = log.counts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
print("\(directory): \(log.counts.values.reduce(0, +)) violations (\(broken.joined(separator: ", ")))")
exit(1)
