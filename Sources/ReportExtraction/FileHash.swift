import Crypto
import Foundation

/// The SHA-256 that identifies a report's file in the output (`source.sha256`).
enum FileHash {
  /// Lowercase hex SHA-256 of `data`, from swift-crypto (BoringSSL, which the batch's file
  /// digests use too): much faster than a pure-Swift loop (docs/performance.md).
  static func sha256Hex(_ data: Data) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    hex.reserveCapacity(64)
    for byte in Crypto.SHA256.hash(data: data) {
      hex.append(digits[Int(byte >> 4)])
      hex.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: hex, as: UTF8.self)
  }
}
