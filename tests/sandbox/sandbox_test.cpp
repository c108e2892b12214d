// The public run() contract: programs, stdio, files, verdicts, engine errors.
#include <signal.h>
#include <spawn.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "tests/sandbox/host_check.hpp"
#include "tests/sandbox/support.hpp"

namespace riemann::sandbox::test {
namespace {

TEST_CASE("python prints to stdout", "[sandbox]") {
  const Result r = run_ok(python("print(1)"));
  CHECK(r.outcome == Outcome::exited);
  CHECK(r.exit_code == 0);
  CHECK(r.stdout_data == "1\n");
  CHECK(r.stderr_data.empty());
  CHECK(r.wall_time_s > 0);
}

TEST_CASE("bash runs a script file from the work dir with stdin", "[sandbox]") {
  Spec s = bash("");
  s.argv = {"/bin/bash", "main.sh"};
  s.files = {{"main.sh", "read x; echo \"got $x\"; echo err >&2; pwd; exit 3\n", false}};
  s.stdin_data = "hello\n";
  const Result r = run_ok(s);
  CHECK(r.outcome == Outcome::exited);
  CHECK(r.exit_code == 3);
  CHECK(r.stdout_data == "got hello\n/box\n");
  CHECK(r.stderr_data == "err\n");
}

TEST_CASE("nothing a run writes reaches the next run of the slot; / and /dev are read-only",
          "[sandbox]") {
  Spec first = bash(
      "echo a > /tmp/left; echo b > /dev/shm/left; echo c > left; "
      "touch /planted 2>/dev/null || echo root-ro; "
      "touch /dev/planted 2>/dev/null || echo dev-ro; "
      "mount -t tmpfs x /usr 2>/dev/null || echo no-mount");
  const Result one = run_ok(first);
  CHECK(one.stdout_data == "root-ro\ndev-ro\nno-mount\n");
  Spec second = bash("ls -A /tmp /dev/shm .; test -e /planted || echo clean");
  const Result two = run_ok(second);
  CHECK(two.stdout_data == ".:\n\n/dev/shm:\n\n/tmp:\nclean\n");
}

// A box on the slot's template sees the template's mounts and its own, never a host mount; a
// run that needs a host path the template lacks builds its whole root beside the host's, and
// the next template run of the slot is back on the template alone.
TEST_CASE("runs with and without the template alternate on one slot without mixing roots",
          "[sandbox]") {
  const std::string list_mounts =
      "cut -d' ' -f5 /proc/self/mountinfo | sort -u | tr '\\n' ' '; echo; "
      "ls /proc | grep '^[0-9]' | awk '$1 > 9' | wc -l";  // the box's own pid namespace
  const std::string on_template =
      "/ /box /dev /dev/null /dev/random /dev/shm /dev/urandom "
      "/dev/zero /etc/alternatives /etc/ld.so.cache /proc /tmp /usr \n";
  for (int round = 0; round < 2; ++round) {
    const Result covered = run_ok(bash(list_mounts));
    CHECK(covered.stdout_data == on_template + "0\n");
    Spec uncovered = bash("cat /etc/ssl/openssl.cnf >/dev/null && echo read");
    uncovered.ro_paths = {"/etc/ssl"};
    CHECK(run_ok(uncovered).stdout_data == "read\n");
  }
  CHECK(run_ok(bash("test -e /etc/ssl || echo absent")).stdout_data == "absent\n");
}

// Just under the default 1 MiB cap on both streams: the output pipes hold it whole, so the
// supervisor reads it on ticks and at the end (quiet output) and nothing is lost or blocked.
TEST_CASE("output just under the cap arrives whole on both streams", "[sandbox]") {
  const Result r = run_ok(
      python("import sys\nsys.stdout.write('o' * 1000000)\nsys.stderr.write('e' * 1000000)\n"));
  CHECK(r.outcome == Outcome::exited);
  CHECK(r.stdout_data == std::string(1000000, 'o'));
  CHECK(r.stderr_data == std::string(1000000, 'e'));
  CHECK_FALSE(r.stdout_truncated);
}

TEST_CASE("engine errors are errors, not verdicts", "[sandbox]") {
  Spec empty;
  auto r = box().run(empty, 0);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == Errc::invalid_spec);

  Spec missing = python("print(1)");
  missing.argv[0] = "/usr/bin/no-such-interpreter";
  r = box().run(missing, 0);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == Errc::exec_failed);
  CHECK(r.error().message.find("No such file") != std::string::npos);

  Spec bad_file = python("print(1)");
  bad_file.files = {{"../../etc/passwd", "x", false}};
  r = box().run(bad_file, 0);
  REQUIRE_FALSE(r);
  CHECK(r.error().code == Errc::invalid_spec);

