#include "png_device.h"

#ifdef ACTORGRAPH_HAVE_LIBPNG

#include <graphviz/gvcjob.h>
#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_device.h>
#include <png.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

namespace actorgraph {
namespace export_internal {

namespace {

// Cairo's ARGB32 (premultiplied alpha, one native-endian 32-bit word per
// pixel) composited onto white, as RGB bytes.
std::unique_ptr<unsigned char[]> OnWhite(const std::uint32_t* pixels, std::size_t count) {
  std::unique_ptr<unsigned char[]> rgb(new (std::nothrow) unsigned char[count * 3]);
  if (!rgb) return rgb;
  unsigned char* out = rgb.get();
  for (std::size_t i = 0; i < count; ++i) {
    std::uint32_t p = pixels[i];
    unsigned white = 255 - (p >> 24);  // premultiplied: colour + (1 - alpha) * 255
    *out++ = static_cast<unsigned char>(((p >> 16) & 0xff) + white);
    *out++ = static_cast<unsigned char>(((p >> 8) & 0xff) + white);
    *out++ = static_cast<unsigned char>((p & 0xff) + white);
  }
  return rgb;
}

// Appends to what gvRenderData() collects, or writes to the job's file.
bool Emit(GVJ_t* job, const unsigned char* data, std::size_t size) {
  if (job->output_data) {
    std::size_t need = std::size_t{job->output_data_position} + size;
    if (need > 0xffffffffu) return false;  // gvRenderData reports an unsigned int
    if (need > job->output_data_allocated) {
      char* grown = static_cast<char*>(std::realloc(job->output_data, need));
      if (!grown) return false;
      job->output_data = grown;
      job->output_data_allocated = static_cast<unsigned>(need);
    }
    std::memcpy(job->output_data + job->output_data_position, data, size);
    job->output_data_position = static_cast<unsigned>(need);
    return true;
  }
  return job->output_file && std::fwrite(data, 1, size, job->output_file) == size;
}

void FormatPng(GVJ_t* job) {
  if (!job->imagedata || job->width == 0 || job->height == 0) {
    agerr(AGERR, "no image to encode as PNG\n");
    return;
  }
  std::unique_ptr<unsigned char[]> rgb =
      OnWhite(reinterpret_cast<const std::uint32_t*>(job->imagedata),
              std::size_t{job->width} * job->height);
  if (!rgb) {
    agerr(AGERR, "out of memory for a %ux%u picture\n", job->width, job->height);
    return;
  }
  png_image image;
  std::memset(&image, 0, sizeof image);
  image.version = PNG_IMAGE_VERSION;
  image.width = job->width;
  image.height = job->height;
  image.format = PNG_FORMAT_RGB;
  image.flags = PNG_IMAGE_FLAG_FAST;
  // Written once into a buffer of the largest possible size (pages never
  // touched cost nothing), instead of libpng's measure-then-write twice.
  png_alloc_size_t size = PNG_IMAGE_PNG_SIZE_MAX(image);
  std::unique_ptr<unsigned char[]> png(new (std::nothrow) unsigned char[size]);
  if (!png || !png_image_write_to_memory(&image, png.get(), &size, 0, rgb.get(), 0, nullptr)) {
    agerr(AGERR, "libpng: %s\n", png ? image.message : "out of memory");
    png_image_free(&image);
    return;
  }
  if (!Emit(job, png.get(), size)) agerr(AGERR, "cannot write the PNG data\n");
}

gvdevice_engine_t g_engine = {nullptr, FormatPng, nullptr};

// As Graphviz's own PNG device: binary, alpha-capable renderer, no margin,
// 96 dpi unless the graph says otherwise.
gvdevice_features_t g_features = {
    GVDEVICE_BINARY_FORMAT | GVDEVICE_DOES_TRUECOLOR, {0., 0.}, {0., 0.}, {96., 96.}};

gvplugin_installed_t g_types[] = {
    {0, const_cast<char*>("png:cairo"), 0, &g_engine, &g_features},
    {0, nullptr, 0, nullptr, nullptr},
};

gvplugin_api_t g_apis[] = {
    {API_device, g_types},
    {static_cast<api_t>(0), nullptr},
};

gvplugin_library_t g_library = {const_cast<char*>("actorgraph"), g_apis};

}  // namespace

const char* FastPngFormat(GVC_t* gvc) {
  static GVC_t* registered = nullptr;
  if (registered != gvc) {
    gvAddLibrary(gvc, &g_library);
    registered = gvc;
  }
  return "png:cairo:actorgraph";
}

}  // namespace export_internal
}  // namespace actorgraph

#else  // !ACTORGRAPH_HAVE_LIBPNG

namespace actorgraph {
namespace export_internal {

const char* FastPngFormat(GVC_t*) { return "png:cairo"; }

}  // namespace export_internal
}  // namespace actorgraph

#endif
