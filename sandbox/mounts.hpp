// The minimal root file system of the box, planned in the parent and applied in the child.
//
// The parent turns Options::ro_paths + Spec::ro_paths + the limits into a flat list of small
// operations (make a directory, mount a tmpfs, bind a host path read-only, ...) whose strings are
// all owned by the plan. The child walks that list with raw system calls only: no allocation
// after clone (the server is multithreaded).
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

#include "config/expected.hpp"
#include "sandbox/sandbox.hpp"

namespace riemann::sandbox {

enum class MountKind : std::uint8_t {
  dir,         // mkdir target (an existing directory is fine)
  file,        // create an empty file at target (a mount point for a device node)
  symlink,     // symlink target -> source
  tmpfs,       // mount a tmpfs at target with data as options
  bind_ro,     // bind source at target, then remount read-only with flags
  bind_dev,    // bind a device node source at target, remount with flags (writable)
  proc,        // mount a fresh procfs (of the box's pid namespace) at target
  remount_ro,  // make the mount at target read-only (after everything under it exists)
  text_file,   // write data to a new file at target (mode 0644)
};

struct MountOp {
  MountKind kind;
  std::string target;  // host-side absolute path under the new root
  std::string source;  // bind source or symlink text
  std::string data;    // file system options (tmpfs size, mode, owner; proc hidepid)
  unsigned long flags = 0;
};

// A file of Spec::files, written by the child into the fresh work-dir tmpfs before the program
// exists (so nothing in the box can race it).
struct FileOp {
  bool is_dir = false;
  std::string path;  // host-side absolute path under the new root's work dir
  const std::string* content = nullptr;
  mode_t mode = 0;
};

struct MountPlan {
  std::string new_root;       // the slot's empty directory on the host
  std::vector<MountOp> ops;   // applied in order before pivot_root
  std::vector<FileOp> files;  // written after the work dir is mounted
  std::string work_dir;       // inside the box, e.g. "/box"
  // true: enter_root pivots into new_root and detaches the old root; false: the box already
  // sits at its root (a copy of the slot's rooted template namespace), new_root is "".
  bool pivot = true;
  uid_t file_uid = 0;  // owner of the written files
  gid_t file_gid = 0;
};

// Inputs of the plan that are fixed per slot or per run.
struct MountInputs {
  std::string new_root;
  std::vector<std::string> ro_paths;  // Options::ro_paths then Spec::ro_paths (missing: skipped)
  std::vector<std::string> required_ro_paths;  // Spec::ro_paths: missing is an invalid spec
  const std::vector<File>* files = nullptr;
  const Limits* limits = nullptr;
  uid_t uid = 0;  // owner of the work dir and its files, as seen by the mounter
  gid_t gid = 0;
  uid_t admin_uid = 0;  // owner of the root, /dev, /tmp mounts (0, or the mapped uid rootless)
  gid_t admin_gid = 0;
};

// Checks a Spec file path: relative, no "..", no empty or "." component, no NUL.
bool valid_relative_path(const std::string& path);

// The whole root for one run. With on_template the box is a copy of the slot's rooted template
// namespace (plan_template, then pivot_into): its root is already the template, so the plan
// has only what is new per run, at paths relative to that root: the work dir, /tmp, /dev/shm
// and /proc mounts, and the files; no pivot.
Expected<MountPlan, Error> plan_mounts(const MountInputs& in, bool on_template = false);

// The static part of a slot's root (root tmpfs, read-only host paths, /dev, identity files,
// mount points, and a procfs at /proc that the box's own procfs covers: the kernel lets a user
// namespace mount procfs only where one is already fully visible), made read-only. Built once
// per slot in the spawner's own mount namespace, which then pivots into it; every box of the
// slot copies that namespace (CLONE_NEWNS) instead of building its root again.
Expected<MountPlan, Error> plan_template(const MountInputs& in);

// Makes new_root the root of the caller's mount namespace and detaches the old root, so that
// no path leads back to the host's file system; the cwd becomes the new "/". Raw system calls
// only (the spawner thread, and init through enter_root). 0, or the failing step (1..4).
int pivot_into(const char* new_root);

// In the spawner's template namespace (after plan_template is applied): detaches every host
// mount the boxes do not need (everything but /, /proc, /dev, the mounts holding the slot's root
// and the template itself), so each box copies and tears down a dozen mounts, not all of the
// host's. Not for a child after clone (reads /proc/self/mountinfo into a string). Returns the
// number detached, or -1 with errno set.
int detach_foreign_mounts(const std::string& slot_root);

// Whether the template already shows every Spec::ro_path of `in` (else the run needs the
// whole plan: its own root tmpfs with the extra binds).
bool template_covers(const MountInputs& in);

// Child side (async-signal-safe). Returns 0 or the failing op index + 1 with errno set.
int apply_mounts(const MountPlan& plan);
int write_files(const MountPlan& plan);
int enter_root(const MountPlan& plan);

}  // namespace riemann::sandbox