  r = box().run(python("print(1)"), box().slots());
  REQUIRE_FALSE(r);
  CHECK(r.error().code == Errc::slot_busy);
}

TEST_CASE("a slot runs one program at a time", "[sandbox]") {
  Spec slow = bash("sleep 2");
  Result first;
  std::thread t([&] { first = run_ok(slow, 1); });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  auto second = box().run(python("print(1)"), 1);
  t.join();
  REQUIRE_FALSE(second);
  CHECK(second.error().code == Errc::slot_busy);
  CHECK(first.outcome == Outcome::exited);
}

TEST_CASE("the program runs as the slot's uid, named box", "[sandbox]") {
  const Result r = run_ok(bash("id -u; id -un; id -G"));
  const std::string uid = std::to_string(test_options().uid_base);
  CHECK(r.stdout_data == uid + "\nbox\n" + uid + "\n");
}

// se.slice in /proc/<pid>/sched: the custom slice of EEVDF (Linux >= 6.12, with the scheduler's
// debug file). Elsewhere the option is a no-op and there is nothing to see.
bool kernel_shows_custom_slices() {
  std::ifstream sched("/proc/self/sched");
  std::string text((std::istreambuf_iterator<char>(sched)), std::istreambuf_iterator<char>());
  utsname u{};
  int major = 0, minor = 0;
  constexpr int kCustomSliceMajor = 6, kCustomSliceMinor = 12;
  return ::uname(&u) == 0 && std::sscanf(u.release, "%d.%d", &major, &minor) == 2 &&
         (major > kCustomSliceMajor ||
          (major == kCustomSliceMajor && minor >= kCustomSliceMinor)) &&
         text.find("se.slice") != std::string::npos;
}

TEST_CASE("the program and its children run with the configured scheduler slice", "[sandbox]") {
  if (!kernel_shows_custom_slices()) {
    WARN("not checked: no custom EEVDF slices on this kernel");
    return;
  }
  // bash reads its own file (a builtin), then a child (awk) reads its own.
  const Result r = run_ok(
      bash("while read -r k _ v; do [ \"$k\" = se.slice ] && echo \"$v\"; done < /proc/$$/sched; "
           "awk '$1 == \"se.slice\" { print $3 }' /proc/self/sched"));
  const std::string slice_ns = std::to_string(
      std::chrono::duration_cast<std::chrono::nanoseconds>(test_options().program_slice).count());
  CHECK(r.stdout_data == slice_ns + "\n" + slice_ns + "\n");
}

TEST_CASE("exit codes and signals are reported", "[sandbox]") {
  CHECK(run_ok(bash("exit 42")).exit_code == 42);
  const Result r = run_ok(bash("kill -SEGV $$"));
  CHECK(r.outcome == Outcome::signaled);
  CHECK(r.signal == SIGSEGV);
}

TEST_CASE("files are placed in the work dir and collected back", "[sandbox]") {
  Spec s = bash("");
  s.argv = {"/box/bin/run.sh"};
  s.files = {{"bin/run.sh", "#!/bin/bash\ncat data/in.txt > out.txt\necho -n 2 >> out.txt\n", true},
             {"data/in.txt", "1", false}};
  s.collect = {"out.txt", "missing.txt", "data/in.txt"};
  const Result r = run_ok(s);
  CHECK(r.outcome == Outcome::exited);
  REQUIRE(r.collected.size() == 2);
  CHECK(r.collected[0].path == "out.txt");
  CHECK(r.collected[0].content == "12");
  CHECK(r.collected[1].content == "1");
}

TEST_CASE("large stdin is fed completely, and a program that ignores it does not hurt",
          "[sandbox]") {
  Spec s = python("import sys\nprint(len(sys.stdin.buffer.read()))");
  s.stdin_data = std::string(3 << 20, 'a');
  CHECK(run_ok(s).stdout_data == std::to_string(3 << 20) + "\n");
  Spec ignore = bash("exec 0<&-; echo closed");
  ignore.stdin_data = std::string(3 << 20, 'a');
  CHECK(run_ok(ignore).stdout_data == "closed\n");
}

TEST_CASE("the sink receives output as it arrives", "[sandbox]") {
  std::string streamed_out, streamed_err;
  const OutputSink sink = [&](Stream s, std::string_view chunk) {
    (s == Stream::out ? streamed_out : streamed_err).append(chunk);
  };
  auto r = box().run(bash("echo a; echo b >&2; echo c"), 0, sink);
  REQUIRE(r);
  CHECK(streamed_out == "a\nc\n");
  CHECK(streamed_err == "b\n");
  CHECK(r->stdout_data == streamed_out);
}

