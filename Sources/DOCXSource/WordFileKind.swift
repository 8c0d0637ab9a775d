import Foundation

/// What kind of word-processor file some bytes are, from their first bytes and container.
public enum WordFileKind: Equatable, Sendable {
  /// A ZIP container (DOCX, or another Office Open XML or OpenDocument file).
  case zip
  /// An OLE compound file holding a Word 97–2003 or WPS document.
  case legacyWord
  /// An OLE compound file holding an encrypted Office Open XML package: a password-protected
  /// .docx.
  case encryptedPackage
  /// An OLE compound file holding something else (a spreadsheet, a presentation).
  case otherCompoundFile
  /// An RTF document.
  case rtf

  /// The OLE compound file signature (Word 97–2003, WPS, and encrypted Office files).
  public static let compoundFileSignature: [UInt8] = [
    0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1,
  ]

  /// The kind of `data`, or nil when it is none of these.
  ///
  /// - Parameters:
  ///   - data: the file's bytes.
  ///   - fileExtension: the file's extension, lowercased, for a compound file whose streams do
  ///     not say (WPS Office writes `.wps` files whose directory names vary).
  /// - Returns: the kind, or nil for anything else (a PDF, an HTML page, plain text).
  public static func of(_ data: Data, fileExtension: String = "") -> WordFileKind? {
    let head = [UInt8](data.prefix(8))
    if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
      return .zip
    }
    if head.starts(with: Array("{\\rtf".utf8)) { return .rtf }
    guard head == compoundFileSignature else { return nil }
    // Directory entry names are UTF-16LE; the directory sits anywhere in the file, so the bytes
    // are searched (a Word document is a few hundred KB).
    if contains(utf16: "EncryptedPackage", in: data) { return .encryptedPackage }
    if contains(utf16: "WordDocument", in: data) || fileExtension == "wps"
      || fileExtension == "doc"
    {
      return .legacyWord
    }
    return .otherCompoundFile
  }

  private static func contains(utf16 name: String, in data: Data) -> Bool {
    var needle: [UInt8] = []
    for unit in name.utf16 {
      needle.append(UInt8(unit & 0xFF))
      needle.append(UInt8(unit >> 8))
    }
    return data.range(of: Data(needle)) != nil
  }
}
