#include "actorgraph/weekly_site.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

#include "actorgraph/analysis.h"
#include "actorgraph/atomic_file.h"
#include "actorgraph/csv_tables.h"
#include "actorgraph/gexf.h"
#include "actorgraph/graphml.h"
#include "actorgraph/node_link_json.h"
#include "actorgraph/iso_week.h"
#include "dates.h"
#include "process_pool.h"
#include "site_index.h"

namespace actorgraph {

using namespace export_internal;
namespace fs = std::filesystem;

const char kSiteMarker[] = ".actorgraph-site";

namespace {

std::string ErrorText(int err) { return strerror(err); }

struct WeekKey {
  std::string key, start, end;
};

WeekKey KeyOf(const Interaction& i, const std::map<std::string, const Events::DocumentInfo*>& docs) {
  auto it = docs.find(i.document);
  if (it != docs.end() && IsValidIsoDate(it->second->period_start) &&
      IsValidIsoDate(it->second->period_end)) {
    const auto* d = it->second;
    return {d->period_start + "_" + d->period_end, d->period_start, d->period_end};
  }
  std::string week = IsoWeek(i.date);
  if (week.empty()) return {"undated", "", ""};
  std::string monday = MondayOfIsoWeek(week);
  return {week, monday, AddDays(monday, 6)};
}

std::string WeekTitle(const WeekSlice& w) {
  std::string period = w.start + " \xE2\x80\x93 " + w.end;
  std::string title = w.start.empty()                        ? "Undated interactions"
                      : w.key.find("-W") != std::string::npos ? "Week " + w.key + " (" + period + ")"
                                                              : "Week " + period;
  return title + " \xC2\xB7 " + std::to_string(w.events.interactions.size()) + " interactions";
}

// Everything the site needs of one week once its data files are written.
struct BuiltWeek {
  const WeekSlice* slice = nullptr;
  ActorGraph graph;
  GraphAnalysis analysis;
};

// Writes `write(sink)` to `path` atomically (no fsync: the folder is synced
// once at the end).
template <typename WriteFn>
Status WriteFile(const std::string& path, WriteFn write) {
  AtomicFileOptions options;
  options.sync = false;
  Result<std::unique_ptr<AtomicFile>> file = AtomicFile::Create(path, options);
  if (!file.ok()) return file.status();
  write(file->get());
  return (*file)->Commit();
}

Status MakeFolder(const std::string& path) {
  if (::mkdir(path.c_str(), 0777) != 0)
    return Status::IOError("cannot create folder: " + ErrorText(errno)).At(path);
  return Status::OK();
}

Status WriteGraphFiles(const std::string& dir, const ActorGraph& graph,
                       const GraphAnalysis& analysis, const Events& events,
                       const SiteOptions& options, const std::string& title, bool week) {
  Status s = WriteFile(dir + "/graph.graphml", [&](Sink* out) {
    GraphmlOptions o;
    o.title = title;
    WriteGraphml(graph, &analysis, o, out);
  });
  if (s.ok()) {
    s = WriteFile(dir + "/graph.gexf", [&](Sink* out) {
      GexfOptions o;
      o.title = title;
      o.style = options.diagram.style;
      WriteGexf(graph, &analysis, o, out);
    });
  }
  if (s.ok()) {
    s = WriteFile(dir + "/events.json", [&](Sink* out) { out->Append(EventsToJson(events)); });
  }
  if (s.ok() && week) {
    DiagramOptions d = options.diagram;
    d.title = title;
    Result<std::string> dot = DiagramDot(graph, &analysis, d);
    if (!dot.ok()) return dot.status().At(dir + "/graph.dot");
    s = WriteFile(dir + "/graph.dot", [&](Sink* out) { out->Append(*dot); });
  }
  if (s.ok() && !week) {
    s = WriteFile(dir + "/graph.json", [&](Sink* out) {
      NodeLinkOptions o;
      o.title = title;
      o.style = options.diagram.style;
      WriteNodeLinkJson(graph, &analysis, o, out);
    });
    if (s.ok())
      s = WriteFile(dir + "/nodes.csv", [&](Sink* out) { WriteNodesCsv(graph, &analysis, out); });
    if (s.ok()) s = WriteFile(dir + "/edges.csv", [&](Sink* out) { WriteEdgesCsv(graph, out); });
  }
  return s;
}

bool IsEmptyFolder(const std::string& path) {
  std::error_code ec;
  return fs::is_directory(path, ec) && fs::is_empty(path, ec) && !ec;
}

bool IsSite(const std::string& path) {
  std::error_code ec;
  return fs::is_directory(path, ec) && fs::exists(fs::path(path) / kSiteMarker, ec);
}

Status FsyncFolder(const std::string& folder) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Status::OK();  // best effort
  ::fsync(fd);
  ::close(fd);
  return Status::OK();
}

// Moves the finished `temp` folder to `out`, replacing a previous site.
Status Publish(const std::string& temp, const std::string& out, const std::string& parent) {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(out, ec))) {
    if (::rename(temp.c_str(), out.c_str()) != 0)
      return Status::IOError("cannot move the finished site into place: " + ErrorText(errno))
          .At(out);
    return FsyncFolder(parent);
  }
  if (!IsSite(out) && !IsEmptyFolder(out)) {
    return Status::IOError(
               "exists and is not a site built by actorgraph (no " + std::string(kSiteMarker) +
               "): refusing to replace it; remove it or choose another output folder")
        .At(out);
  }
  // Swap atomically, then delete the old site.
  if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) != 0) {
    if (errno != EINVAL && errno != ENOSYS)
      return Status::IOError("cannot replace the previous site: " + ErrorText(errno)).At(out);
    // No RENAME_EXCHANGE on this file system: move the old one aside first.
    std::string old = temp + ".old";
    if (::rename(out.c_str(), old.c_str()) != 0)
      return Status::IOError("cannot move the previous site aside: " + ErrorText(errno)).At(out);
    if (::rename(temp.c_str(), out.c_str()) != 0) {
      int err = errno;
      ::rename(old.c_str(), out.c_str());
      return Status::IOError("cannot move the finished site into place: " + ErrorText(err))
          .At(out);
    }
    fs::remove_all(old, ec);
    return FsyncFolder(parent);
  }
  fs::remove_all(temp, ec);  // now holds the previous site
  return FsyncFolder(parent);
}

