// Sink: where an exporter writes its bytes. Exporters stream into a Sink so
// that a large graph never has to be held as one string: AtomicFile (see
// atomic_file.h) writes to disk, StringSink collects in memory (tests, small
// outputs).
//
// A Sink does not report errors on Append; a sink that can fail remembers its
// first error and reports it when it is finished (AtomicFile::Commit).

#ifndef ACTORGRAPH_SINK_H_
#define ACTORGRAPH_SINK_H_

#include <string>
#include <string_view>

namespace actorgraph {

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void Append(std::string_view data) = 0;
};

// Appends to a string it owns.
class StringSink : public Sink {
 public:
  void Append(std::string_view data) override { out_.append(data); }
  const std::string& str() const { return out_; }
  std::string Release() { return std::move(out_); }

 private:
  std::string out_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_SINK_H_
