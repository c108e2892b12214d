// One bare run of a program for the sandbox benchmarks: posix_spawn with the given environment
// only, stdout read through a pipe, as a box hands a program its output pipe.
#pragma once

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace riemann::bench {

// Runs argv[0] (an absolute path); its stdout, or nullopt when the spawn or the wait failed.
inline std::optional<std::string> bare_spawn(std::vector<const char*> argv,
                                             std::vector<const char*> envp) {
  constexpr std::size_t kReadChunk = 64;
  argv.push_back(nullptr);
  envp.push_back(nullptr);
  std::array<int, 2> out{};
  if (::pipe2(out.data(), O_CLOEXEC) != 0) return std::nullopt;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, out[1], STDOUT_FILENO);
  pid_t pid = 0;
  const int rc = ::posix_spawn(&pid, argv[0], &fa, nullptr, const_cast<char**>(argv.data()),
                               const_cast<char**>(envp.data()));
  posix_spawn_file_actions_destroy(&fa);
  ::close(out[1]);
  std::string text;
  char buf[kReadChunk];
  ssize_t n;
  while ((n = ::read(out[0], buf, sizeof(buf))) > 0) text.append(buf, static_cast<size_t>(n));
  ::close(out[0]);
  int status = 0;
  if (rc != 0 || ::waitpid(pid, &status, 0) != pid) return std::nullopt;
  return text;
}

}  // namespace riemann::bench