// Removes the temporary folder unless released.
class TempFolder {
 public:
  explicit TempFolder(std::string path) : path_(std::move(path)) {}
  ~TempFolder() {
    if (!path_.empty()) {
      std::error_code ec;
      fs::remove_all(path_, ec);
    }
  }
  const std::string& path() const { return path_; }
  void Release() { path_.clear(); }

 private:
  std::string path_;
};

}  // namespace

std::vector<WeekSlice> SplitIntoWeeks(const Events& events) {
  std::map<std::string, const Events::DocumentInfo*> docs;
  for (const Events::DocumentInfo& d : events.documents) docs.emplace(d.file, &d);
  std::map<std::string, std::size_t> index;
  std::vector<WeekSlice> weeks;
  std::vector<std::set<std::string>> actor_ids, doc_files;
  for (const Interaction& i : events.interactions) {
    WeekKey k = KeyOf(i, docs);
    auto [it, inserted] = index.emplace(k.key, weeks.size());
    if (inserted) {
      weeks.push_back({k.key, k.start, k.end, {}});
      actor_ids.emplace_back();
      doc_files.emplace_back();
    }
    std::size_t w = it->second;
    weeks[w].events.interactions.push_back(i);
    actor_ids[w].insert(i.source);
    actor_ids[w].insert(i.target);
    doc_files[w].insert(i.document);
  }
  for (std::size_t w = 0; w < weeks.size(); ++w) {
    std::set<std::string> seen;
    for (const Actor& a : events.actors) {
      if (actor_ids[w].count(a.id) && seen.insert(a.id).second) weeks[w].events.actors.push_back(a);
    }
    std::set<std::string> seen_docs;
    for (const Events::DocumentInfo& d : events.documents) {
      if (doc_files[w].count(d.file) && seen_docs.insert(d.file).second)
        weeks[w].events.documents.push_back(d);
    }
  }
  std::stable_sort(weeks.begin(), weeks.end(), [](const WeekSlice& a, const WeekSlice& b) {
    if (a.start.empty() != b.start.empty()) return b.start.empty();  // undated last
    if (a.start != b.start) return a.start < b.start;
    return a.key < b.key;
  });
  return weeks;
}

