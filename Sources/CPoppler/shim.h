#pragma once
// poppler-glib pulls in glib, gobject and cairo, so this module also exposes cairo_* for rendering.
#include <poppler.h>
#include <cairo.h>
// The PDF surface lets tests write fixture PDFs at test time (cairo_pdf_surface_create).
#include <cairo-pdf.h>

// GObject macros (G_OBJECT, POPPLER_PAGE) do not exist in Swift; these casts take their place.
static inline void cpoppler_object_release(void *object) { g_object_unref(object); }
