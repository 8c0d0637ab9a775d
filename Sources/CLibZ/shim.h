#pragma once
// zlib: inflates FlateDecode streams for the page drawings (Sources/PDFSource/StreamInflater.swift)
// with a size cap, so that a decompression bomb costs a few MB, not gigabytes.
#include <zlib.h>
