// Diagrams: the cgraph graph (read back from its DOT) and the renderings.

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <graphviz/types.h>

#if __has_include(<png.h>)
#include <png.h>
#define ACTORGRAPH_TEST_PNG 1
#endif

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "actorgraph/diagram.h"
#include "export_fixtures.h"
#include "layout_snap.h"
#include "test_util.h"

namespace actorgraph {
namespace testing {
namespace {

struct Dot {
  explicit Dot(const std::string& text) : g(agmemread(text.c_str())) {}
  ~Dot() {
    if (g) agclose(g);
  }
  std::string NodeAttr(const char* node, const char* attr) const {
    Agnode_t* n = agnode(g, const_cast<char*>(node), 0);
    if (!n) return "<no node>";
    char* v = agget(n, const_cast<char*>(attr));
    return v ? v : "<no attr>";
  }
  std::string GraphAttr(const char* attr) const {
    char* v = agget(g, const_cast<char*>(attr));
    return v ? v : "<no attr>";
  }
  // Attribute `attr` of the edges tail -> head, in order.
  std::vector<std::string> EdgeAttrs(const char* tail, const char* head, const char* attr) const {
    std::vector<std::string> out;
    Agnode_t* t = agnode(g, const_cast<char*>(tail), 0);
    Agnode_t* h = agnode(g, const_cast<char*>(head), 0);
    if (!t || !h) return out;
    for (Agedge_t* e = agfstout(g, t); e; e = agnxtout(g, e)) {
      if (aghead(e) == h) out.push_back(agget(e, const_cast<char*>(attr)));
    }
    return out;
  }
  Agraph_t* g;
};

BOOST_AUTO_TEST_SUITE(diagram)

BOOST_AUTO_TEST_CASE(dot_has_the_styled_graph) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  DiagramOptions options;
  options.title = "Week 2026-05-02 \xE2\x80\x93 2026-05-08";
  Result<std::string> text = DiagramDot(a.graph, &a.analysis, options);
  BOOST_REQUIRE(text.ok());
  Dot dot(*text);
  BOOST_REQUIRE(dot.g);
  BOOST_TEST(agisdirected(dot.g));
  BOOST_TEST(agnnodes(dot.g) == 7);  // six actors and the legend
  BOOST_TEST(agnedges(dot.g) == 6);  // two meetings merged
  BOOST_TEST(dot.GraphAttr("label") == options.title);
  BOOST_TEST(dot.GraphAttr("fontname") == "Noto Sans CJK JP");
  BOOST_TEST(dot.NodeAttr("aliyev", "label") == "Ilham Aliyev");
  BOOST_TEST(dot.NodeAttr("aliyev", "shape") == "ellipse");
  BOOST_TEST(dot.NodeAttr("nato", "shape") == "box");
  BOOST_TEST(dot.NodeAttr("azerbaijan", "shape") == "hexagon");
  BOOST_TEST(dot.NodeAttr("aliyev", "fillcolor") == KindColor(ActorKind::kPerson).Hex());
  BOOST_TEST(dot.NodeAttr("aliyev", "fontname") == "Noto Sans CJK JP");
  // Edges: the meeting pair (stored aliyev -> meloni) with ×2, no arrow.
  std::vector<std::string> labels = dot.EdgeAttrs("aliyev", "meloni", "label");
  std::vector<std::string> dirs = dot.EdgeAttrs("aliyev", "meloni", "dir");
  std::vector<std::string> styles = dot.EdgeAttrs("aliyev", "meloni", "style");
  BOOST_TEST(labels == (std::vector<std::string>{"\xC3\x97" "2", ""}));
  BOOST_TEST(dirs == (std::vector<std::string>{"none", "none"}));
  BOOST_TEST(styles == (std::vector<std::string>{"solid", "dashed"}));  // meeting, call
  BOOST_TEST(dot.EdgeAttrs("meloni", "azerbaijan", "dir") == std::vector<std::string>{"forward"});
  BOOST_TEST(dot.EdgeAttrs("meloni", "azerbaijan", "color") ==
             std::vector<std::string>{StyleOf(InteractionType::kVisit).color.Hex()});
  // Pen width grows with weight: the merged meetings are the widest.
  double merged = std::stod(dot.EdgeAttrs("aliyev", "meloni", "penwidth")[0]);
  double single = std::stod(dot.EdgeAttrs("aliyev", "meloni", "penwidth")[1]);
  BOOST_TEST(merged > single);
  // The legend is an HTML-like table naming the kinds and types shown.
  Agnode_t* legend = agnode(dot.g, const_cast<char*>("legend"), 0);
  BOOST_REQUIRE(legend);
  char* html = agget(legend, const_cast<char*>("label"));
  BOOST_TEST(aghtmlstr(html));
  std::string h = html;
  for (const char* word : {"person", "organization", "country", "event", "meeting", "call",
                           "visit", "participation", "criticism", "praise"}) {
    BOOST_TEST(h.find(word) != std::string::npos, word);
  }
  BOOST_TEST(h.find("sanction") == std::string::npos);  // not in this week
}

BOOST_AUTO_TEST_CASE(node_size_follows_the_chosen_measure) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  DiagramOptions options;
  options.style.size_by = "degree";
  Dot dot(*DiagramDot(a.graph, &a.analysis, options));
  // aliyev has 6 interactions, italy none.
  BOOST_TEST(std::stod(dot.NodeAttr("aliyev", "fontsize")) == 22.0);
  BOOST_TEST(std::stod(dot.NodeAttr("italy", "fontsize")) == 10.0);
  BOOST_TEST(std::stod(dot.NodeAttr("meloni", "fontsize")) > 10.0);
}

BOOST_AUTO_TEST_CASE(colour_by_country_and_community) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  DiagramOptions options;
  options.style.color_by = ColorBy::kCountry;
  Dot dot(*DiagramDot(a.graph, &a.analysis, options));
  // A person takes the colour of its country; a country its own.
  BOOST_TEST(dot.NodeAttr("aliyev", "fillcolor") == CountryColor("azerbaijan").Hex());
  BOOST_TEST(dot.NodeAttr("azerbaijan", "fillcolor") == CountryColor("azerbaijan").Hex());
  BOOST_TEST(dot.NodeAttr("nato", "fillcolor") == CountryColor("").Hex());
  options.style.color_by = ColorBy::kCommunity;
  Dot by_community(*DiagramDot(a.graph, &a.analysis, options));
  Vertex v;
  BOOST_REQUIRE(a.graph.FindVertex("meloni", &v));
  BOOST_TEST(by_community.NodeAttr("meloni", "fillcolor") ==
             CommunityColor(a.analysis.community[v]).Hex());
}

