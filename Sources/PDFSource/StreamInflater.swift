import CLibZ

/// Inflates FlateDecode data with zlib, giving up past a size limit.
///
/// Content streams are small (a dense report page decodes to under 200 KB), but a crafted one can
/// inflate a thousandfold; a cap turns that into "cannot read this page's drawing" instead of
/// gigabytes of memory. `PDFFile` gets this function injected (PDFStructure has no C).
enum StreamInflater {
  /// The first output buffer, as a multiple of the input: report content streams inflate
  /// 5–8× (t07: 2.3 KB → 14 KB), so most need no second buffer.
  static let initialRatio = 8

  /// The inflated bytes, or nil when the data is not valid zlib or inflates past `limit` bytes.
  static func inflate(_ data: [UInt8], limit: Int) -> [UInt8]? {
    var stream = z_stream()
    guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      return nil
    }
    defer { inflateEnd(&stream) }
    // Inflate straight into the output, doubling it when full, one byte past the limit at most.
    var output = [UInt8](
      repeating: 0, count: max(1, min(limit + 1, max(4096, data.count * initialRatio))))
    var produced = 0
    // zlib reads the input and never writes it (`next_in` is not const for old compilers).
    let status = data.withUnsafeBufferPointer { source -> Int32 in
      stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
      stream.avail_in = UInt32(clamping: source.count)
      while true {
        let (status, written) = output.withUnsafeMutableBufferPointer { buffer -> (Int32, Int) in
          let room = buffer.count - produced
          stream.next_out = buffer.baseAddress.map { $0 + produced }
          stream.avail_out = UInt32(clamping: room)
          let status = CLibZ.inflate(&stream, Z_NO_FLUSH)
          return (status, room - Int(stream.avail_out))
        }
        produced += written
        guard status == Z_OK, produced == output.count else { return status }
        // The buffer is full: grow it, unless that passes the limit.
        guard output.count <= limit else { return Z_MEM_ERROR }
        output.append(
          contentsOf: repeatElement(0, count: min(output.count, limit + 1 - output.count)))
      }
    }
    guard produced <= limit else { return nil }
    output.removeSubrange(produced...)
    switch status {
    case Z_STREAM_END, Z_OK:
      return output
    case Z_BUF_ERROR where stream.avail_in == 0:
      // Truncated data: keep what inflated, as PDF readers do.
      return output
    case Z_MEM_ERROR:
      return nil
    default:
      return output.isEmpty ? nil : output
    }
  }
}
