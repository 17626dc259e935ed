import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Cold start of the `tsuho` program built beside this benchmark: the median and 90th percentile of
/// many runs of a command, started with posix_spawn and reaped with waitpid (Foundation's `Process`
/// adds tens of milliseconds of its own).
enum StartupBenchmark {
    static func run() throws {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let executable = directory.appendingPathComponent("tsuho").path
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            print("startup: build the tsuho product first (swift build -c release)")
            return
        }
        for arguments in [["--version"], ["text", "fold", "ｷｭｳｷｭｳｼｬ"]] {
            var samples: [Double] = []
            for _ in 0..<41 {
                let clock = ContinuousClock()
                let elapsed = try clock.measure {
                    try spawnAndWait(executable, arguments)
                }
                samples.append(
                    Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
            }
            samples.sort()
            let median = String(format: "%.1f", samples[samples.count / 2])
            let p90 = String(format: "%.1f", samples[samples.count * 9 / 10])
            print("startup tsuho \(arguments.joined(separator: " ")): median \(median) ms, p90 \(p90) ms")
        }
    }

    struct SpawnError: Error, CustomStringConvertible {
        let description: String
    }

    static func spawnAndWait(_ executable: String, _ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer {
            for argument in argv {
                free(argument)
            }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard result == 0 else {
            throw SpawnError(description: "posix_spawn failed with \(result)")
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }
}
