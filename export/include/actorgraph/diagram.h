// Diagrams: the graph drawn by Graphviz, in-process through cgraph and gvc
// (never by running the `dot` program).
//
// The graph is built with agopen/agnode/agedge/agsafeset:
// - nodes: label = the name (or the Japanese name with Language::kJapanese,
//   falling back to the name), cut to max_label_chars; fill colour by
//   StyleOptions::color_by; font size (and so node size) by the measure
//   StyleOptions::size_by, from 10 to 22 pt; shape by kind (person ellipse,
//   organization box, country hexagon, event diamond); tooltip = full name,
//   role and id (SVG shows it on hover);
// - edges: colour and line style by interaction type (style.h), pen width by
//   weight, no arrowhead for undirected types; with merge_parallel, the
//   interactions of one pair and type are one edge labelled "×N";
// - the title (graph label, top) and a legend (a node with an HTML-like
//   table of the colours and line styles used) when `legend`;
// - every text attribute uses `font` ("Noto Sans CJK JP": Latin and
//   Japanese); all text is sanitized and escaped (text_escape.h), so hostile
//   names cannot break the DOT.
// DiagramDot() writes that graph with agwrite (no positions): the input for
// `neato -Tpng`. DiagramRenderer lays it out with `layout` and renders SVG
// (Graphviz's core renderer), PNG (cairo, 72 dpi) or PDF (cairo). Edges are
// straight lines (parallel ones spread apart) for neato, fdp and sfdp.
//
// Graphviz keeps global state: use one DiagramRenderer at a time in a
// process, from one thread (render in parallel with processes, see
// weekly_site.h). Output is deterministic for SVG (except the generator
// comment) and PNG; cairo stamps PDFs with the creation time.

#ifndef ACTORGRAPH_DIAGRAM_H_
#define ACTORGRAPH_DIAGRAM_H_

#include <memory>
#include <string>
#include <vector>

#include "actorgraph/actor_graph.h"
#include "actorgraph/analysis.h"
#include "actorgraph/atomic_file.h"
#include "actorgraph/status.h"
#include "actorgraph/style.h"

namespace actorgraph {

enum class Language { kEnglish, kJapanese };
bool ParseLanguage(const std::string& s, Language* out);  // "en", "ja"

struct DiagramOptions {
  std::string layout = "neato";  // neato, dot, sfdp, circo, fdp, twopi
  std::string title;
  StyleOptions style;
  Language language = Language::kEnglish;
  std::string font = "Noto Sans CJK JP";
  bool legend = true;
  bool merge_parallel = true;
  int max_label_chars = 40;
};

// True for the layout engines above.
bool IsSupportedLayout(const std::string& layout);

// The DOT text of the diagram (agwrite of the cgraph graph).
Result<std::string> DiagramDot(const ActorGraph& graph, const GraphAnalysis* analysis,
                               const DiagramOptions& options);

enum class ImageFormat { kSvg, kPng, kPdf };
const char* ToString(ImageFormat format);  // "svg", "png", "pdf"
bool ParseImageFormat(const std::string& s, ImageFormat* out);

struct RenderTarget {
  ImageFormat format;
  std::string path;
};

// Renders with the process's Graphviz context (created on first use and
// kept for the life of the process: Graphviz 2.43 cannot safely free one
// context and make another); while a DiagramRenderer lives, Graphviz's error
// messages are collected into the returned Status instead of going to
// stderr.
class DiagramRenderer {
 public:
  DiagramRenderer();
  ~DiagramRenderer();
  DiagramRenderer(const DiagramRenderer&) = delete;
  DiagramRenderer& operator=(const DiagramRenderer&) = delete;

  // Lays the diagram out once and renders it in `format`.
  Result<std::string> Render(const ActorGraph& graph, const GraphAnalysis* analysis,
                             const DiagramOptions& options, ImageFormat format);
  // Lays the diagram out once and writes each target through AtomicFile.
  Status RenderFiles(const ActorGraph& graph, const GraphAnalysis* analysis,
                     const DiagramOptions& options, const std::vector<RenderTarget>& targets,
                     const AtomicFileOptions& file_options = {});

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_DIAGRAM_H_
