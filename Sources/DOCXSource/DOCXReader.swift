import DocumentModel
import Foundation
import MarkupTree
import ZIPFoundation

/// Reads a DOCX file into a `MarkupDocument`: the body's paragraphs and tables in order.
///
/// The main part is found through the package relationships (`word/document.xml` as a rule).
/// Headers, footers, footnotes, comments, text boxes and deleted revisions are not read; field
/// results are, field codes are not. Tables resolve `w:gridSpan`, `w:vMerge` and the legacy
/// `w:hMerge`, and skip the grid columns `w:gridBefore` leaves empty.
public struct DOCXReader: Sendable {
  /// The largest part read, in bytes uncompressed; a bigger one is refused as damaged.
  ///
  /// A 20-page report's document.xml is 0.2–2 MB; the limit stops a decompression bomb.
  public var maximumPartBytes = 128 << 20

  public init() {}

  /// The document's blocks.
  ///
  /// - Throws: `DOCXSourceError` when the bytes are not a readable ZIP, hold no Word document,
  ///   or its main part is not well-formed XML.
  public func document(from data: Data) throws(DOCXSourceError) -> MarkupDocument {
    // Read from a file, not from memory: ZIPFoundation 0.9.20's in-memory archive traps on a
    // damaged ZIP whose offsets point past the data's end (a read range with negative length),
    // where a file-backed one reads nothing and reports the entry as damaged.
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "govreport-docx-\(UUID().uuidString).zip")
    do {
      try data.write(to: file)
    } catch {
      throw DOCXSourceError(
        kind: .damaged,
        message: "it could not be copied to a temporary file: \(error.localizedDescription)",
        remedy: "Check that the temporary folder is writable.")
    }
    defer { try? FileManager.default.removeItem(at: file) }
    let archive: Archive
    do {
      archive = try Archive(url: file, accessMode: .read)
    } catch {
      throw .damaged("its ZIP container cannot be read (\(error))")
    }
    let mainPath = mainDocumentPath(in: archive)
    guard let main = archive[mainPath] else {
      if archive["mimetype"] != nil || archive["content.xml"] != nil {
        throw DOCXSourceError(
          kind: .notWordDocument,
          message: "it is an OpenDocument file, not a DOCX",
          remedy: "Save it as .docx (Word 2007 or later), or name it .odt so it is converted.")
      }
      throw DOCXSourceError(
        kind: .notWordDocument,
        message:
          "it is a ZIP archive without a Word document (no \(mainPath)): a damaged DOCX, or another kind of ZIP",
        remedy: "Fetch the file again, or pass the report's PDF, HTML or Word file.")
    }
    let xml = try part(main, of: archive)
    let tree: MarkupParser.Document
    do {
      tree = try MarkupParser.xml(xml)
    } catch {
      throw .damaged("\(mainPath) is not well-formed XML")
    }
    guard let body = tree.root.child("document")?.child("body") else {
      throw .damaged("\(mainPath) has no w:body")
    }
    var walker = DOCXWalker()
    walker.numbering = numbering(in: archive, mainPath: mainPath)
    walker.blocks(in: body)
    var notices: [String] = []
    if tree.droppedElements > 0 {
      notices.append(
        "\(tree.droppedElements) element(s) nested deeper than \(MarkupParser.maximumDepth) levels were skipped"
      )
    }
    return MarkupDocument(
      blocks: walker.blocks, producer: application(in: archive), title: coreTitle(in: archive),
      notices: notices)
  }

  /// The main document's path from `_rels/.rels`, or `word/document.xml`.
  func mainDocumentPath(in archive: Archive) -> String {
    let fallback = "word/document.xml"
    guard let entry = archive["_rels/.rels"], let data = try? part(entry, of: archive),
      let tree = try? MarkupParser.xml(data)
    else { return fallback }
    for relationship in tree.root.child("Relationships")?.elements ?? []
    where relationship.attributes["Type"]?.hasSuffix("/officeDocument") == true {
      if let target = relationship.attributes["Target"], !target.isEmpty {
        return target.hasPrefix("/") ? String(target.dropFirst()) : target
      }
    }
    return fallback
  }

  /// The numbering definitions and paragraph styles the main part refers to (through its
  /// relationships, else at their usual paths); empty when there are none.
  func numbering(in archive: Archive, mainPath: String) -> DOCXNumbering {
    let folder = mainPath.split(separator: "/").dropLast().joined(separator: "/")
    let name = mainPath.split(separator: "/").last.map(String.init) ?? "document.xml"
    let relationships = (folder.isEmpty ? "" : folder + "/") + "_rels/\(name).rels"
    var targets: [String: String] = [:]
    if let entry = archive[relationships], let data = try? part(entry, of: archive),
      let tree = try? MarkupParser.xml(data)
    {
      for relationship in tree.root.child("Relationships")?.elements ?? [] {
        guard let type = relationship.attributes["Type"],
          let target = relationship.attributes["Target"]
        else { continue }
        let kind = type.split(separator: "/").last.map(String.init) ?? ""
        targets[kind] =
          target.hasPrefix("/")
          ? String(target.dropFirst()) : (folder.isEmpty ? "" : folder + "/") + target
      }
    }
    func root(_ kind: String, _ fallback: String, _ element: String) -> MarkupElement? {
      guard let entry = archive[targets[kind] ?? fallback],
        let data = try? part(entry, of: archive), let tree = try? MarkupParser.xml(data)
      else { return nil }
      return tree.root.child(element)
    }
    return DOCXNumbering(
      numbering: root("numbering", "word/numbering.xml", "numbering"),
      styles: root("styles", "word/styles.xml", "styles"))
  }

  /// The writing application from `docProps/app.xml` (`Microsoft Office Word`, `WPS Office`).
  func application(in archive: Archive) -> String? {
    guard let entry = archive["docProps/app.xml"], let data = try? part(entry, of: archive),
      let tree = try? MarkupParser.xml(data),
      let properties = tree.root.child("Properties")
    else { return nil }
    let name = properties.child("Application").map(DOCXWalker.plainText) ?? ""
    let version = properties.child("AppVersion").map(DOCXWalker.plainText) ?? ""
    let joined = [name, version].filter { !$0.isEmpty }.joined(separator: " ")
    return joined.isEmpty ? nil : joined
  }

  /// The title from `docProps/core.xml` (`dc:title`), when set.
  func coreTitle(in archive: Archive) -> String? {
    guard let entry = archive["docProps/core.xml"], let data = try? part(entry, of: archive),
      let tree = try? MarkupParser.xml(data),
      let title = tree.root.child("coreProperties")?.child("title").map(DOCXWalker.plainText),
      !title.isEmpty
    else { return nil }
    return title
  }

  /// The uncompressed bytes of one part, at most `maximumPartBytes`.
  func part(_ entry: Entry, of archive: Archive) throws(DOCXSourceError) -> Data {
    guard entry.uncompressedSize <= UInt64(maximumPartBytes) else {
      throw .damaged("\(entry.path) claims \(entry.uncompressedSize) bytes uncompressed")
    }
    var data = Data()
    let limit = maximumPartBytes
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        data.append(chunk)
        if data.count > limit { throw DOCXSourceError.damaged("\(entry.path) is too large") }
      }
    } catch let error as DOCXSourceError {
      throw error
    } catch {
      throw .damaged("\(entry.path) cannot be extracted (\(error))")
    }
    return data
  }
}
