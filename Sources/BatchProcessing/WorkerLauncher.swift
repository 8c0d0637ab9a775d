import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Starts long-lived worker processes with a memory limit, and knows their time limit.
///
/// The child is `/bin/sh -c 'ulimit -v KB && exec "$0" "$@"' WORKER worker`: the shell sets
/// RLIMIT_AS for itself and then becomes the worker, so the limit applies to the worker alone and
/// the parent is untouched. Its stdin and stdout are the two ends of the request/answer protocol
/// (`WorkerProtocol`; `WorkerProcess` speaks it), its stderr goes to a file whose end becomes a
/// failure's reason.
public struct WorkerLauncher: Sendable {
  /// How much of the worker's stderr is kept for the reason, in bytes.
  public static let stderrTailBytes = 2048

  /// The worker executable, run as `WORKER worker`.
  public var executable: String
  /// The time limit of one document in seconds.
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

  /// Why a worker could not be started: posix_spawn's error number.
  public struct StartFailure: Error, Sendable {
    public var code: Int32
  }

  /// Starts a worker process, ready for its first document.
  ///
  /// A worker executable that does not exist still starts (the shell does); the shell then
  /// exits 127, which the first document's outcome shows.
  ///
  /// - Parameter stderrPath: The file the worker's stderr goes to (created or emptied).
  /// - Returns: The running worker, waiting for its first request.
  /// - Throws: `StartFailure` when no process could be created.
  public func start(stderrPath: String) throws(StartFailure) -> WorkerProcess {
    let script =
      memoryLimitMB > 0
      ? "ulimit -v \(memoryLimitMB * 1024) && exec \"$0\" \"$@\"" : "exec \"$0\" \"$@\""
    let arguments = ["/bin/sh", "-c", script, executable, "worker"]
    // Socket pairs rather than pipes: they are made close-on-exec atomically (Swift's Glibc has
    // no pipe2), so no other worker started at the same time inherits an end and holds it open,
    // and `send(MSG_NOSIGNAL)` writes to a dead worker without raising SIGPIPE in the batch.
    var requests: [Int32] = [-1, -1]
    var answers: [Int32] = [-1, -1]
    let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
    guard socketpair(AF_UNIX, type, 0, &requests) == 0 else { throw StartFailure(code: errno) }
    guard socketpair(AF_UNIX, type, 0, &answers) == 0 else {
      let code = errno
      close(requests[0])
      close(requests[1])
      throw StartFailure(code: code)
    }
    let (pid, code) = Self.spawn(
      arguments, stdin: requests[1], stdout: answers[1], stderrPath: stderrPath)
    close(requests[1])
    close(answers[1])
    guard let pid else {
      close(requests[0])
      close(answers[0])
      throw StartFailure(code: code)
    }
    return WorkerProcess(
      pid: pid, requests: requests[0], answers: answers[0], stderrPath: stderrPath,
      timeout: timeout)
  }

  /// Runs one document in a fresh worker, which is stopped afterwards.
  ///
  /// - Parameters:
  ///   - input: The report to extract.
  ///   - output: Where the worker writes its JSON.
  ///   - stderrPath: Where the worker's stderr goes; read back and deleted afterwards.
  /// - Returns: How the document ended, how long it took and the end of the worker's stderr.
  public func run(input: String, output: String, stderrPath: String) async -> WorkerOutcome {
    defer { try? FileManager.default.removeItem(atPath: stderrPath) }
    var worker: WorkerProcess
    do {
      worker = try start(stderrPath: stderrPath)
    } catch {
      return WorkerOutcome(termination: .notStarted(error.code), seconds: 0, stderrTail: "")
    }
    let outcome = await worker.extract(input: input, output: output)
    await worker.stop()
    return outcome
  }

  /// Starts the child with the given stdin and stdout; returns its pid, or nil and
  /// posix_spawn's error number.
  private static func spawn(
    _ arguments: [String], stdin: Int32, stdout: Int32, stderrPath: String
  ) -> (pid_t?, Int32) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // dup2 clears close-on-exec on the copies, so the child keeps exactly fds 0, 1 and 2.
    posix_spawn_file_actions_adddup2(&actions, stdin, 0)
    posix_spawn_file_actions_adddup2(&actions, stdout, 1)
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
}
