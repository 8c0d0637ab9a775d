import DocumentModel
import Foundation

/// Writes images as PGM/PPM into `$DUMP_IMAGES` when that variable is set, for looking at
/// what a failing image test saw; does nothing otherwise.
enum ImageDump {
  static func write(_ image: PageImage, named name: String) {
    guard let folder = ProcessInfo.processInfo.environment["DUMP_IMAGES"] else { return }
    let header = "\(image.channels == 1 ? "P5" : "P6")\n\(image.width) \(image.height)\n255\n"
    let url = URL(fileURLWithPath: folder).appendingPathComponent(
      name + (image.channels == 1 ? ".pgm" : ".ppm"))
    try? (Data(header.utf8) + Data(image.pixels)).write(to: url)
  }
}
