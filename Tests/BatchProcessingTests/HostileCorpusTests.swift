import BatchProcessing
import Foundation
import ReportStore
import Testing

/// Makes the hostile corpus with Python (zlib for the bomb; qpdf or reportlab for encryption).
let hostileCorpusScript = #"""
  import os, shutil, subprocess, sys, zlib
  out = sys.argv[1]
  def pdf(pages, content=lambda i: b"BT /F1 12 Tf 72 720 Td (Page %d) Tj ET" % i, filters=None):
      objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
              b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
      kids = []
      for i in range(1, pages + 1):
          body = content(i)
          extra = b" /Filter /FlateDecode" if filters else b""
          objs.append(b"<< /Length %d%s >>\nstream\n" % (len(body), extra) + body + b"\nendstream")
          content_ref = len(objs)
          objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
                      b" /Resources << /Font << /F1 3 0 R >> >> >>" % content_ref)
          kids.append(b"%d 0 R" % len(objs))
      objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % pages
      data = bytearray(b"%PDF-1.4\n")
      offsets = []
      for n, o in enumerate(objs, 1):
          offsets.append(len(data))
          data += b"%d 0 obj\n" % n + o + b"\nendobj\n"
      xref = len(data)
      data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
      for off in offsets:
          data += b"%010d 00000 n \n" % off
      data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
      return bytes(data)
  def write(name, data):
      with open(os.path.join(out, name), "wb") as f:
          f.write(data)
  write("zero.pdf", b"")
  hello = pdf(1, lambda i: b"BT /F1 12 Tf 72 720 Td (Hello, this is not an annual report.) Tj ET")
  write("hello.pdf", hello)
  write("hello-copy.pdf", hello)
  write("truncated.pdf", hello[: len(hello) // 2])
  write("notpdf.pdf", b"This is a text file with a .pdf name.\n" * 20)
  write("pages2000.pdf", pdf(2000))
  z = zlib.compressobj(9)
  chunk = b"\0" * (1 << 24)
  bomb = b"".join(z.compress(chunk) for _ in range(64)) + z.flush()  # 1 GiB when inflated
  write("bomb.pdf", pdf(1, lambda i: bomb, filters=True))
  if shutil.which("qpdf"):
      subprocess.run(["qpdf", "--encrypt", "u", "o", "256", "--", os.path.join(out, "hello.pdf"),
                      os.path.join(out, "encrypted.pdf")], check=True)
  else:
      try:
          from reportlab.pdfgen import canvas
          c = canvas.Canvas(os.path.join(out, "encrypted.pdf"), encrypt="secret")
          c.drawString(72, 720, "encrypted")
          c.save()
      except ImportError:
          pass
  """#

/// Whether the built executable has the `extract` command yet: a missing input must exit 2
/// (input unreadable), not 64 (unknown command).
func extractCommandExists(_ executable: String) async -> Bool {
  let missing = NSTemporaryDirectory() + "govreport-no-such-\(UUID().uuidString).pdf"
  return
    (try? await BuiltExecutable.run(executable, ["extract", missing, "-o", missing + ".json"]))?
    .status == 2
}

@Test(
  .timeLimit(.minutes(3)),
  .enabled("needs the built govreport with its extract command") {
    guard let executable = BuiltExecutable.govreport else { return false }
    return await extractCommandExists(executable)
  })
func hostileCorpusFailsFileByFileWithReasons() async throws {
  let executable = try #require(BuiltExecutable.govreport)
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  try folder.write(hostileCorpusScript, to: "make.py")
  let inputs = folder.file("inputs")
  try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
  let made = try await BuiltExecutable.run(
    "/usr/bin/env", ["python3", folder.file("make.py"), inputs])
  try #require(made.status == 0, "\(made.stderr)")
  let out = folder.file("out")
  let result = try await BuiltExecutable.run(
    executable,
    ["batch", inputs, "--out", out, "--jobs", "2", "--timeout", "30", "--progress", "lines"])
  #expect(result.status == 6, "\(result.stderr)")
  let entries = Manifest(path: out + "/results.jsonl").entries()
  let names = try FileManager.default.contentsOfDirectory(atPath: inputs)
  #expect(entries.count == names.count)
  let byName = Dictionary(
    entries.map { (($0.file as NSString).lastPathComponent, $0) }, uniquingKeysWith: { $1 })
  for name in ["zero.pdf", "truncated.pdf", "notpdf.pdf", "encrypted.pdf"]
  where names.contains(name) {
    #expect(
      byName[name]?.status == .failed && byName[name]?.exitCode == 2,
      "\(name): \(String(describing: byName[name]))")
  }
  for name in ["pages2000.pdf", "bomb.pdf"] {
    #expect(byName[name]?.status == .failed, "\(name): \(String(describing: byName[name]))")
    #expect(byName[name]?.reason?.isEmpty == false)
  }
  let duplicates = entries.filter { $0.status == .duplicate }
  #expect(duplicates.count == 1)
  let store = try await StoreLocation.sqlite(path: out + "/govreport.sqlite").open()
  let reports = try await store.reportSummaries()
  try await store.close()
  #expect(reports.count == names.count - 1)
  #expect(reports.allSatisfy { $0.status != .failed || $0.reason?.isEmpty == false })
}
