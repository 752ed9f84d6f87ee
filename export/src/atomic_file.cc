#include "actorgraph/atomic_file.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

#include <atomic>
#include <utility>

namespace actorgraph {

namespace {

constexpr std::size_t kBufferSize = 1 << 16;

std::string ErrorText(int err) {
  char buf[256];
  // GNU strerror_r returns the message (maybe not in buf).
  return strerror_r(err, buf, sizeof buf);
}

std::string FolderOf(const std::string& path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string BaseOf(const std::string& path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

Status FsyncFolder(const std::string& folder, const std::string& path) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Status::IOError("cannot open folder to sync: " + ErrorText(errno)).At(path);
  int rc = ::fsync(fd);
  int err = errno;
  ::close(fd);
  // Some file systems cannot fsync a folder; that is not a write failure.
  if (rc != 0 && err != EINVAL && err != EROFS)
    return Status::IOError("cannot sync folder: " + ErrorText(err)).At(path);
  return Status::OK();
}

}  // namespace

Result<std::unique_ptr<AtomicFile>> AtomicFile::Create(const std::string& path,
                                                       AtomicFileOptions options) {
  static std::atomic<unsigned> counter{0};
  if (path.empty() || path.back() == '/')
    return Status::InvalidArgument("not a file name").At(path);
  // A device or pipe ("-o /dev/stdout", "/dev/null") is written in place:
  // renaming a temporary file over it would replace the device itself.
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return Status::IOError("cannot open for writing: " + ErrorText(errno)).At(path);
    return std::unique_ptr<AtomicFile>(new AtomicFile(path, "", fd, std::move(options)));
  }
  std::string folder = FolderOf(path);
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string temp = folder + "/." + BaseOf(path) + ".tmp-" + std::to_string(::getpid()) + "-" +
                       std::to_string(counter++);
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      return std::unique_ptr<AtomicFile>(
          new AtomicFile(path, std::move(temp), fd, std::move(options)));
    }
    if (errno != EEXIST) {
      return Status::IOError("cannot create a file in folder " + folder + ": " + ErrorText(errno))
          .At(path);
    }
  }
  return Status::IOError("cannot create a unique temporary file in " + folder).At(path);
}

AtomicFile::AtomicFile(std::string path, std::string temp_path, int fd, AtomicFileOptions options)
    : path_(std::move(path)), temp_path_(std::move(temp_path)), fd_(fd),
      options_(std::move(options)) {
  buffer_.reserve(kBufferSize);
}

AtomicFile::~AtomicFile() {
  if (!done_) Abort();
}

void AtomicFile::Fail(const std::string& what, int err) {
  if (status_.ok()) status_ = Status::IOError(what + ": " + ErrorText(err)).At(path_);
}

void AtomicFile::Append(std::string_view data) {
  if (!status_.ok() || done_) return;
  if (buffer_.size() + data.size() > kBufferSize) {
    Flush();
    if (data.size() >= kBufferSize) {  // large pieces go straight through
      WriteAll(data.data(), data.size());
      return;
    }
  }
  buffer_.append(data);
}

void AtomicFile::Flush() {
  WriteAll(buffer_.data(), buffer_.size());
  buffer_.clear();
}

void AtomicFile::WriteAll(const char* p, std::size_t left) {
  while (left > 0 && status_.ok()) {
    ssize_t n = options_.write ? options_.write(fd_, p, left) : ::write(fd_, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      Fail("cannot write", errno);
    } else if (n == 0) {
      Fail("cannot write", EIO);
    } else {
      p += n;
      left -= static_cast<std::size_t>(n);
    }
  }
}

Status AtomicFile::Commit() {
  if (done_) return Status::IOError("file already committed or aborted").At(path_);
  Flush();
  // A device or pipe may not support fsync (EINVAL): nothing to make durable.
  if (status_.ok() && options_.sync && ::fsync(fd_) != 0 && !(temp_path_.empty() && errno == EINVAL))
    Fail("cannot sync", errno);
  if (::close(fd_) != 0 && status_.ok()) Fail("cannot close", errno);
  fd_ = -1;
  if (temp_path_.empty()) {  // written in place (a device or pipe)
    done_ = true;
    return status_;
  }
  if (status_.ok() && ::rename(temp_path_.c_str(), path_.c_str()) != 0)
    Fail("cannot rename the temporary file into place", errno);
  if (!status_.ok()) {
    ::unlink(temp_path_.c_str());
    done_ = true;
    return status_;
  }
  done_ = true;
  if (options_.sync) return FsyncFolder(FolderOf(path_), path_);
  return Status::OK();
}

void AtomicFile::Abort() {
  if (done_) return;
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
  done_ = true;
}

Status WriteFileAtomically(const std::string& path, std::string_view data,
                           AtomicFileOptions options) {
  Result<std::unique_ptr<AtomicFile>> file = AtomicFile::Create(path, std::move(options));
  if (!file.ok()) return file.status();
  (*file)->Append(data);
  return (*file)->Commit();
}

Status SyncFileSystem(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IOError("cannot open to sync: " + ErrorText(errno)).At(path);
  int rc = ::syncfs(fd);
  int err = errno;
  ::close(fd);
  if (rc != 0) return Status::IOError("cannot sync: " + ErrorText(err)).At(path);
  return Status::OK();
}

}  // namespace actorgraph
