#pragma once
#include <stddef.h>

/// The libraries loaded on first use instead of at process start.
enum OCRLibrary { LIB_LEPT = 0, LIB_TESS = 1 };

/// Loads leptonica and tesseract if not yet loaded. Returns 1 when both are available and export
/// every function the stubs forward to; otherwise 0, with the reason written to `message`
/// (NUL-terminated, truncated to `size`; `message` may be NULL).
int ocr_libraries_load(char *message, size_t size);

/// The address of `name` in `library`, loading it on first use; NULL when unavailable.
void *ocr_library_symbol(enum OCRLibrary library, const char *name);

/// Sets glibc's mmap and trim thresholds (mallopt), in bytes, for the rest of the process,
/// replacing the one-thread policy `ocr_libraries_load` sets (see library.c).
void ocr_set_malloc_thresholds(int mmap_threshold, int trim_threshold);
