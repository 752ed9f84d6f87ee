#include "site_index.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

#include "actorgraph/style.h"
#include "columns.h"
#include "text_escape.h"

namespace actorgraph {
namespace export_internal {

namespace {

constexpr const char* kStyle =
    "body{font-family:\"Noto Sans CJK JP\",\"Noto Sans\",sans-serif;margin:2em;color:#222;"
    "max-width:80em}"
    "h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}"
    "table{border-collapse:collapse;font-size:.9em;margin:.5em 0}"
    "td,th{border:1px solid #ddd;padding:.2em .5em;vertical-align:top;text-align:left}"
    "th{background:#f4f4f4}"
    "img.diagram{max-width:100%;border:1px solid #eee}"
    "nav ol{columns:4}"
    ".files a{margin-right:1em}"
    ".ev{color:#555}";

std::string Esc(const std::string& s) { return XmlText(s); }

// A name isolated from the surrounding text's direction.
std::string Name(const std::string& s) { return "<bdi>" + Esc(s) + "</bdi>"; }

std::string Fixed(double value, int digits) {
  if (!std::isfinite(value)) return "-";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, digits);
  return std::string(buf, r.ptr);
}

std::string Plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string Period(const IndexWeek& w) {
  if (w.start.empty()) return w.key;
  if (w.start == w.end) return w.start;
  return w.start + " \xE2\x80\x93 " + w.end;  // –
}

void TopActors(std::string* h, const IndexWeek& w, int top) {
  const Graph& g = w.graph->graph();
  std::size_t n = boost::num_vertices(g);
  const std::vector<double>* pr = FindMeasure(w.analysis, "pagerank", n);
  if (!pr || n == 0) return;
  std::vector<Vertex> order(n);
  for (Vertex v = 0; v < n; ++v) order[v] = v;
  std::stable_sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
    double x = (*pr)[a], y = (*pr)[b];
    if (!std::isfinite(x)) x = -1;
    if (!std::isfinite(y)) y = -1;
    return x > y;
  });
  if (order.size() > static_cast<std::size_t>(top)) order.resize(static_cast<std::size_t>(top));
  *h += "<h3>Top actors (PageRank)</h3>\n<table><tr><th>#</th><th>actor</th><th>kind</th>"
        "<th>PageRank</th><th>interactions</th></tr>\n";
  int rank = 0;
  for (Vertex v : order) {
    const VertexInfo& info = g[v];
    *h += "<tr><td>" + std::to_string(++rank) + "</td><td>" +
          Name(info.name.empty() ? info.id : info.name);
    if (!info.name_ja.empty()) *h += " (" + Name(info.name_ja) + ")";
    *h += "</td><td>" + std::string(ToString(info.kind)) + "</td><td>" + Fixed((*pr)[v], 4) +
          "</td><td>" + std::to_string(boost::out_degree(v, g) + boost::in_degree(v, g)) +
          "</td></tr>\n";
  }
  *h += "</table>\n";
}

void Interactions(std::string* h, const IndexWeek& w) {
  std::map<std::string, const Actor*> actors;
  for (const Actor& a : w.events->actors) actors.emplace(a.id, &a);
  auto name = [&](const std::string& id) {
    auto it = actors.find(id);
    if (it == actors.end() || it->second->name.empty()) return Name(id);
    return Name(it->second->name);
  };
  *h += "<h3>Interactions</h3>\n<table><tr><th>date</th><th>type</th><th>source</th>"
        "<th>target</th><th>place</th><th>outlets</th><th>evidence</th><th>document</th></tr>\n";
  for (const Interaction& i : w.events->interactions) {
    *h += "<tr><td>" + Esc(i.date) + "</td><td>" + ToString(i.type) + "</td><td>" +
          name(i.source) + "</td><td>" + name(i.target) + "</td><td>" + Esc(i.place) +
          "</td><td>" + Esc(Join(i.outlets, ", ")) + "</td><td class=\"ev\">";
    for (std::size_t k = 0; k < i.evidence.size(); ++k) {
      if (k) *h += "<br/>";
      *h += Esc(i.evidence[k].sentence);
    }
    *h += "</td><td>" + Esc(i.document);
    if (i.item > 0) *h += " #" + std::to_string(i.item);
    *h += "</td></tr>\n";
  }
  *h += "</table>\n";
}

}  // namespace

std::string SiteIndexHtml(const std::vector<IndexWeek>& weeks, const IndexCorpus& corpus) {
  std::string h;
  h += "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
       "<meta charset=\"utf-8\"/>\n"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
       "<title>actorgraph: weekly actor graphs</title>\n<style>";
  h += kStyle;
  h += "</style>\n</head>\n<body>\n<h1>Weekly actor graphs</h1>\n<p>";
  h += Plural(weeks.size(), "week") + ", " + Plural(corpus.actors, "actor") + ", " +
       Plural(corpus.interactions, "interaction") + " from " +
       Plural(corpus.documents, "document") + ".</p>\n";
  h += "<p class=\"files\">Whole corpus: <a href=\"all/graph.gexf\">graph.gexf</a> (dynamic, "
       "for Gephi's timeline) <a href=\"all/graph.graphml\">graph.graphml</a> "
       "<a href=\"all/graph.json\">graph.json</a> <a href=\"all/nodes.csv\">nodes.csv</a> "
       "<a href=\"all/edges.csv\">edges.csv</a> <a href=\"all/events.json\">events.json</a></p>\n";
  h += "<nav><ol>\n";
  for (const IndexWeek& w : weeks) {
    h += "<li><a href=\"#w-" + w.key + "\">" + Esc(Period(w)) + "</a> (" +
         std::to_string(w.events->interactions.size()) + ")</li>\n";
  }
  h += "</ol></nav>\n";
  for (const IndexWeek& w : weeks) {
    const std::string dir = w.key + "/";
    h += "<section id=\"w-" + w.key + "\">\n<h2>" + Esc(Period(w)) + "</h2>\n<p>" +
         Plural(w.graph->actor_count(), "actor") + ", " +
         Plural(w.events->interactions.size(), "interaction");
    if (!w.events->documents.empty()) {
      h += "; from ";
      for (std::size_t k = 0; k < w.events->documents.size(); ++k) {
        if (k) h += ", ";
        h += Esc(w.events->documents[k].file);
      }
    }
    h += ".</p>\n";
    if (w.diagram) {
      h += "<p><a href=\"" + dir + "diagram.svg\"><img class=\"diagram\" src=\"" + dir +
           "diagram.svg\" alt=\"diagram of " + XmlAttribute(Period(w)) +
           "\" loading=\"lazy\"/></a></p>\n";
    }
    h += "<p class=\"files\">";
    if (w.diagram) {
      h += "<a href=\"" + dir + "diagram.svg\">diagram.svg</a> <a href=\"" + dir +
           "diagram.png\">diagram.png</a> ";
    }
    h += "<a href=\"" + dir + "graph.graphml\">graph.graphml</a> <a href=\"" + dir +
         "graph.gexf\">graph.gexf</a> <a href=\"" + dir + "graph.dot\">graph.dot</a> <a href=\"" +
         dir + "events.json\">events.json</a></p>\n";
    TopActors(&h, w, corpus.top_actors);
    Interactions(&h, w);
    h += "</section>\n";
  }
  h += "</body>\n</html>\n";
  return h;
}

}  // namespace export_internal
}  // namespace actorgraph