BOOST_AUTO_TEST_CASE(japanese_labels_fall_back_to_the_name) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  DiagramOptions options;
  options.language = Language::kJapanese;
  Dot dot(*DiagramDot(a.graph, &a.analysis, options));
  BOOST_TEST(dot.NodeAttr("aliyev", "label") ==
             "\xE3\x82\xA2\xE3\x83\xAA\xE3\x82\xA8\xE3\x83\x95\xE5\xA4\xA7\xE7\xB5\xB1\xE9\xA0\x98");
  BOOST_TEST(dot.NodeAttr("italy", "label") == "Italy");
}

BOOST_AUTO_TEST_CASE(renders_svg_png_and_pdf_with_every_layout) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  DiagramRenderer renderer;
  DiagramOptions options;
  options.language = Language::kJapanese;
  options.title = "Week <19> & \"co\"";
  for (const char* layout : {"neato", "dot", "sfdp", "circo"}) {
    options.layout = layout;
    Result<std::string> svg = renderer.Render(a.graph, &a.analysis, options, ImageFormat::kSvg);
    BOOST_REQUIRE_MESSAGE(svg.ok(), svg.status().ToString());
    BOOST_TEST(svg->find("<svg") != std::string::npos);
    BOOST_TEST(svg->find("\xE3\x82\xA2\xE3\x83\xAA\xE3\x82\xA8\xE3\x83\x95") != std::string::npos);
    BOOST_TEST(svg->find("Week &lt;19&gt; &amp; &quot;co&quot;") != std::string::npos);
    if (HaveXmllint()) BOOST_TEST(XmllintErrors(*svg) == "", layout);
  }
  options.layout = "neato";
  Result<std::string> png = renderer.Render(a.graph, &a.analysis, options, ImageFormat::kPng);
  BOOST_REQUIRE(png.ok());
  BOOST_TEST(png->substr(0, 8) == "\x89PNG\r\n\x1a\n");
  Result<std::string> pdf = renderer.Render(a.graph, &a.analysis, options, ImageFormat::kPdf);
  BOOST_REQUIRE(pdf.ok());
  BOOST_TEST(pdf->substr(0, 5) == "%PDF-");
}

