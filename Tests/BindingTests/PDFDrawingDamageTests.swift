import Foundation
import PDFSource
import Testing

/// Damaged and encrypted files: the drawing is read after rebuilding the cross-reference table,
/// or not at all (the caller renders instead).
@Suite struct PDFDrawingDamageTests {
  /// A text sample whose `startxref` points nowhere still gives the same rulings (the table is
  /// rebuilt by scanning, as poppler does).
  @Test func aWrongStartxrefGivesTheSameRulings() throws {
    let url = try #require(PDFDrawingTests.textSamples.first)
    let data = try Data(contentsOf: url)
    var bytes = [UInt8](data)
    let keyword = Array("startxref".utf8)
    let position = try #require(
      (0...(bytes.count - keyword.count)).last {
        bytes[$0..<($0 + keyword.count)].elementsEqual(keyword)
      })
    // Point startxref at byte 1 of the header: digits replaced, length kept.
    var index = position + keyword.count
    while index < bytes.count, bytes[index] == 10 || bytes[index] == 13 || bytes[index] == 32 {
      index += 1
    }
    var first = true
    while index < bytes.count, (48...57).contains(bytes[index]) {
      bytes[index] = first ? 49 : 32
      first = false
      index += 1
    }
    let original = try #require(PDFDrawing(data: data))
    let damaged = try #require(PDFDrawing(data: Data(bytes)))
    #expect(damaged.pageCount == original.pageCount)
    var ruled = 0
    for page in 1...original.pageCount {
      let rulings = try #require(original.rulings(page: page)).rulings
      if !rulings.isEmpty { ruled += 1 }
      #expect(damaged.rulings(page: page)?.rulings == rulings)
    }
    #expect(ruled > 0)
  }

  /// An encrypted file (here with an empty user password, which poppler opens) has no drawing
  /// here: its streams would need decrypting.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/qpdf")))
  func anEncryptedFileHasNoDrawing() throws {
    let folder = try TestPDFs.folder()
    let plain = try TestPDFs.table(in: folder)
    let locked = folder.appendingPathComponent("locked.pdf")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
    process.arguments = ["--encrypt", "", "owner", "256", "--", plain.path, locked.path]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
    #expect(PDFDrawing(data: try Data(contentsOf: plain)) != nil)
    #expect(PDFDrawing(data: try Data(contentsOf: locked)) == nil)
    #expect((try? PDFDocument(data: try Data(contentsOf: locked)))?.pageCount == 1)
  }
}
