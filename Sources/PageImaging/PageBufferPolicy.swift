import OCRLibraryLoader

/// Where glibc puts the scan path's page buffers when several threads read scanned pages.
///
/// With one thread, every buffer of 1 MiB or more gets its own mapping, unmapped when freed,
/// which keeps the peak RSS low (Sources/OCRLibraryLoader/library.c). With two threads of one
/// process on two cores, each unmapping interrupts the other core (a TLB shootdown) and page
/// faults wait on each other. On this project's 2-core VM, a 60-page scan then took 187–231 s of
/// CPU on two threads against 137 s on one, much of it system time. Kept in the threads' malloc
/// arenas, page buffers are reused page after page. Two threads then took 139 s of CPU, for
/// 60–80 MB more peak RSS (docs/performance.md, "Scanned pages read on several threads").
public enum PageBufferPolicy {
  /// Buffers below this many bytes come from the malloc arenas, not from mappings of their own.
  ///
  /// 32 MiB is glibc's largest (half a 64-bit arena heap): every gray or 1-bit page image fits
  /// (8.7 MB at 300 dpi A4), while the 35 MB cairo render of a page keeps its own mapping.
  public static let mmapThreshold: Int32 = 32 << 20
  /// Free memory at the top of an arena is given back to the kernel only beyond this many bytes,
  /// so the next page's buffers reuse it instead of faulting in fresh pages.
  ///
  /// 256 MiB: with glibc's default (128 KiB, then twice the mmap threshold) a 12-page scan on
  /// two threads still took 1.3 s of system time; with 256 MiB, 0.4 s (docs/performance.md).
  public static let trimThreshold: Int32 = 256 << 20

  /// Keeps page buffers in the malloc arenas for the rest of the process; call it after the OCR
  /// libraries are loaded (`OCRLibraries`), whose loader sets the one-thread policy.
  public static func keepPageBuffersInArenas() {
    ocr_set_malloc_thresholds(mmapThreshold, trimThreshold)
  }
}
