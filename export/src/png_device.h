// Private: a faster PNG writer for Graphviz's cairo renderer (diagram.cc).
//
// Graphviz's own "png:cairo" device hands the rendered cairo surface to
// cairo_surface_write_to_png_stream(), which encodes with libpng's defaults
// (zlib level 6, every row filter tried): about three quarters of the time of
// a weekly diagram. This device gets the same surface (Graphviz's "cairo"
// renderer leaves it in job->imagedata for a separate device, the way its
// gd, gdk and webp devices use it) and encodes it with libpng's simplified
// API and PNG_IMAGE_FLAG_FAST (no row filter, zlib level 3): 3-4 times faster
// on diagrams, and the files are no larger (mostly flat white areas).
//
// The picture is composited onto white and written as 8-bit RGB: diagrams
// are drawn on a white background (bgcolor=white) anyway. Same pixels ->
// same bytes.

#ifndef ACTORGRAPH_EXPORT_PNG_DEVICE_H_
#define ACTORGRAPH_EXPORT_PNG_DEVICE_H_

#include <graphviz/gvc.h>

namespace actorgraph {
namespace export_internal {

// The format name for gvRender*() that writes PNG through this device,
// registering the device with `gvc` on first use (not thread-safe; Graphviz
// is not either). Without libpng at build time, Graphviz's own "png:cairo".
const char* FastPngFormat(GVC_t* gvc);

}  // namespace export_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_PNG_DEVICE_H_
