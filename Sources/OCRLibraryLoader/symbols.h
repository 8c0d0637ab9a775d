#pragma once
// Private to OCRLibraryLoader: the table of stubbed functions that stubs.c defines and
// library.c checks when it loads the libraries.
#include "OCRLibraryLoader.h"
#include <stddef.h>

/// A function the stubs forward to, and the library that must export it.
struct ocr_symbol {
  enum OCRLibrary library;
  const char *name;
};

/// Every function stubbed in stubs.c (written with them by Scripts/gen-library-loader).
extern const struct ocr_symbol ocr_symbols[];
extern const size_t ocr_symbol_count;
