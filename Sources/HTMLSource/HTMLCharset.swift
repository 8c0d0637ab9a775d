import Foundation

/// Finds the character encoding of an HTML page: its byte-order mark, its `<meta charset>`, or a
/// guess between UTF-8 and GB18030.
///
/// Chinese portals still publish GB2312 and GBK pages. Those are read as GB18030, a superset of
/// both: pages declared GB2312 routinely use GBK characters (`镕`, `堃`), which a strict GB2312
/// decoder would drop.
public enum HTMLCharset {
  /// How far into the page a `<meta>` declaration is looked for, in bytes (the HTML standard's
  /// prescan reads 1024; portals put scripts and comments first, so more is read).
  public static let prescanLength = 8192

  /// The encoding chosen and why.
  public struct Choice: Equatable, Sendable {
    /// A name libxml2's iconv knows (`UTF-8`, `UTF-16LE`, `GB18030`, `BIG5` …).
    public var encoding: String
    /// Where it came from (`byte-order mark`, `<meta charset="gb2312">`, `guessed`).
    public var source: String
    /// A sentence for the output's warnings when the choice was a guess or overrode the page's
    /// own declaration; nil otherwise.
    public var notice: String?
  }

  /// The encoding to read `data` with.
  public static func choice(for data: Data) -> Choice {
    let bytes = [UInt8](data.prefix(prescanLength))
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return Choice(encoding: "UTF-8", source: "byte-order mark")
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return Choice(encoding: "UTF-16LE", source: "byte-order mark")
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return Choice(encoding: "UTF-16BE", source: "byte-order mark")
    }
    let validUTF8 = isValidUTF8(data)
    if let declared = declaredCharset(in: bytes) {
      let encoding = canonical(declared)
      let source = "<meta charset=\"\(declared)\">"
      if encoding != "UTF-8" && validUTF8 && hasMultibyteCharacters(data) {
        // A page declared GBK whose every byte sequence is valid UTF-8 is UTF-8: Chinese text in
        // GBK is not valid UTF-8 beyond a few characters.
        return Choice(
          encoding: "UTF-8", source: "content",
          notice:
            "the page declares the encoding \(declared) but its text is UTF-8; it was read as UTF-8"
        )
      }
      if encoding == "UTF-8" && !validUTF8 {
        return Choice(
          encoding: "GB18030", source: "content",
          notice:
            "the page declares UTF-8 but its text is not valid UTF-8; it was read as GB18030 (GBK)")
      }
      return Choice(encoding: encoding, source: source)
    }
    if validUTF8 { return Choice(encoding: "UTF-8", source: "content") }
    return Choice(
      encoding: "GB18030", source: "guessed",
      notice: "the page declares no encoding and is not UTF-8; it was read as GB18030 (GBK)")
  }

  /// The iconv name for a declared charset: the GB family → `GB18030`; UTF-16 declared in a
  /// page without a byte-order mark → `UTF-8` (the HTML standard's rule: such a page, read up to
  /// its `<meta>`, is ASCII-compatible).
  public static func canonical(_ declared: String) -> String {
    let name = declared.lowercased().filter { $0 != "-" && $0 != "_" }
    switch name {
    case "gb2312", "gbk", "xgbk", "gb18030", "cp936", "windows936", "gb231280", "csgb2312",
      "euccn", "chinese", "iso885915cn":
      return "GB18030"
    case "utf8", "unicode11utf8", "utf16", "utf16le", "utf16be", "unicode":
      return "UTF-8"
    case "big5", "big5hkscs", "cnbig5", "xxbig5":
      return "BIG5-HKSCS"
    default:
      return declared.uppercased()
    }
  }

  /// The charset a `<meta charset=…>` or `<meta http-equiv content="…; charset=…">` declares in
  /// the first bytes, when there is one.
  static func declaredCharset(in bytes: [UInt8]) -> String? {
    let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    let meta = Array("<meta".utf8)
    let charset = Array("charset".utf8)
    var index = 0
    while let start = find(meta, in: lower, from: index) {
      let end = lower[start...].firstIndex(of: UInt8(ascii: ">")) ?? lower.count
      index = end
      guard let at = find(charset, in: lower, from: start), at < end else { continue }
      var position = at + charset.count
      func skipSpaces() {
        while position < end, [0x20, 0x09, 0x0A, 0x0D].contains(lower[position]) { position += 1 }
      }
      skipSpaces()
      guard position < end, lower[position] == UInt8(ascii: "=") else { continue }
      position += 1
      skipSpaces()
      while position < end, lower[position] == 0x22 || lower[position] == 0x27 { position += 1 }
      var name: [UInt8] = []
      while position < end, isNameByte(lower[position]) {
        name.append(bytes[position])
        position += 1
      }
      if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
    }
    return nil
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A)
      || (byte >= 0x41 && byte <= 0x5A)
      || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
      || byte == UInt8(ascii: ".")
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard needle.count <= haystack.count else { return nil }
    var index = start
    while index + needle.count <= haystack.count {
      if haystack[index] == needle[0]
        && haystack[index..<(index + needle.count)].elementsEqual(needle)
      {
        return index
      }
      index += 1
    }
    return nil
  }

  /// Whether the bytes are well-formed UTF-8.
  static func isValidUTF8(_ data: Data) -> Bool {
    data.withUnsafeBytes { raw in
      String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self) != nil
    }
  }

  private static func hasMultibyteCharacters(_ data: Data) -> Bool {
    data.contains { $0 >= 0x80 }
  }
}