#ifdef ACTORGRAPH_TEST_PNG
// The PNG decoded: its size and RGB pixels ("" on failure).
struct Picture {
  unsigned width = 0, height = 0;
  std::vector<unsigned char> rgb;
  Rgb At(unsigned x, unsigned y) const {
    const unsigned char* p = &rgb[(std::size_t{y} * width + x) * 3];
    return Rgb{p[0], p[1], p[2]};
  }
  bool Has(Rgb c) const {
    for (std::size_t i = 0; i + 2 < rgb.size(); i += 3) {
      if (Rgb{rgb[i], rgb[i + 1], rgb[i + 2]} == c) return true;
    }
    return false;
  }
};

Picture Decode(const std::string& png) {
  Picture pic;
  png_image image;
  std::memset(&image, 0, sizeof image);
  image.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&image, png.data(), png.size())) return pic;
  image.format = PNG_FORMAT_RGB;
  pic.rgb.resize(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, pic.rgb.data(), 0, nullptr)) return Picture{};
  pic.width = image.width;
  pic.height = image.height;
  return pic;
}

// The "NNNpt" number of an SVG attribute.
unsigned SvgPoints(const std::string& svg, const std::string& attr) {
  std::size_t at = svg.find(" " + attr + "=\"");
  return at == std::string::npos ? 0 : std::stoul(svg.substr(at + attr.size() + 3));
}

// The PNG (written by our own libpng device, png_device.h) holds the
// drawing: as large as the SVG (both 72 dpi), white background, node fills
// in their exact colours (so no channel is swapped), opaque RGB.
BOOST_AUTO_TEST_CASE(png_holds_the_drawing) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  DiagramRenderer renderer;
  DiagramOptions options;
  Result<std::string> png = renderer.Render(a.graph, &a.analysis, options, ImageFormat::kPng);
  Result<std::string> svg = renderer.Render(a.graph, &a.analysis, options, ImageFormat::kSvg);
  BOOST_REQUIRE(png.ok());
  BOOST_REQUIRE(svg.ok());
  Picture pic = Decode(*png);
  BOOST_REQUIRE(pic.width > 0u);
  BOOST_TEST(static_cast<int>(pic.width) - static_cast<int>(SvgPoints(*svg, "width")) <= 1);
  BOOST_TEST(static_cast<int>(pic.height) - static_cast<int>(SvgPoints(*svg, "height")) <= 1);
  BOOST_TEST((pic.At(0, 0) == Rgb{255, 255, 255}));
  BOOST_TEST((pic.At(pic.width - 1, pic.height - 1) == Rgb{255, 255, 255}));
  for (ActorKind kind : {ActorKind::kPerson, ActorKind::kOrganization, ActorKind::kCountry})
    BOOST_TEST(pic.Has(KindColor(kind)), KindColor(kind).Hex());
  BOOST_TEST(!pic.Has(Rgb{0xff, 0x00, 0xff}));  // a colour nothing is drawn in
  BOOST_TEST(static_cast<int>(png->at(25)) == PNG_COLOR_TYPE_RGB);  // IHDR colour type
}
#endif

BOOST_AUTO_TEST_CASE(render_files_writes_each_target) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  DiagramRenderer renderer;
  std::string dir = TempDir();
  const DiagramOptions defaults;  // named: see renders_are_deterministic
  Status s = renderer.RenderFiles(a.graph, &a.analysis, defaults,
                                  {{ImageFormat::kSvg, dir + "/d.svg"},
                                   {ImageFormat::kPng, dir + "/d.png"}});
  BOOST_REQUIRE_MESSAGE(s.ok(), s.ToString());
  BOOST_TEST(ReadFileOrDie(dir + "/d.svg").find("<svg") != std::string::npos);
  BOOST_TEST(ReadFileOrDie(dir + "/d.png").substr(1, 3) == "PNG");
  // A target in a missing folder: an error naming it.
  s = renderer.RenderFiles(a.graph, &a.analysis, defaults, {{ImageFormat::kSvg, dir + "/no/d.svg"}});
  BOOST_TEST(s.ToString().find(dir + "/no/d.svg: cannot create a file") == 0, s.ToString());
}

