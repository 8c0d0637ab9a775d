import CZlib

/// Inflates FlateDecode data with zlib, giving up past a size limit.
///
/// Content streams are small (a dense report page decodes to under 200 KB), but a crafted one can
/// inflate a thousandfold; a cap turns that into "cannot read this page's drawing" instead of
/// gigabytes of memory. `PDFFile` gets this function injected (PDFStructure has no C).
enum StreamInflater {
  /// The inflated bytes, or nil when the data is not valid zlib or inflates past `limit` bytes.
  static func inflate(_ data: [UInt8], limit: Int) -> [UInt8]? {
    var stream = z_stream()
    guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      return nil
    }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    output.reserveCapacity(min(limit, data.count * 4))
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    // zlib reads the input and never writes it (`next_in` is not const for old compilers).
    return data.withUnsafeBufferPointer { source -> [UInt8]? in
      stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
      stream.avail_in = UInt32(clamping: source.count)
      while true {
        let (status, produced) = chunk.withUnsafeMutableBufferPointer { buffer -> (Int32, Int) in
          stream.next_out = buffer.baseAddress
          stream.avail_out = UInt32(buffer.count)
          let status = CZlib.inflate(&stream, Z_NO_FLUSH)
          return (status, buffer.count - Int(stream.avail_out))
        }
        output.append(contentsOf: chunk[0..<produced])
        if output.count > limit { return nil }
        switch status {
        case Z_STREAM_END:
          return output
        case Z_OK:
          continue
        case Z_BUF_ERROR where stream.avail_in == 0:
          // Truncated data: keep what inflated, as PDF readers do.
          return output
        default:
          return output.isEmpty ? nil : output
        }
      }
    }
  }
}