TEST_CASE("network: true gives a working private loopback", "[sandbox]") {
  Spec s = python(
      "import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 0))\ns.listen()\n"
      "c = socket.create_connection(s.getsockname())\na, _ = s.accept()\n"
      "c.sendall(b'ping')\nprint(a.recv(4).decode())");
  s.network = true;
  const Result r = run_ok(s);
  CHECK(r.stdout_data == "ping\n");
  CHECK(r.runtime_events.empty());
  CHECK(r.network_bytes > 0);  // the TCP handshake and 4 bytes, over the private loopback
  CHECK(run_ok(python("print(1)")).network_bytes == 0);
}

TEST_CASE("every security level runs python and bash", "[sandbox]") {
  for (SecurityLevel level : {SecurityLevel::low, SecurityLevel::medium, SecurityLevel::high}) {
    Spec py = python(
        "import subprocess, threading\nt = threading.Thread(target=print, "
        "args=('t',))\nt.start(); t.join()\nsubprocess.run(['true'])\nprint('ok')");
    py.security_level = level;
    Spec sh = bash("echo $((6 * 7)) | cat");
    sh.security_level = level;
    INFO(to_string(level));
    const Result a = run_ok(py);
    CHECK(a.stdout_data == "t\nok\n");
    CHECK(a.runtime_events.empty());
    const Result b = run_ok(sh);
    CHECK(b.stdout_data == "42\n");
    CHECK(b.runtime_events.empty());
  }
}

TEST_CASE("measurements: CPU time, wall time and peak memory", "[sandbox]") {
  const Result r = run_ok(python("b = b'x' * (50 << 20)\nx = 0\nfor i in range(3000000): x += i"));
  CHECK(r.outcome == Outcome::exited);
  CHECK(r.cpu_time_s > 0.05);
  CHECK(r.wall_time_s >= r.cpu_time_s * 0.5);
  CHECK(r.peak_memory_bytes >= (50ull << 20));
  CHECK(r.peak_memory_bytes < (256ull << 20));
}

TEST_CASE("managed runtimes start under 256 MB: no address-space limit", "[sandbox]") {
  // A JVM or Go runtime reserves far more address space than it uses; only RSS is limited.
  Spec s = python(
      "import mmap\nm = [mmap.mmap(-1, 1 << 30) for _ in range(4)]\n"
      "print('reserved')");
  s.limits.memory_bytes = 256ull << 20;
  if (box().warnings().empty()) CHECK(run_ok(s).stdout_data == "reserved\n");
}

// Skips (successfully) when a runtime is not installed on this host.
bool installed(const char* path) {
  return ::access(path, X_OK) == 0;
}

TEST_CASE("managed runtimes (JVM, Go, Node) start under a 256 MB memory limit", "[sandbox]") {
  constexpr std::uint64_t kManagedMemory = 256ull << 20;
  Spec base;
  base.env = {"PATH=/usr/bin:/bin", "HOME=/tmp", "GOCACHE=/tmp/gocache", "LANG=C.UTF-8"};
  base.limits.memory_bytes = kManagedMemory;
  base.limits.processes = 128;  // the JVM and Go start many threads
  base.limits.wall_time = std::chrono::milliseconds(30000);
  base.limits.cpu_time = std::chrono::milliseconds(30000);
  if (installed("/usr/bin/node")) {
    Spec s = base;
    s.argv = {"/usr/bin/node", "-e", "console.log(6 * 7)"};
    const Result r = run_ok(s);
    CHECK(r.outcome == Outcome::exited);
    CHECK(r.stdout_data == "42\n");
  }
  if (installed("/usr/bin/go")) {
    Spec s = base;
    s.argv = {"/usr/bin/go", "run", "main.go"};
    s.files = {
        {"main.go", "package main\nimport \"fmt\"\nfunc main() { fmt.Println(6 * 7) }\n", false}};
    const Result r = run_ok(s);
    INFO(r.stderr_data);
    CHECK(r.stdout_data == "42\n");
  }
  if (installed("/usr/bin/java") && ::access("/etc/java-17-openjdk", F_OK) == 0) {
    Spec s = base;
    s.argv = {"/usr/bin/java", "-XX:+UseSerialGC", "Main.java"};
    s.ro_paths = {"/etc/java-17-openjdk"};  // java.security lives there
    s.files = {{"Main.java",
                "public class Main { public static void main(String[] a) { "
                "System.out.println(6 * 7); } }\n",
                false}};
    const Result r = run_ok(s);
    INFO(r.stderr_data);
    CHECK(r.stdout_data == "42\n");
    CHECK(r.peak_memory_bytes < kManagedMemory);
  }
}

