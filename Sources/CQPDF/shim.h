#pragma once
// qpdf's C API: page content streams and resources, for reading table rulings from the vector
// drawing without rendering (Sources/PDFSource/PDFDrawing.swift). zlib inflates the streams
// with a size cap: qpdf's own decoding has none, and a decompression bomb would fill memory.
#include <qpdf/qpdf-c.h>
#include <zlib.h>
