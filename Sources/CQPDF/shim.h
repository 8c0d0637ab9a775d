#pragma once
// qpdf's C API: page content streams and resources, decoded, for reading table rulings from the
// vector drawing without rendering (Sources/PDFSource/PDFDrawing.swift).
#include <qpdf/qpdf-c.h>