Status BuildWeeklySite(const Events& events, const std::string& out_dir,
                       const SiteOptions& options) {
  if (options.diagrams && !IsSupportedLayout(options.diagram.layout))
    return Status::InvalidArgument("unknown layout '" + options.diagram.layout +
                                   "' (neato, dot, sfdp, circo, fdp, twopi)");
  std::string out = out_dir;
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  if (out.empty()) return Status::InvalidArgument("empty output folder name");
  fs::path out_path(out);
  std::string parent = out_path.has_parent_path() ? out_path.parent_path().string() : ".";
  std::string name = out_path.filename().string();
  if (name.empty() || name == "." || name == "..")
    return Status::InvalidArgument("output must name a folder to create").At(out);
  {
    std::error_code ec;
    if (fs::exists(out, ec) && !fs::is_directory(out, ec))
      return Status::IOError("exists and is not a folder").At(out);
    if (!IsSite(out) && fs::exists(out, ec) && !IsEmptyFolder(out)) {
      return Status::IOError(
                 "exists and is not a site built by actorgraph (no " +
                 std::string(kSiteMarker) +
                 "): refusing to replace it; remove it or choose another output folder")
          .At(out);
    }
  }
  std::string temp_template = parent + "/." + name + ".tmp-XXXXXX";
  if (!::mkdtemp(temp_template.data())) {
    return Status::IOError("cannot create a folder in " + parent + ": " + ErrorText(errno))
        .At(out);
  }
  TempFolder temp(temp_template);
  const std::string& root = temp.path();

  // 1. Per week: graph and analysis (here: index.html needs them too).
  std::vector<WeekSlice> slices = SplitIntoWeeks(events);
  std::vector<BuiltWeek> weeks(slices.size());
  for (std::size_t i = 0; i < slices.size(); ++i) {
    BuiltWeek& w = weeks[i];
    w.slice = &slices[i];
    w.graph = ActorGraph::FromEvents(slices[i].events, options.weights);
    w.analysis = Analyze(w.graph);
    Status s = MakeFolder(root + "/" + slices[i].key);
    if (!s.ok()) return s;
  }

  // 2. Per week, in worker processes: data files and diagrams.
  // (the renderer is made here, before any drawing, so that every week's
  // process starts from the same Graphviz and cairo state)
  ProcessPool pool;
  std::unique_ptr<DiagramRenderer> renderer;
  if (options.diagrams) renderer = std::make_unique<DiagramRenderer>();
  Status s = pool.Start(options.jobs, weeks.size(), [&](std::size_t i) -> Status {
    const BuiltWeek& w = weeks[i];
    std::string dir = root + "/" + w.slice->key;
    std::string title = WeekTitle(*w.slice);
    Status r = WriteGraphFiles(dir, w.graph, w.analysis, w.slice->events, options, title, true);
    if (r.ok() && options.diagrams) {
      if (!renderer) renderer = std::make_unique<DiagramRenderer>();
      DiagramOptions d = options.diagram;
      d.title = title;
      AtomicFileOptions files;
      files.sync = false;
      r = renderer->RenderFiles(
          w.graph, &w.analysis, d,
          {{ImageFormat::kSvg, dir + "/diagram.svg"}, {ImageFormat::kPng, dir + "/diagram.png"}},
          files);
    }
    return r;
  }, [&](std::size_t i) {
    if (options.progress) options.progress(i + 1, weeks.size(), weeks[i].slice->key);
  });
  if (!s.ok()) return s;

  // 3. Meanwhile, the whole corpus.
  {
    ActorGraph graph = ActorGraph::FromEvents(events, options.weights);
    GraphAnalysis analysis = Analyze(graph);
    std::string dir = root + "/all";
    s = MakeFolder(dir);
    if (s.ok()) {
      std::string title = "All weeks \xC2\xB7 " + std::to_string(events.interactions.size()) +
                          " interactions";
      s = WriteGraphFiles(dir, graph, analysis, events, options, title, false);
    }
    if (!s.ok()) return s;
  }

  // 4. index.html and the marker.
  std::vector<IndexWeek> index;
  for (const BuiltWeek& w : weeks) {
    index.push_back({w.slice->key, w.slice->start, w.slice->end, &w.slice->events, &w.graph,
                     &w.analysis, options.diagrams});
  }
  IndexCorpus corpus;
  corpus.actors = events.actors.size();
  corpus.interactions = events.interactions.size();
  corpus.documents = events.documents.size();
  corpus.top_actors = options.top_actors;
  s = WriteFile(root + "/index.html",
                [&](Sink* out) { out->Append(SiteIndexHtml(index, corpus)); });
  if (s.ok())
    s = WriteFile(root + "/" + kSiteMarker,
                  [](Sink* out) { out->Append("built by actorgraph build\n"); });
  if (!s.ok()) return s;
  s = pool.Wait();
  if (s.ok()) s = SyncFileSystem(root);
  if (!s.ok()) return s;
  if (::chmod(root.c_str(), 0777 & ~[] {
        mode_t m = ::umask(0);
        ::umask(m);
        return m;
      }()) != 0) {
    return Status::IOError("cannot set permissions: " + ErrorText(errno)).At(out);
  }

  // 5. Into place.
  s = Publish(root, out, parent);
  if (!s.ok()) return s;
  temp.Release();
  return Status::OK();
}

}  // namespace actorgraph
