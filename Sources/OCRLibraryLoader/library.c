// Loads leptonica and tesseract with dlopen on first use.
//
// Linking them made every run pay for loading their dependent libraries (tesseract pulls in
// curl, archive, TLS and image codecs) and their relocations, a large share of the process start
// (docs/performance.md). A text-layer extraction never calls them, so it does not load them.
#include "OCRLibraryLoader.h"
#include "symbols.h"
#include <dlfcn.h>
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Sonames tried in order: Debian 12's first, then newer leptonica's rename, then dev symlinks.
static const char *const candidates[2][4] = {
    {"liblept.so.5", "libleptonica.so.6", "liblept.so", "libleptonica.so"},
    {"libtesseract.so.5", "libtesseract.so", NULL, NULL},
};

static void *handles[2];
/// The soname each library was loaded as, for messages.
static const char *loaded[2];
static char failure[512];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load_all(void) {
  // Debian's tesseract uses OpenMP; unlimited, it runs several times slower on a small machine,
  // with seconds of system time per page (shared/spec/c-libraries.md section 3;
  // docs/performance.md). libgomp reads the limit once, when it loads, which happens here, so
  // setting it first is enough. A value the caller set (even a larger one) is kept; parallelism
  // belongs to the caller (batch --jobs).
  setenv("OMP_THREAD_LIMIT", "1", 0);
  // Page images (several MB each at 300 dpi) are allocated and freed page after page. glibc
  // raises its mmap threshold after the first such free and then serves them from the heap,
  // which it does not give back, so peak RSS grew far past the live heap (docs/performance.md).
  // A fixed 1 MiB threshold, well below a page image, keeps big buffers in their own mappings,
  // returned on free. Several OCR threads pay for it in system time, so then PageBufferPolicy
  // (Sources/PageImaging) sets other thresholds through ocr_set_malloc_thresholds.
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
  for (int library = 0; library < 2; library++) {
    for (int i = 0; i < 4 && candidates[library][i] && !handles[library]; i++) {
      // RTLD_GLOBAL: tesseract resolves its leptonica calls against the copy loaded here.
      handles[library] = dlopen(candidates[library][i], RTLD_NOW | RTLD_GLOBAL);
      if (handles[library]) loaded[library] = candidates[library][i];
    }
    if (!handles[library] && !failure[0]) {
      const char *reason = dlerror();
      snprintf(failure, sizeof failure, "%s could not be loaded (%s)", candidates[library][0],
               reason ? reason : "not found");
    }
  }
  // A library that loads but lacks a function the stubs forward to (another build or version)
  // is unavailable too. Its stub could only answer a stand-in failure value at some later call,
  // far from the cause; checked here, the caller reports it before the first page.
  for (size_t i = 0; i < ocr_symbol_count && !failure[0]; i++) {
    const struct ocr_symbol *symbol = &ocr_symbols[i];
    if (handles[symbol->library] && !dlsym(handles[symbol->library], symbol->name)) {
      snprintf(failure, sizeof failure, "%s has no function %s (an incompatible version?)",
               loaded[symbol->library], symbol->name);
    }
  }
}

int ocr_libraries_load(char *message, size_t size) {
  pthread_once(&once, load_all);
  if (handles[LIB_LEPT] && handles[LIB_TESS] && !failure[0]) return 1;
  if (message && size > 0) snprintf(message, size, "%s", failure);
  return 0;
}

void *ocr_library_symbol(enum OCRLibrary library, const char *name) {
  pthread_once(&once, load_all);
  return handles[library] ? dlsym(handles[library], name) : NULL;
}

void ocr_set_malloc_thresholds(int mmap_threshold, int trim_threshold) {
  mallopt(M_MMAP_THRESHOLD, mmap_threshold);
  mallopt(M_TRIM_THRESHOLD, trim_threshold);
}
