// AtomicFile: complete files or nothing, and errors that name the file.

#include <errno.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include <boost/test/unit_test.hpp>

#include "actorgraph/atomic_file.h"
#include "test_util.h"

namespace actorgraph {
namespace testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Listing(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

// A folder this process cannot create files in, or "" when there is none
// (root ignores permission bits; /sys refuses even root).
std::string UnwritableFolder() {
  if (::geteuid() != 0) {
    std::string dir = TempDir() + "/readonly";
    fs::create_directory(dir);
    ::chmod(dir.c_str(), 0555);
    return dir;
  }
  std::error_code ec;
  if (fs::is_directory("/sys", ec)) return "/sys";  // sysfs refuses new files
  return "";
}

BOOST_AUTO_TEST_SUITE(atomic_file)

BOOST_AUTO_TEST_CASE(writes_and_replaces_a_file) {
  std::string dir = TempDir();
  std::string path = dir + "/out.txt";
  BOOST_TEST(WriteFileAtomically(path, "first").ok());
  BOOST_TEST(ReadFileOrDie(path) == "first");
  std::string big(3 << 20, 'x');  // larger than the buffer
  big[12345] = 'y';
  BOOST_TEST(WriteFileAtomically(path, big).ok());
  BOOST_TEST(ReadFileOrDie(path) == big);
  BOOST_TEST(Listing(dir) == std::vector<std::string>{"out.txt"});
}

BOOST_AUTO_TEST_CASE(streams_many_small_pieces) {
  std::string path = TempDir() + "/pieces.txt";
  auto file = AtomicFile::Create(path);
  BOOST_REQUIRE(file.ok());
  std::string expected;
  for (int i = 0; i < 100000; ++i) {
    std::string piece = std::to_string(i) + ",";
    (*file)->Append(piece);
    expected += piece;
  }
  BOOST_TEST(!fs::exists(path));  // nothing visible before Commit
  BOOST_TEST((*file)->Commit().ok());
  BOOST_TEST(ReadFileOrDie(path) == expected);
}

BOOST_AUTO_TEST_CASE(a_full_disk_keeps_the_old_file_and_leaves_no_temporary) {
  std::string dir = TempDir();
  std::string path = dir + "/graph.graphml";
  BOOST_REQUIRE(WriteFileAtomically(path, "old contents").ok());
  // A disk that fills up after 100,000 bytes.
  std::size_t written = 0;
  AtomicFileOptions options;
  options.write = [&written](int fd, const void* data, std::size_t size) -> ssize_t {
    if (written >= 100000) {
      errno = ENOSPC;
      return -1;
    }
    std::size_t n = std::min<std::size_t>(size, 100000 - written);
    written += n;
    return ::write(fd, data, n);
  };
  Status s = WriteFileAtomically(path, std::string(1 << 20, 'z'), options);
  BOOST_TEST(s.ExitCode() == 4);  // IOError
  BOOST_TEST(s.ToString() == path + ": cannot write: No space left on device");
  BOOST_TEST(ReadFileOrDie(path) == "old contents");
  BOOST_TEST(Listing(dir) == std::vector<std::string>{"graph.graphml"});
}

BOOST_AUTO_TEST_CASE(a_file_size_limit_fails_cleanly) {
  // The kernel's own failure (EFBIG), in a child that may lower its limit.
  std::string dir = TempDir();
  std::string path = dir + "/big.bin";
  pid_t pid = fork();
  BOOST_REQUIRE(pid >= 0);
  if (pid == 0) {
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit limit = {4096, 4096};
    setrlimit(RLIMIT_FSIZE, &limit);
    Status s = WriteFileAtomically(path, std::string(1 << 20, 'z'));
    bool expected = s.ToString() == path + ": cannot write: File too large";
    _exit(expected ? 0 : 1);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  BOOST_TEST(WIFEXITED(status));
  BOOST_TEST(WEXITSTATUS(status) == 0);
  BOOST_TEST(Listing(dir).empty());
}

BOOST_AUTO_TEST_CASE(an_unwritable_folder_is_an_error_naming_the_file) {
  std::string dir = UnwritableFolder();
  if (dir.empty()) {
    BOOST_TEST_MESSAGE("no unwritable folder on this machine; skipped");
    return;
  }
  std::string path = dir + "/out.graphml";
  Status s = WriteFileAtomically(path, "data");
  BOOST_TEST(s.ExitCode() == 4);  // IOError
  BOOST_TEST(s.ToString().rfind(path + ": cannot create a file in folder " + dir + ": ", 0) == 0,
             s.ToString());
  BOOST_TEST(!fs::exists(path));
}

BOOST_AUTO_TEST_CASE(a_missing_folder_is_an_error) {
  std::string path = TempDir() + "/no/such/folder/out.txt";
  Status s = WriteFileAtomically(path, "data");
  BOOST_TEST(s.ExitCode() == 4);  // IOError
  BOOST_TEST(s.ToString().find("No such file or directory") != std::string::npos, s.ToString());
}

BOOST_AUTO_TEST_CASE(a_folder_in_the_way_fails_at_rename) {
  std::string dir = TempDir();
  fs::create_directory(dir + "/taken");
  fs::create_directory(dir + "/taken/inside");
  Status s = WriteFileAtomically(dir + "/taken", "data");
  BOOST_TEST(s.ExitCode() == 4);  // IOError
  BOOST_TEST(s.ToString().find(dir + "/taken: cannot rename the temporary file into place") == 0,
             s.ToString());
  BOOST_TEST(Listing(dir) == std::vector<std::string>{"taken"});
}

BOOST_AUTO_TEST_CASE(abandoned_files_leave_nothing) {
  std::string dir = TempDir();
  {
    auto file = AtomicFile::Create(dir + "/never.txt");
    BOOST_REQUIRE(file.ok());
    (*file)->Append("lost");
    BOOST_TEST(fs::exists((*file)->temp_path()));
  }
  auto aborted = AtomicFile::Create(dir + "/aborted.txt");
  BOOST_REQUIRE(aborted.ok());
  (*aborted)->Append("lost too");
  (*aborted)->Abort();
  BOOST_TEST(!(*aborted)->Commit().ok());
  BOOST_TEST(Listing(dir).empty());
}

// Writing to a device must not replace it with a regular file (renaming a
// temporary over /dev/null would break every program on the machine).
BOOST_AUTO_TEST_CASE(a_device_is_written_in_place_not_replaced) {
  struct stat before;
  BOOST_REQUIRE(::stat("/dev/null", &before) == 0);
  BOOST_REQUIRE(S_ISCHR(before.st_mode));
  BOOST_TEST(WriteFileAtomically("/dev/null", "discarded").ok());
  struct stat after;
  BOOST_REQUIRE(::stat("/dev/null", &after) == 0);
  BOOST_TEST(S_ISCHR(after.st_mode));
  Status full = WriteFileAtomically("/dev/full", std::string(1 << 16, 'x'));
  BOOST_TEST(full.ToString() == "/dev/full: cannot write: No space left on device");
  struct stat full_after;
  BOOST_REQUIRE(::stat("/dev/full", &full_after) == 0);
  BOOST_TEST(S_ISCHR(full_after.st_mode));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace testing
}  // namespace actorgraph
