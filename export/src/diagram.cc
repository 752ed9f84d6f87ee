#include "actorgraph/diagram.h"

#include <fontconfig/fontconfig.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "edge_groups.h"
#include "layout_snap.h"
#include "png_device.h"
#include "text_escape.h"

namespace actorgraph {

using namespace export_internal;

namespace {

// Graphviz's C API takes char* for strings it only reads.
char* C(const char* s) { return const_cast<char*>(s); }
char* C(const std::string& s) { return const_cast<char*>(s.c_str()); }

struct GraphCloser {
  void operator()(Agraph_t* g) const {
    if (g) agclose(g);
  }
};
using AgraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

const char* ShapeOf(ActorKind kind) {
  switch (kind) {
    case ActorKind::kPerson: return "ellipse";
    case ActorKind::kOrganization: return "box";
    case ActorKind::kCountry: return "hexagon";
    case ActorKind::kEvent: return "diamond";
  }
  return "ellipse";
}

// A name cgraph has not seen yet, derived from `want`.
std::string UniqueName(std::string want, std::set<std::string>* taken) {
  want = SanitizeUtf8(want);
  if (want.empty()) want = "_";
  std::string name = want;
  for (int i = 2; taken->count(name); ++i) name = want + "~" + std::to_string(i);
  taken->insert(name);
  return name;
}

// A line drawn with heavy box-drawing characters (in the CJK fonts): thin
// dashes and dots were too faint to tell the colours apart.
std::string LineSample(const char* line) {
  if (std::string(line) == "dashed") return "\xE2\x94\x81 \xE2\x94\x81 \xE2\x94\x81";  // ━ ━ ━
  if (std::string(line) == "dotted") return "\xE2\x80\xA2 \xE2\x80\xA2 \xE2\x80\xA2 \xE2\x80\xA2";  // • • • •
  return "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81";  // ━━━━
}

// The HTML-like label of the legend: colours of the nodes shown, then the
// line of each interaction type shown.
std::string LegendHtml(const std::map<std::string, Rgb>& colors, ColorBy color_by,
                       const std::set<int>& types) {
  std::string h =
      "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\" "
      "BGCOLOR=\"white\">";
  h += "<TR><TD COLSPAN=\"2\"><B>";
  h += ToString(color_by);
  h += "</B></TD></TR>";
  for (const auto& [name, color] : colors) {
    h += "<TR><TD BGCOLOR=\"" + color.Hex() + "\" WIDTH=\"24\"> </TD><TD ALIGN=\"LEFT\">";
    h += XmlText(DiagramLabel(name, 30));
    h += "</TD></TR>";
  }
  h += "<TR><TD COLSPAN=\"2\"><B>interaction</B></TD></TR>";
  for (int t : types) {
    EdgeStyle style = StyleOf(static_cast<InteractionType>(t));
    h += "<TR><TD><FONT COLOR=\"" + style.color.Hex() + "\"><B>" + LineSample(style.line) +
         "</B></FONT></TD><TD ALIGN=\"LEFT\">";
    h += ToString(static_cast<InteractionType>(t));
    h += "</TD></TR>";
  }
  h += "</TABLE>";
  return h;
}

std::string Tooltip(const VertexInfo& info) {
  std::string t = info.name.empty() ? info.id : info.name;
  if (!info.name_ja.empty()) t += " / " + info.name_ja;
  if (!info.role.empty()) t += "\n" + info.role;
  t += "\n[" + info.id + "]";
  std::string clean = SanitizeUtf8(t);
  std::string out;  // tooltips are escStrings too
  for (char c : clean) {
    if (c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

AgraphPtr BuildGraph(const ActorGraph& actor_graph, const GraphAnalysis* analysis,
                     const DiagramOptions& options) {
  const Graph& g = actor_graph.graph();
  const std::size_t n = boost::num_vertices(g);
  AgraphPtr graph(agopen(C("G"), Agdirected, nullptr));
  Agraph_t* ag = graph.get();
  const std::string font = SanitizeUtf8(options.font);

  // Graph attributes.
  agattr(ag, AGRAPH, C("fontname"), C(font));
  agattr(ag, AGRAPH, C("fontsize"), C("20"));
  agattr(ag, AGRAPH, C("labelloc"), C("t"));
  agattr(ag, AGRAPH, C("bgcolor"), C("white"));
  agattr(ag, AGRAPH, C("pad"), C("0.3"));
  agattr(ag, AGRAPH, C("outputorder"), C("edgesfirst"));
  // PNG at 72 dpi (Graphviz's default is 96): PNG encoding is most of the
  // rendering time and grows with the pixel count. SVG is 72 anyway.
  agattr(ag, AGRAPH, C("dpi"), C("72"));
  if (options.layout == "dot") {
    agattr(ag, AGRAPH, C("rankdir"), C("LR"));
  } else if (options.layout != "circo" && options.layout != "twopi") {
    agattr(ag, AGRAPH, C("overlap"), C("false"));
    agattr(ag, AGRAPH, C("sep"), C("+8"));
    // Straight lines (parallel edges spread apart): spline routing costs
    // more than the rest of the layout and, with sep, often falls back to
    // straight lines anyway.
    agattr(ag, AGRAPH, C("splines"), C("false"));
  }
  if (options.layout == "neato") agattr(ag, AGRAPH, C("start"), C("1"));
  if (!options.title.empty()) agattr(ag, AGRAPH, C("label"), C(DiagramLabel(options.title, 200)));

  // Node and edge defaults (the font is added below).
  struct Default {
    int kind;
    const char* name;
    const char* value;
  };
  static const Default kDefaults[] = {
      {AGNODE, "fontsize", "11"},     {AGNODE, "style", "filled"},
      {AGNODE, "color", "#4d4d4d"},   {AGNODE, "penwidth", "0.8"},
      {AGNODE, "margin", "0.08,0.04"}, {AGNODE, "shape", "ellipse"},
      {AGNODE, "fillcolor", "lightgrey"}, {AGNODE, "label", "\\N"},
      {AGNODE, "tooltip", ""},        {AGEDGE, "fontsize", "9"},
      {AGEDGE, "arrowsize", "0.7"},   {AGEDGE, "color", "black"},
      {AGEDGE, "style", "solid"},     {AGEDGE, "penwidth", "1"},
      {AGEDGE, "dir", "forward"},     {AGEDGE, "label", ""},
      {AGEDGE, "tooltip", ""},
  };
  agattr(ag, AGNODE, C("fontname"), C(font));
  agattr(ag, AGEDGE, C("fontname"), C(font));
  for (const Default& d : kDefaults) agattr(ag, d.kind, C(d.name), C(d.value));

  std::set<std::string> names;
  std::vector<Agnode_t*> nodes(n);
  std::vector<double> font_sizes = ScaledMeasure(analysis, options.style.size_by, n, 10.0, 22.0);
  std::map<std::string, Rgb> legend_colors;
  for (Vertex v = 0; v < n; ++v) {
    const VertexInfo& info = g[v];
    Agnode_t* node = agnode(ag, C(UniqueName(info.id, &names)), 1);
    nodes[v] = node;
    std::string name = info.name.empty() ? info.id : info.name;
    if (options.language == Language::kJapanese && !info.name_ja.empty()) name = info.name_ja;
    agset(node, C("label"), C(DiagramLabel(name, options.max_label_chars)));
    agset(node, C("shape"), C(ShapeOf(info.kind)));
    ColorKey key = NodeColorKey(g, v, analysis, options.style.color_by);
    legend_colors.emplace(key.name, key.color);
    agset(node, C("fillcolor"), C(key.color.Hex()));
    char size[32];
    std::snprintf(size, sizeof size, "%.1f", font_sizes[v]);
    agset(node, C("fontsize"), size);
    agset(node, C("tooltip"), C(Tooltip(info)));
  }

  std::set<int> types;
  auto add_edge = [&](Vertex s, Vertex t, InteractionType type, bool undirected, double weight,
                      long long count, const std::string& tooltip) {
    Agedge_t* edge = agedge(ag, nodes[s], nodes[t], nullptr, 1);
    EdgeStyle style = StyleOf(type);
    types.insert(static_cast<int>(type));
    agset(edge, C("color"), C(style.color.Hex()));
    agset(edge, C("style"), C(style.line));
    char width[32];
    std::snprintf(width, sizeof width, "%.2f", LineWidth(weight));
    agset(edge, C("penwidth"), width);
    if (undirected) agset(edge, C("dir"), C("none"));
    if (count > 1) agset(edge, C("label"), C("\xC3\x97" + std::to_string(count)));  // ×N
    agset(edge, C("tooltip"), C(DiagramLabel(tooltip, 300)));
  };
  if (options.merge_parallel) {
    for (const EdgeGroup& group : GroupEdges(g)) {
      GroupSummary e = Summarize(group);
      std::string tip = std::string(ToString(group.type));
      for (int d : e.dates) tip += " " + DateText(d);
      add_edge(group.source, group.target, group.type, group.undirected, e.weight, e.count, tip);
    }
  } else {
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
      const EdgeInfo& e = g[*it];
      std::string tip = std::string(ToString(e.type)) + " " + e.date;
      if (!e.place.empty()) tip += " " + e.place;
      add_edge(boost::source(*it, g), boost::target(*it, g), e.type, e.undirected, e.weight, 1,
               tip);
    }
  }

  if (options.legend && n > 0) {
    Agnode_t* legend = agnode(ag, C(UniqueName("legend", &names)), 1);
    agset(legend, C("shape"), C("plaintext"));
    agset(legend, C("style"), C(""));
    agset(legend, C("fontsize"), C("12"));
    char* html = agstrdup_html(ag, C(LegendHtml(legend_colors, options.style.color_by, types)));
    agset(legend, C("label"), html);
    agstrfree(ag, html);
  }
  return graph;
}

// Graphviz's messages, collected while a DiagramRenderer lives.
std::string* g_messages = nullptr;

int CollectMessage(char* message) {
  if (g_messages && g_messages->size() < 4096) g_messages->append(message);
  return 0;
}

const char* RendererOf(GVC_t* gvc, ImageFormat format) {
  switch (format) {
    case ImageFormat::kSvg: return "svg";
    case ImageFormat::kPng: return FastPngFormat(gvc);
    case ImageFormat::kPdf: return "pdf:cairo";
  }
  return "svg";
}

std::string Trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  for (char& c : s) {
    if (c == '\n') c = ' ';
  }
  return s;
}

}  // namespace

bool ParseLanguage(const std::string& s, Language* out) {
  if (s == "en") {
    *out = Language::kEnglish;
    return true;
  }
  if (s == "ja") {
    *out = Language::kJapanese;
    return true;
  }
  return false;
}

bool IsSupportedLayout(const std::string& layout) {
  for (const char* l : {"neato", "dot", "sfdp", "circo", "fdp", "twopi"}) {
    if (layout == l) return true;
  }
  return false;
}

const char* ToString(ImageFormat format) {
  switch (format) {
    case ImageFormat::kSvg: return "svg";
    case ImageFormat::kPng: return "png";
    case ImageFormat::kPdf: return "pdf";
  }
  return "svg";
}

bool ParseImageFormat(const std::string& s, ImageFormat* out) {
  for (ImageFormat f : {ImageFormat::kSvg, ImageFormat::kPng, ImageFormat::kPdf}) {
    if (s == ToString(f)) {
      *out = f;
      return true;
    }
  }
  return false;
}

namespace {

// The graph as cgraph reads its own DOT text back. Graphviz 2.43 rasterises
// the graph built attribute by attribute (neato, cairo) with a few pixels of
// one label differing from run to run, while the same graph read from its
// DOT text renders byte for byte the same every time (found with the weekly
// PNGs of the example digests); rendering the re-read graph keeps every
// output reproducible.
AgraphPtr Reparsed(AgraphPtr ag) {
  char* data = nullptr;
  std::size_t size = 0;
  FILE* f = open_memstream(&data, &size);
  if (!f) return ag;
  int rc = agwrite(ag.get(), f);
  std::fclose(f);
  std::string dot(data ? data : "", size);
  std::free(data);
  if (rc != 0) return ag;
  Agraph_t* back = agmemread(dot.c_str());
  if (!back) return ag;
  return AgraphPtr(back);
}

}  // namespace

Result<std::string> DiagramDot(const ActorGraph& graph, const GraphAnalysis* analysis,
                               const DiagramOptions& options) {
  AgraphPtr ag = BuildGraph(graph, analysis, options);
  char* data = nullptr;
  std::size_t size = 0;
  FILE* f = open_memstream(&data, &size);
  if (!f) return Status::IOError("cannot open a memory stream for DOT");
  int rc = agwrite(ag.get(), f);
  std::fclose(f);
  std::string dot(data ? data : "", size);
  std::free(data);
  if (rc != 0) return Status::IOError("cgraph could not write the DOT text");
  return dot;
}

// Text drawn without hinting. With hinting, some anti-aliased glyphs of the
// same label came out a pixel-shade different from run to run of the same
// build (which cached font the text stack used depended on where the
// libraries' objects lay in memory: the PNGs were stable only with address
// randomisation off), so two builds of one archive gave different PNGs.
// Unhinted glyphs are the same every run. Done once, before Graphviz or
// Pango first asks fontconfig for a font; the rule is added to the
// system's configuration, which stays in use.
void UseUnhintedFonts() {
  static const bool done = [] {
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (!config) return false;
    static const char kNoHinting[] =
        "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig>"
        "<match target=\"font\"><edit name=\"hinting\" mode=\"assign\"><bool>false</bool></edit>"
        "<edit name=\"hintstyle\" mode=\"assign\"><const>hintnone</const></edit></match></fontconfig>";
    if (!FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8*>(kNoHinting), FcFalse))
      return false;
    return FcConfigSetCurrent(config) == FcTrue;
  }();
  (void)done;
}

// One Graphviz context for the whole process, never freed: Graphviz 2.43's
// pango plugin keeps a static pointer to the last font name it measured,
// which points into the context's font table, so a second context after
// gvFreeContext() reads freed memory (AddressSanitizer: heap-use-after-free
// in textspan_size). Graphviz is single-threaded per process anyway.
GVC_t* SharedContext() {
  static GVC_t* const gvc = gvContext();
  return gvc;
}

struct DiagramRenderer::Impl {
  GVC_t* gvc = nullptr;
  std::string messages;
  agusererrf previous = nullptr;
};

DiagramRenderer::DiagramRenderer() : impl_(new Impl) {
  UseUnhintedFonts();
  g_messages = &impl_->messages;
  impl_->previous = agseterrf(CollectMessage);
  impl_->gvc = SharedContext();
}

DiagramRenderer::~DiagramRenderer() {
  agseterrf(impl_->previous);
  g_messages = nullptr;
}

namespace {

Status Layout(GVC_t* gvc, Agraph_t* g, const DiagramOptions& options, std::string* messages) {
  if (!IsSupportedLayout(options.layout))
    return Status::InvalidArgument("unknown layout '" + options.layout +
                                   "' (neato, dot, sfdp, circo, fdp, twopi)");
  messages->clear();
  if (gvLayout(gvc, g, options.layout.c_str()) != 0)
    return Status::IOError("Graphviz layout " + options.layout + " failed: " + Trimmed(*messages));
  SnapLayout(g);
  return Status::OK();
}

Result<std::string> RenderLaidOut(GVC_t* gvc, Agraph_t* g, ImageFormat format,
                                  std::string* messages) {
  char* data = nullptr;
  unsigned int size = 0;
  messages->clear();
  if (gvRenderData(gvc, g, RendererOf(gvc, format), &data, &size) != 0 || size == 0) {
    if (data) gvFreeRenderData(data);
    return Status::IOError(std::string("Graphviz could not render ") + ToString(format) + ": " +
                           Trimmed(*messages));
  }
  std::string out(data ? data : "", size);
  if (data) gvFreeRenderData(data);
  return out;
}

}  // namespace

Result<std::string> DiagramRenderer::Render(const ActorGraph& graph,
                                            const GraphAnalysis* analysis,
                                            const DiagramOptions& options, ImageFormat format) {
  AgraphPtr ag = Reparsed(BuildGraph(graph, analysis, options));
  Status s = Layout(impl_->gvc, ag.get(), options, &impl_->messages);
  if (!s.ok()) return s;
  Result<std::string> out = RenderLaidOut(impl_->gvc, ag.get(), format, &impl_->messages);
  gvFreeLayout(impl_->gvc, ag.get());
  return out;
}

Status DiagramRenderer::RenderFiles(const ActorGraph& graph, const GraphAnalysis* analysis,
                                    const DiagramOptions& options,
                                    const std::vector<RenderTarget>& targets,
                                    const AtomicFileOptions& file_options) {
  AgraphPtr ag = Reparsed(BuildGraph(graph, analysis, options));
  Status s = Layout(impl_->gvc, ag.get(), options, &impl_->messages);
  if (!s.ok()) return s;
  for (const RenderTarget& target : targets) {
    Result<std::string> data = RenderLaidOut(impl_->gvc, ag.get(), target.format,
                                             &impl_->messages);
    if (!data.ok()) {
      s = data.status().At(target.path);
      break;
    }
    s = WriteFileAtomically(target.path, *data, file_options);
    if (!s.ok()) break;
  }
  gvFreeLayout(impl_->gvc, ag.get());
  return s;
}

}  // namespace actorgraph

// LeakSanitizer (sanitizer builds of anything that renders): Graphviz 2.43
// leaks in its HTML-label parser (htmlparse) and keeps font caches
// (fontconfig, pango, cairo, glib) for the life of the process; none of it
// is ours to free. LSan reads this at start-up; weak, so a program's own
// definition wins. An ordinary unused function in other builds.
extern "C" __attribute__((weak)) const char* __lsan_default_suppressions() {
  return "leak:libgvc.so\n"
         "leak:libfontconfig.so\n"
         "leak:libglib-2.0.so\n"
         "leak:libcairo.so\n"
         "leak:libpango\n";
}

// With suppressions in use LSan lists them on stderr at exit; a command's
// stderr is for its own messages (tests assert it whole), so not here.
extern "C" __attribute__((weak)) const char* __lsan_default_options() { return "print_suppressions=0"; }
