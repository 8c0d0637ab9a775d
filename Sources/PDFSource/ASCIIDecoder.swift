/// The two text encodings a content stream may carry before FlateDecode (reportlab writes
/// `[/ASCII85Decode /FlateDecode]`): PDF 32000-1 §7.4.2–7.4.3.
enum ASCIIDecoder {
  /// ASCII base-85: groups of five characters `!`…`u` give four bytes, `z` four zeros, `~>` ends;
  /// whitespace is ignored.
  ///
  /// nil on a character outside the alphabet.
  static func ascii85(_ data: [UInt8]) -> [UInt8]? {
    var output: [UInt8] = []
    output.reserveCapacity(data.count * 4 / 5)
    var group: UInt64 = 0
    var count = 0
    for byte in data {
      switch byte {
      case UInt8(ascii: "~"):
        return finish(&output, group: group, count: count)
      case UInt8(ascii: "z") where count == 0:
        output += [0, 0, 0, 0]
      case UInt8(ascii: "!")...UInt8(ascii: "u"):
        group = group * 85 + UInt64(byte - UInt8(ascii: "!"))
        count += 1
        if count == 5 {
          guard group <= UInt64(UInt32.max) else { return nil }
          output += [
            UInt8(group >> 24 & 0xFF), UInt8(group >> 16 & 0xFF), UInt8(group >> 8 & 0xFF),
            UInt8(group & 0xFF),
          ]
          group = 0
          count = 0
        }
      case 0, 9, 10, 12, 13, 32:
        continue
      default:
        return nil
      }
    }
    return finish(&output, group: group, count: count)
  }

  /// A final partial group of n characters is padded with `u` and gives n − 1 bytes.
  private static func finish(_ output: inout [UInt8], group: UInt64, count: Int) -> [UInt8]? {
    guard count != 1 else { return count == 0 ? output : nil }
    if count > 1 {
      var padded = group
      for _ in count..<5 { padded = padded * 85 + 84 }
      let bytes = [
        UInt8(padded >> 24 & 0xFF), UInt8(padded >> 16 & 0xFF), UInt8(padded >> 8 & 0xFF),
        UInt8(padded & 0xFF),
      ]
      output += bytes.prefix(count - 1)
    }
    return output
  }

  /// ASCII hex: pairs of hex digits, whitespace ignored, `>` ends, an odd last digit is followed by
  /// 0.
  ///
  /// nil on any other character.
  static func asciiHex(_ data: [UInt8]) -> [UInt8]? {
    var output: [UInt8] = []
    output.reserveCapacity(data.count / 2)
    var high: UInt8? = nil
    for byte in data {
      let value: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): value = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): value = byte - UInt8(ascii: "A") + 10
      case UInt8(ascii: ">"):
        if let high { output.append(high << 4) }
        return output
      case 0, 9, 10, 12, 13, 32: continue
      default: return nil
      }
      if let first = high {
        output.append(first << 4 | value)
        high = nil
      } else {
        high = value
      }
    }
    if let high { output.append(high << 4) }
    return output
  }
}