BOOST_AUTO_TEST_CASE(unknown_layout_is_refused) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  DiagramRenderer renderer;
  DiagramOptions options;
  options.layout = "nonsense";
  Result<std::string> svg = renderer.Render(a.graph, &a.analysis, options, ImageFormat::kSvg);
  BOOST_TEST(svg.status().ToString() ==
             "unknown layout 'nonsense' (neato, dot, sfdp, circo, fdp, twopi)");
}

BOOST_AUTO_TEST_CASE(renders_are_deterministic) {
  Analyzed a = AnalyzeEvents(SampleEvents());
  Analyzed b = AnalyzeEvents(SampleEvents());
  DiagramRenderer renderer;
  // Named, not `{}`: GCC 12 warns (falsely) of an uninitialised string in
  // the temporary's destructor.
  const DiagramOptions defaults;
  for (ImageFormat f : {ImageFormat::kSvg, ImageFormat::kPng}) {
    Result<std::string> one = renderer.Render(a.graph, &a.analysis, defaults, f);
    Result<std::string> two = renderer.Render(b.graph, &b.analysis, defaults, f);
    BOOST_REQUIRE(one.ok());
    BOOST_TEST((*one == *two), ToString(f));
  }
  BOOST_TEST(*DiagramDot(a.graph, &a.analysis, defaults) == *DiagramDot(b.graph, &b.analysis, defaults));
}

// Whole hundredths of a point: x * 100 is an integer (to rounding error).
bool OnHundredths(double x) { return std::fabs(x * 100.0 - std::round(x * 100.0)) < 1e-6; }

// Every coordinate the renderer draws from: node centres, label centres,
// edge points and the bounding box.
std::vector<double> DrawnCoordinates(Agraph_t* g) {
  std::vector<double> out = {GD_bb(g).LL.x, GD_bb(g).LL.y, GD_bb(g).UR.x, GD_bb(g).UR.y};
  if (GD_label(g)) out.insert(out.end(), {GD_label(g)->pos.x, GD_label(g)->pos.y});
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    out.insert(out.end(), {ND_coord(n).x, ND_coord(n).y, ND_label(n)->pos.x, ND_label(n)->pos.y});
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      for (int i = 0; ED_spl(e) && i < ED_spl(e)->size; ++i) {
        const bezier& bz = ED_spl(e)->list[i];
        for (int j = 0; j < bz.size; ++j) out.insert(out.end(), {bz.list[j].x, bz.list[j].y});
      }
      if (ED_label(e)) out.insert(out.end(), {ED_label(e)->pos.x, ED_label(e)->pos.y});
    }
  }
  return out;
}

// neato places these three at irregular points; snapping rounds every drawn
// coordinate to 0.01 pt (why: layout_snap.h), so the drawing cannot depend
// on the layout's last bits.
BOOST_AUTO_TEST_CASE(snapped_layout_lies_on_hundredths_of_a_point) {
  Agraph_t* g = agmemread(
      "digraph { label=\"title\"; a -> b [label=\"met\"]; b -> c; c -> a [label=\"called\"]; }");
  BOOST_REQUIRE(g);
  GVC_t* gvc = gvContext();
  BOOST_REQUIRE(gvLayout(gvc, g, "neato") == 0);
  std::vector<double> before = DrawnCoordinates(g);
  BOOST_TEST(std::count_if(before.begin(), before.end(), OnHundredths) < before.size());
  export_internal::SnapLayout(g);
  std::vector<double> after = DrawnCoordinates(g);
  BOOST_TEST(after.size() == before.size());
  for (std::size_t i = 0; i < after.size(); ++i) {
    BOOST_TEST(OnHundredths(after[i]), "coordinate " << i << " = " << after[i]);
    BOOST_TEST(std::fabs(after[i] - before[i]) <= 0.005 + 1e-9);
  }
  gvFreeLayout(gvc, g);
  agclose(g);
  // The context is not freed: Graphviz's pango plugin keeps a pointer into
  // it (see SharedContext in diagram.cc), which later tests would read.
}

BOOST_AUTO_TEST_CASE(empty_graph_renders) {
  Events none;
  Analyzed a = AnalyzeEvents(none);
  DiagramRenderer renderer;
  const DiagramOptions defaults;
  Result<std::string> svg = renderer.Render(a.graph, &a.analysis, defaults, ImageFormat::kSvg);
  BOOST_TEST(svg.ok());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace testing
}  // namespace actorgraph
