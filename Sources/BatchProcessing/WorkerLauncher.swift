import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs one `extract` worker process with a time limit and a memory limit.
///
/// The child is `/bin/sh -c 'ulimit -v KB; exec "$0" "$@"' WORKER extract IN -o OUT --threads 1`:
/// the shell sets RLIMIT_AS for itself and then becomes the worker, so the limit applies to the
/// worker alone and the parent is untouched. stdout goes to /dev/null; stderr to a file whose end becomes the
/// failure reason. The parent polls `waitpid(WNOHANG)` from an async loop instead of blocking a
/// thread, and sends SIGKILL when the time limit passes or the task is cancelled.
public struct WorkerLauncher: Sendable {
  /// How much of the worker's stderr is kept for the reason, in bytes.
  public static let stderrTailBytes = 2048
  /// How often the parent looks whether the child ended, in milliseconds.
  ///
  /// A finished worker waits up to this long to be noticed, and each poll costs one syscall.
  /// 20 ms was chosen when a text-layer extract took seconds; it no longer does, so this wait is
  /// not small next to a worker's run (docs/performance.md, "Worker polling interval").
  static let pollMilliseconds = 20

  /// The worker executable, run as `WORKER extract IN -o OUT --threads 1`.
  public var executable: String
  /// The time limit in seconds.
  public var timeout: Double
  /// RLIMIT_AS for the worker in MiB; 0 for none.
  public var memoryLimitMB: Int

  public init(executable: String, timeout: Double, memoryLimitMB: Int) {
    self.executable = executable
    self.timeout = timeout
    self.memoryLimitMB = memoryLimitMB
  }

  /// The running program's own executable, from `/proc/self/exe`.
  public static func ownExecutable() -> String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
  }

  /// The default worker: the `govreport` executable in the same folder as this program (the
  /// batch itself runs in `govreport-store`, which links the databases but cannot extract).
  public static func defaultWorker() -> String {
    URL(fileURLWithPath: ownExecutable()).deletingLastPathComponent().appendingPathComponent(
      "govreport"
    ).path
  }

  /// Runs the worker on `input`, asking it to write JSON to `output`.
  ///
  /// - Parameters:
  ///   - input: The PDF to extract.
  ///   - output: Where the worker writes its JSON.
  ///   - stderrPath: Where the worker's stderr goes; read back and deleted afterwards.
  /// - Returns: How the worker ended, how long it ran and the end of its stderr.
  public func run(input: String, output: String, stderrPath: String) async -> WorkerOutcome {
    let script =
      memoryLimitMB > 0
      ? "ulimit -v \(memoryLimitMB * 1024) && exec \"$0\" \"$@\"" : "exec \"$0\" \"$@\""
    // One OCR thread: the batch already runs a worker per core (--jobs), and each thread's
    // engines would count against the worker's memory limit.
    let arguments = [
      "/bin/sh", "-c", script, executable, "extract", input, "-o", output, "--threads", "1",
    ]
    let clock = ContinuousClock()
    let start = clock.now
    let (spawned, code) = Self.spawn(arguments, stderrPath: stderrPath)
    guard let pid = spawned else {
      return WorkerOutcome(termination: .notStarted(code), seconds: 0, stderrTail: "")
    }
    var status: Int32 = 0
    var timedOut = false
    var killed = false
    while true {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid { break }
      if result == -1 && errno != EINTR { break }
      let elapsed = clock.now - start
      if !killed && (elapsed > .milliseconds(Int64(timeout * 1000)) || Task.isCancelled) {
        timedOut = !Task.isCancelled
        kill(pid, SIGKILL)
        killed = true
      }
      if Task.isCancelled {
        usleep(5000)  // the sleep below would return at once
      } else {
        try? await Task.sleep(for: .milliseconds(Self.pollMilliseconds))
      }
    }
    let elapsed = clock.now - start
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let tail = Self.tail(of: stderrPath)
    try? FileManager.default.removeItem(atPath: stderrPath)
    let termination: WorkerOutcome.Termination
    let low = status & 0x7f
    if timedOut {
      termination = .timedOut
    } else if low == 0 {
      termination = .exited((status >> 8) & 0xff)
    } else {
      termination = .signaled(low)
    }
    return WorkerOutcome(termination: termination, seconds: seconds, stderrTail: tail)
  }

  /// Starts the child; returns its pid, or nil and posix_spawn's error number.
  private static func spawn(_ arguments: [String], stderrPath: String) -> (pid_t?, Int32) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The child starts with default signal handlers and an empty mask, whatever the parent set.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGPIPE, SIGINT, SIGTERM, SIGCHLD] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let code = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp)
    return code == 0 ? (pid, 0) : (nil, code)
  }

  private static func tail(of path: String) -> String {
    guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
    defer { try? handle.close() }
    let size = (try? handle.seekToEnd()) ?? 0
    let start = size > UInt64(stderrTailBytes) ? size - UInt64(stderrTailBytes) : 0
    try? handle.seek(toOffset: start)
    let data = (try? handle.readToEnd()) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}
