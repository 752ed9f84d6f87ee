// AtomicFile: writes a file so that readers only ever see the old file or the
// complete new one, never half a file.
//
// The bytes go to a temporary file in the same folder (".NAME.tmp-PID-N",
// created with O_EXCL), which Commit() flushes, fsyncs, and renames over
// NAME; then the folder is fsynced. On any failure, or when the AtomicFile is
// destroyed without a successful Commit(), the temporary file is removed and
// NAME is left as it was. Errors are Status::IOError naming NAME. A NAME
// that is a device or a pipe ("/dev/stdout", "/dev/null") is written in
// place: renaming over it would replace the device with a file.
//
// Typical use:
//   Result<std::unique_ptr<AtomicFile>> f = AtomicFile::Create(path);
//   if (!f.ok()) return f.status();
//   WriteGraphml(graph, analysis, {}, f->get());
//   return (*f)->Commit();
//
// An AtomicFile is used by one thread at a time. It is not copyable.

#ifndef ACTORGRAPH_ATOMIC_FILE_H_
#define ACTORGRAPH_ATOMIC_FILE_H_

#include <sys/types.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "actorgraph/sink.h"
#include "actorgraph/status.h"

namespace actorgraph {

struct AtomicFileOptions {
  // fsync the file before the rename and the folder after it. A caller that
  // writes many files into a fresh temporary folder may turn this off and
  // sync once at the end (see SyncFileSystem).
  bool sync = true;
  // The write(2) to use; tests inject one that fails like a full disk.
  // Empty means ::write.
  std::function<ssize_t(int fd, const void* data, std::size_t size)> write;
};

class AtomicFile : public Sink {
 public:
  // Creates the temporary file beside `path`. Fails (IOError naming `path`)
  // when the folder does not exist or cannot be written.
  static Result<std::unique_ptr<AtomicFile>> Create(const std::string& path,
                                                    AtomicFileOptions options = {});
  ~AtomicFile() override;  // removes the temporary file unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Buffers `data`; after the first write error further data is dropped and
  // the error is returned by Commit().
  void Append(std::string_view data) override;

  // Flushes, syncs and renames into place. Returns the first error of any
  // Append, or of the flush, fsync, close or rename. Call at most once.
  Status Commit();

  // Discards everything written: removes the temporary file.
  void Abort();

  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_path_; }

 private:
  AtomicFile(std::string path, std::string temp_path, int fd, AtomicFileOptions options);
  void Flush();
  void WriteAll(const char* data, std::size_t size);
  void Fail(const std::string& what, int err);

  std::string path_;
  std::string temp_path_;
  int fd_;
  AtomicFileOptions options_;
  std::string buffer_;
  Status status_;
  bool done_ = false;
};

// Writes `data` to `path` through an AtomicFile.
Status WriteFileAtomically(const std::string& path, std::string_view data,
                           AtomicFileOptions options = {});

// Flushes the file system holding `path` to disk (syncfs(2)); used after
// writing a folder of files with sync off.
Status SyncFileSystem(const std::string& path);

}  // namespace actorgraph

#endif  // ACTORGRAPH_ATOMIC_FILE_H_
