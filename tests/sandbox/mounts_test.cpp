// The root file system plan: path validation, merged /usr, required paths, limits.
#include "sandbox/mounts.hpp"

#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "sandbox/mountinfo.hpp"

namespace riemann::sandbox {
namespace {

MountInputs inputs(const std::vector<File>& files, const Limits& limits) {
  MountInputs in;
  in.new_root = "/run/riemann/slot-0";
  in.ro_paths = {"/usr", "/lib", "/lib64", "/bin", "/etc/alternatives", "/does/not/exist"};
  in.files = &files;
  in.limits = &limits;
  in.uid = 60000;
  in.gid = 60000;
  return in;
}

const MountOp* find(const MountPlan& plan, MountKind kind, const std::string& inner) {
  for (const auto& op : plan.ops) {
    if (op.kind == kind && op.target == "/run/riemann/slot-0" + inner) return &op;
  }
  return nullptr;
}

TEST_CASE("mounts: relative file paths are validated", "[mounts]") {
  CHECK(valid_relative_path("main.py"));
  CHECK(valid_relative_path("src/pkg/mod.py"));
  CHECK_FALSE(valid_relative_path(""));
  CHECK_FALSE(valid_relative_path("/etc/passwd"));
  CHECK_FALSE(valid_relative_path("../x"));
  CHECK_FALSE(valid_relative_path("a/../../x"));
  CHECK_FALSE(valid_relative_path("a//b"));
  CHECK_FALSE(valid_relative_path("./a"));
  CHECK_FALSE(valid_relative_path("a/"));
  CHECK_FALSE(valid_relative_path(std::string("a\0b", 3)));
}

TEST_CASE("mounts: merged /usr symlinks are recreated, directories bound read-only", "[mounts]") {
  const std::vector<File> files;
  const Limits limits;
  auto plan = plan_mounts(inputs(files, limits));
  REQUIRE(plan);
  const MountOp* usr = find(*plan, MountKind::bind_ro, "/usr");
  REQUIRE(usr != nullptr);
  CHECK((usr->flags & MS_RDONLY) != 0);
  CHECK((usr->flags & MS_NOSUID) != 0);
  CHECK((usr->flags & MS_NODEV) != 0);
  const MountOp* bin = find(*plan, MountKind::symlink, "/bin");
  REQUIRE(bin != nullptr);  // Debian 12: /bin -> usr/bin
  CHECK(bin->source == "usr/bin");
  CHECK(find(*plan, MountKind::bind_ro, "/does/not/exist") == nullptr);  // optional: skipped
}

TEST_CASE("mounts: the work dir, /tmp and /dev/shm are sized by the limits", "[mounts]") {
  const std::vector<File> files;
  Limits limits;
  limits.workdir_bytes = 12345678;
  auto plan = plan_mounts(inputs(files, limits));
  REQUIRE(plan);
  for (const char* dir : {kWorkDir, "/tmp", "/dev/shm"}) {
    const MountOp* op = find(*plan, MountKind::tmpfs, dir);
    REQUIRE(op != nullptr);
    CHECK(op->data.find("size=12345678") != std::string::npos);
  }
  CHECK(find(*plan, MountKind::tmpfs, kWorkDir)->data.find("uid=60000") != std::string::npos);
  CHECK(find(*plan, MountKind::proc, "/proc")->data.find("hidepid") != std::string::npos);
}

TEST_CASE("mounts: the program gets a passwd entry unless /etc is bound", "[mounts]") {
  const std::vector<File> files;
  const Limits limits;
  auto plan = plan_mounts(inputs(files, limits));
  REQUIRE(plan);
  const MountOp* passwd = find(*plan, MountKind::text_file, "/etc/passwd");
  REQUIRE(passwd != nullptr);
  CHECK(passwd->data == "box:x:60000:60000::/tmp:/bin/sh\n");
  MountInputs with_etc = inputs(files, limits);
  with_etc.required_ro_paths = {"/etc"};
  auto bound = plan_mounts(with_etc);
  REQUIRE(bound);
  CHECK(find(*bound, MountKind::text_file, "/etc/passwd") == nullptr);
}

TEST_CASE("mounts: a slot template holds the static root, a run on it only its own mounts",
          "[mounts]") {
  const std::vector<File> files = {{"main.py", "print(1)", false}};
  const Limits limits;
  MountInputs in = inputs(files, limits);
  auto tpl = plan_template(in);
  REQUIRE(tpl);
  CHECK(find(*tpl, MountKind::bind_ro, "/usr") != nullptr);
  CHECK(find(*tpl, MountKind::bind_dev, "/dev/null") != nullptr);
  CHECK(find(*tpl, MountKind::dir, "/box") != nullptr);
  CHECK(find(*tpl, MountKind::tmpfs, "/box") == nullptr);  // per run, never shared
  CHECK(find(*tpl, MountKind::tmpfs, "/tmp") == nullptr);
  // The spawner's procfs, there only so that a box may mount its own over it.
  CHECK(find(*tpl, MountKind::proc, "/proc") != nullptr);
  CHECK(tpl->ops.back().kind == MountKind::remount_ro);
  CHECK(tpl->files.empty());
  CHECK(tpl->pivot);

  // A run on the rooted template: paths from the box's own root, no pivot, no root rebuilt.
  auto run = plan_mounts(in, true);
  REQUIRE(run);
  CHECK_FALSE(run->pivot);
  CHECK(run->new_root.empty());
  REQUIRE(run->ops.size() == 4);
  CHECK(run->ops[0].kind == MountKind::tmpfs);
  CHECK(run->ops[0].target == "/box");
  CHECK(run->ops[1].target == "/tmp");
  CHECK(run->ops[2].target == "/dev/shm");
  CHECK(run->ops[3].kind == MountKind::proc);
  CHECK(run->ops[3].target == "/proc");
  REQUIRE(run->files.size() == 1);
  CHECK(run->files[0].path == "/box/main.py");
  CHECK(run->work_dir == "/box");
  CHECK(plan_mounts(in)->pivot);  // the whole root is built beside the host's, then entered
}

TEST_CASE("mounts: the template covers Spec::ro_paths below its own paths only", "[mounts]") {
  const std::vector<File> files;
  const Limits limits;
  MountInputs in = inputs(files, limits);
  CHECK(template_covers(in));
  in.required_ro_paths = {"/usr/share/zoneinfo", "/usr"};
  CHECK(template_covers(in));
  in.required_ro_paths = {"/etc/java-17-openjdk"};
  CHECK_FALSE(template_covers(in));
  in.required_ro_paths = {"/usrlocal"};
  CHECK_FALSE(template_covers(in));
}

// In a child with a mount namespace of its own: only /, /proc, /dev and the slot's root (with
// what is mounted below it) are left after detach_foreign_mounts.
int detach_in_child(const std::string& slot_root) {
  if (::unshare(CLONE_NEWNS) != 0) return 10;
  if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) return 11;
  if (::mount("tmpfs", slot_root.c_str(), "tmpfs", 0, "size=64k") != 0) return 12;
  const std::string inner = slot_root + "/inner";
  if (::mkdir(inner.c_str(), 0755) != 0) return 13;
  if (::mount("tmpfs", inner.c_str(), "tmpfs", 0, "size=64k") != 0) return 14;
  if (detach_foreign_mounts(slot_root) < 0) return 15;
  for (const auto& m : read_mountinfo()) {
    const std::string& point = m.mount_point;
    if (point != "/" && point != "/proc" && point != "/dev" && point != slot_root &&
        point != inner) {
      return 16;
    }
  }
  return 0;
}

TEST_CASE("mounts: the template namespace keeps only the mounts the boxes need", "[mounts]") {
  char dir[] = "/tmp/riemann-detach-XXXXXX";
  REQUIRE(::mkdtemp(dir) != nullptr);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) ::_exit(detach_in_child(dir));
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  ::rmdir((std::string(dir) + "/inner").c_str());
  ::rmdir(dir);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("mounts: a missing required ro_path is an invalid spec", "[mounts]") {
  const std::vector<File> files;
  const Limits limits;
  MountInputs in = inputs(files, limits);
  in.required_ro_paths = {"/nope/not/here"};
  auto plan = plan_mounts(in);
  REQUIRE_FALSE(plan);
  CHECK(plan.error().code == Errc::invalid_spec);
  in.required_ro_paths = {"relative/path"};
  CHECK_FALSE(plan_mounts(in));
}

TEST_CASE("mounts: files get their parent directories and modes", "[mounts]") {
  const std::vector<File> files = {{"src/main.py", "print(1)", false}, {"run", "x", true}};
  const Limits limits;
  auto plan = plan_mounts(inputs(files, limits));
  REQUIRE(plan);
  REQUIRE(plan->files.size() == 3);
  CHECK(plan->files[0].is_dir);
  CHECK(plan->files[0].path == "/run/riemann/slot-0/box/src");
  CHECK(plan->files[1].path == "/run/riemann/slot-0/box/src/main.py");
  CHECK(plan->files[2].mode == 0755);
  const std::vector<File> bad = {{"../escape", "", false}};
  CHECK_FALSE(plan_mounts(inputs(bad, limits)));
}

}  // namespace
}  // namespace riemann::sandbox
