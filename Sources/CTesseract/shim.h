#pragma once
// Leptonica first: capi.h only forward-declares struct Pix, and without the full header Swift sees
// TessBaseAPISetImage2 taking an OpaquePointer instead of a PIX pointer.
#include <leptonica/allheaders.h>
#include <tesseract/capi.h>
