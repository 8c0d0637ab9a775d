import CLibZ
import Testing

@testable import PDFSource

@Suite struct StreamDecodingTests {
  @Test func ascii85AndHexDecodeAsThePDFSpecSays() {
    // base64.a85encode(b"Hello, GovReport! 12", adobe=True) in Python.
    let encoded = Array("<~87cURD_*#$Dg##iE,Tc=+WrKp~>".utf8.dropFirst(2))
    #expect(ASCIIDecoder.ascii85(encoded) == Array("Hello, GovReport! 12".utf8))
    #expect(ASCIIDecoder.ascii85(Array("z~>".utf8)) == [0, 0, 0, 0])
    #expect(ASCIIDecoder.ascii85(Array("8{~>".utf8)) == nil)
    #expect(ASCIIDecoder.asciiHex(Array("48 65 6c6C 7>".utf8)) == [0x48, 0x65, 0x6C, 0x6C, 0x70])
    #expect(ASCIIDecoder.asciiHex(Array("4G>".utf8)) == nil)
  }

  @Test func inflatingStopsAtTheLimit() throws {
    let plain = [UInt8](repeating: 0, count: 1 << 20)
    var size = compressBound(uLong(plain.count))
    var compressed = [UInt8](repeating: 0, count: Int(size))
    #expect(compress2(&compressed, &size, plain, uLong(plain.count), 9) == Z_OK)
    compressed.removeLast(compressed.count - Int(size))
    #expect(StreamInflater.inflate(compressed, limit: 2 << 20) == plain)
    #expect(StreamInflater.inflate(compressed, limit: 100_000) == nil)
    #expect(StreamInflater.inflate(Array("not zlib".utf8), limit: 1000) == nil)
  }
}
