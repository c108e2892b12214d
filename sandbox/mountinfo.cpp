// Parses /proc/self/mountinfo. See mountinfo.hpp.
#include "sandbox/mountinfo.hpp"

#include <fstream>
#include <sstream>

namespace riemann::sandbox {
namespace {

constexpr std::size_t kOctalDigits = 3;  // the kernel escapes space, tab, newline, backslash
constexpr int kOctalBase = 8;

std::string unescape(const std::string& field) {
  std::string out;
  for (std::size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '\\' && i + kOctalDigits < field.size()) {
      out.push_back(
          static_cast<char>(std::stoi(field.substr(i + 1, kOctalDigits), nullptr, kOctalBase)));
      i += kOctalDigits;
    } else {
      out.push_back(field[i]);
    }
  }
  return out;
}

}  // namespace

std::vector<MountEntry> parse_mountinfo(const std::string& text) {
  std::vector<MountEntry> entries;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    // "<id> <parent> <maj:min> <root> <mount point> <opts> ... - <fstype> <source> <super opts>"
    const std::size_t dash = line.find(" - ");
    if (dash == std::string::npos) continue;
    std::istringstream left(line.substr(0, dash));
    std::istringstream right(line.substr(dash + 3));
    std::string id, parent, dev, root, mount_point;
    MountEntry e;
    if (!(left >> id >> parent >> dev >> root >> mount_point)) continue;
    right >> e.fstype >> e.source >> e.super_options;
    e.root = unescape(root);
    e.mount_point = unescape(mount_point);
    entries.push_back(std::move(e));
  }
  return entries;
}

std::vector<MountEntry> read_mountinfo() {
  std::ifstream in("/proc/self/mountinfo");
  std::stringstream text;
  text << in.rdbuf();
  return parse_mountinfo(text.str());
}

}  // namespace riemann::sandbox
