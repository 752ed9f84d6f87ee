// WeightTable: the weight of each interaction type, read from JSON with a
// RapidJSON SAX handler so every error can name its line and column.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string_view>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "actorgraph/actor_graph.h"
#include "actorgraph/embedded_data.h"

namespace actorgraph {

namespace {

// The error of `status` at byte `offset` of `text`, as "file:line:column".
Status AtOffset(const Status& status, const std::string& file, std::string_view text,
                std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  std::string_view before = text.substr(0, offset);
  std::size_t last_newline = before.rfind('\n');
  int line = 1;
  for (char c : before) line += c == '\n';
  int column =
      static_cast<int>(last_newline == std::string_view::npos ? offset + 1 : offset - last_newline);
  return status.At(file, line, column);
}

// Accepts {"weights": {TYPE: NUMBER, ...}, "_...": anything}. Depth 1 is the
// top object, depth 2 the "weights" object; anything deeper is only allowed
// under a "_" comment key.
class WeightsHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, WeightsHandler> {
 public:
  explicit WeightsHandler(double* weights) : weights_(weights) {}

  Status error;  // the first semantic error (its place is added by the caller)
  bool saw_weights = false;

  bool StartObject() { return Open(true); }
  bool EndObject(rapidjson::SizeType) { return Close(); }
  bool StartArray() { return Open(false); }
  bool EndArray(rapidjson::SizeType) { return Close(); }

  bool Key(const char* s, rapidjson::SizeType n, bool) {
    key_.assign(s, n);
    if (comment_depth_ > 0) return true;
    if (depth_ == 1) {
      if (key_ == "weights" || key_.rfind('_', 0) == 0) return true;
      return Fail("unknown key \"" + key_ + "\" (expected \"weights\")");
    }
    if (key_.rfind('_', 0) == 0) return true;
    InteractionType type;
    if (!ParseInteractionType(key_, &type))
      return Fail("unknown interaction type \"" + key_ + "\"");
    return true;
  }

  bool Double(double d) { return Number(d); }
  bool Int(int i) { return Number(i); }
  bool Uint(unsigned u) { return Number(u); }
  bool Int64(int64_t i) { return Number(static_cast<double>(i)); }
  bool Uint64(uint64_t u) { return Number(static_cast<double>(u)); }
  // Strings, booleans and null: only allowed as comments.
  bool Default() { return Scalar("a number"); }

 private:
  bool Open(bool object) {
    if (depth_ == 0) {
      if (!object) return Fail("a weights file must be a JSON object");
    } else if (comment_depth_ > 0 || IsCommentKey()) {
      ++comment_depth_;
    } else if (depth_ == 1 && key_ == "weights" && object) {
      saw_weights = true;
    } else {
      return Fail(depth_ == 1 ? "\"weights\" must be an object" : "a weight must be a number");
    }
    ++depth_;
    return true;
  }
  bool Close() {
    --depth_;
    if (comment_depth_ > 0) --comment_depth_;
    return true;
  }
  bool IsCommentKey() const { return key_.rfind('_', 0) == 0; }
  bool Scalar(const char* expected) {
    if (depth_ == 0) return Fail("a weights file must be a JSON object");
    if (comment_depth_ > 0 || IsCommentKey()) return true;
    return Fail(depth_ == 1 ? "\"weights\" must be an object"
                            : std::string("the weight of \"") + key_ + "\" must be " + expected);
  }
  bool Number(double value) {
    if (comment_depth_ > 0 || IsCommentKey()) return true;
    if (depth_ != 2) return Scalar("a number");
    if (!std::isfinite(value) || value <= 0) {
      return Fail("the weight of \"" + key_ + "\" must be > 0");
    }
    InteractionType type;
    ParseInteractionType(key_, &type);  // checked in Key()
    weights_[static_cast<int>(type)] = value;
    return true;
  }
  bool Fail(std::string message) {
    error = Status::Corruption(std::move(message));
    return false;
  }

  double* weights_;  // kInteractionTypeCount of them
  std::string key_;
  int depth_ = 0;
  int comment_depth_ = 0;
};

// Reads `json` into `weights` (kInteractionTypeCount values).
Status ParseWeights(const std::string& json, const std::string& file, double* weights) {
  WeightsHandler handler(weights);
  rapidjson::Reader reader;
  rapidjson::StringStream stream(json.c_str());
  rapidjson::ParseResult result = reader.Parse(stream, handler);
  if (!handler.error.ok()) return AtOffset(handler.error, file, json, stream.Tell());
  if (result.IsError()) {
    return AtOffset(Status::Corruption(rapidjson::GetParseError_En(result.Code())), file, json,
                    result.Offset());
  }
  if (!handler.saw_weights) return Status::Corruption("no \"weights\" object").At(file, 1, 1);
  return Status::OK();
}

}  // namespace

WeightTable::WeightTable() {
  struct Defaults {
    double weights[kInteractionTypeCount];
    Defaults() {
      for (double& w : weights) w = 1.0;
      Status status =
          ParseWeights(std::string(EmbeddedDataFile("weights.json")), "data/weights.json", weights);
      if (!status.ok()) {
        std::fprintf(stderr, "actorgraph: built-in %s\n", status.ToString().c_str());
        std::abort();
      }
    }
  };
  static const Defaults defaults;
  std::copy(defaults.weights, defaults.weights + kInteractionTypeCount, weights_);
}

Result<WeightTable> WeightTable::FromJson(const std::string& json, const std::string& file) {
  WeightTable table;
  Status status = ParseWeights(json, file, table.weights_);
  if (!status.ok()) return status;
  return table;
}

Result<WeightTable> WeightTable::ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open weights file").At(path);
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IOError("cannot read weights file").At(path);
  return FromJson(text.str(), path);
}

}  // namespace actorgraph