std::size_t open_fds() {
  return dir_entries("/proc/self/fd").size();
}

TEST_CASE("after 1000 runs nothing is left behind", "[sandbox][leak]") {
  constexpr int kRuns = 1000;
  std::ofstream(HostSnapshot::sentinel_path()) << "host secret";
  const HostSnapshot before = HostSnapshot::take();
  const std::size_t fds_before = open_fds();
  Spec s;
  s.argv = {"/usr/bin/true"};
  for (int i = 0; i < kRuns; ++i) {
    const Result r = run_ok(s, static_cast<std::size_t>(i % 2));
    REQUIRE(r.outcome == Outcome::exited);
  }
  const HostSnapshot after = HostSnapshot::take();
  CHECK(after.box_processes.empty());
  CHECK(before.mounts == after.mounts);
  CHECK(before.state_entries == after.state_entries);
  CHECK(before.memory_tasks == after.memory_tasks);
  CHECK(open_fds() == fds_before);
  // No cgroup beyond the two persistent slots, under any controller.
  for (const char* controller : {"memory", "pids", "cpuacct"}) {
    const std::string base =
        std::string("/sys/fs/cgroup/") + controller + "/" + test_options().cgroup_name;
    if (::access(base.c_str(), F_OK) != 0) continue;
    std::size_t dirs = 0;
    for (const auto& e : std::filesystem::directory_iterator(base)) dirs += e.is_directory();
    CHECK(dirs == test_options().slots);
  }
}

TEST_CASE("both slots run concurrently without interfering", "[sandbox][leak]") {
  constexpr int kRunsPerSlot = 150;
  const HostSnapshot before = HostSnapshot::take();
  const std::size_t fds_before = open_fds();
  const auto worker = [](std::size_t slot, int* good) {
    Spec s = bash("echo slot-$1");
    s.argv.push_back("x");
    s.argv.push_back(std::to_string(slot));
    for (int i = 0; i < kRunsPerSlot; ++i) {
      auto r = box().run(s, slot);
      if (r && r->outcome == Outcome::exited && r->stdout_data == "slot-" + s.argv.back() + "\n") {
        ++*good;
      }
    }
  };
  int good0 = 0, good1 = 0;
  std::thread t(worker, 0, &good0);
  worker(1, &good1);
  t.join();
  CHECK(good0 == kRunsPerSlot);
  CHECK(good1 == kRunsPerSlot);
  const HostSnapshot after = HostSnapshot::take();
  CHECK(after.box_processes.empty());
  CHECK(before.mounts == after.mounts);
  CHECK(open_fds() == fds_before);
}

TEST_CASE("create() cleans slots a crashed server left behind", "[sandbox][cleanup]") {
  if (::geteuid() != 0 || ::access("/sys/fs/cgroup/pids/cgroup.procs", W_OK) != 0) {
    SUCCEED("needs root and cgroup v1 pids");
    return;
  }
  Options o = test_options();
  o.cgroup_name += "-stale";
  o.state_dir += "-stale";
  const std::string stale = "/sys/fs/cgroup/pids/" + o.cgroup_name + "/slot-7";
  std::filesystem::create_directories(stale);
  pid_t pid = 0;
  const char* argv[] = {"/bin/sleep", "100", nullptr};
  REQUIRE(::posix_spawn(&pid, argv[0], nullptr, nullptr, const_cast<char**>(argv), nullptr) == 0);
  std::ofstream(stale + "/cgroup.procs") << pid;
  {
    auto created = Sandbox::create(o);
    REQUIRE(created);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);
    CHECK_FALSE(std::filesystem::exists(stale));
  }
  // Destroying the sandbox removes its own cgroups too, but not the parent (riemann/) other
  // instances share: it could be taken from under one that is locking it.
  CHECK_FALSE(std::filesystem::exists("/sys/fs/cgroup/pids/" + o.cgroup_name));
  CHECK(std::filesystem::exists("/sys/fs/cgroup/pids/riemann"));
  std::filesystem::remove_all(o.state_dir);
}

TEST_CASE("a second sandbox with the same options is refused while the first lives",
          "[sandbox][cleanup]") {
  box();  // this process's sandbox owns test_options()
  auto second = Sandbox::create(test_options());
  REQUIRE_FALSE(second);
  CHECK(second.error().code == Errc::resource_failed);
  CHECK(second.error().message.find("owned by another running sandbox") != std::string::npos);
  CHECK(run_ok(python("print(1)")).stdout_data == "1\n");  // the first one is untouched
}

TEST_CASE("root mode has no warnings", "[sandbox]") {
  if (::geteuid() == 0) CHECK(box().warnings().empty());
}

}  // namespace
}  // namespace riemann::sandbox::test
