// Scanner throughput benchmark (docs/PERFORMANCE.md "Scanner").
//
//   scanner_bench RULES_DIR CORPUS_DIR            corpus MB/s, large generated file, 5 KB latency
//   scanner_bench RULES_DIR --files F...          time scanning the given files (bandit comparison)
//   scanner_bench RULES_DIR --list F...           print file:line:rule_id of every finding
//
// Single-threaded; times are this process's CPU time (CLOCK_PROCESS_CPUTIME_ID), so every figure
// is per core and does not depend on what else runs on a shared machine.
#include <time.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "patterns/patterns.hpp"

namespace {

namespace fs = std::filesystem;
namespace pat = riemann::patterns;

// CPU time of this process, in seconds.
double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

constexpr std::size_t kLargeFileBytes = 3 * 1024 * 1024;  // under the 4 MiB analysis limit
constexpr std::size_t kSmallProgramBytes = 5 * 1024;
constexpr int kSmallProgramRuns = 300;
constexpr int kCorpusRounds = 5;
constexpr double kMegabyte = 1024.0 * 1024.0;
constexpr double kRiemannThreshold = 0.7;

struct Source {
  std::string language;
  std::string name;
  std::string content;
};

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<Source> corpus(const std::string& dir) {
  std::vector<Source> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    const auto lang = pat::language_from_filename(e.path().filename().string());
    if (!lang.empty()) out.push_back({lang, e.path().filename().string(), read(e.path())});
  }
  return out;
}

double seconds_since(double start) {
  return cpu_now() - start;
}

// Runs scan (and analyze when `both`) on every source `rounds` times; returns seconds.
double run_all(const pat::Engine& e, const std::vector<Source>& srcs, int rounds, bool scan,
               bool analyze) {
  const auto start = cpu_now();
  for (int r = 0; r < rounds; ++r) {
    for (const auto& s : srcs) {
      const std::vector<pat::SourceFile> files{{s.name, s.content}};
      if (scan && !e.scan(s.language, files)) std::cerr << "scan failed: " << s.name << "\n";
      if (analyze && !e.analyze(s.language, files, kRiemannThreshold)) {
        std::cerr << "analyze failed: " << s.name << "\n";
      }
    }
  }
  return seconds_since(start);
}

std::string grow(const std::vector<Source>& srcs, const std::string& lang, std::size_t bytes) {
  std::string out;
  while (out.size() < bytes) {
    for (const auto& s : srcs) {
      if (s.language != lang) continue;
      if (out.size() + s.content.size() > bytes) return out;
      out += s.content;
      out += "\n";
    }
  }
  return out;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

void latency_5kb(const pat::Engine& e, const std::vector<Source>& srcs) {
  auto program = grow(srcs, "python", kSmallProgramBytes);
  program.resize(program.rfind('\n', kSmallProgramBytes) + 1);
  const std::vector<pat::SourceFile> files{{"p.py", program}};
  std::vector<double> scan_ms, analyze_ms;
  for (int i = 0; i < kSmallProgramRuns; ++i) {
    auto t = cpu_now();
    (void)e.scan("python", files);
    scan_ms.push_back(seconds_since(t) * 1e3);
    t = cpu_now();
    (void)e.analyze("python", files, kRiemannThreshold);
    analyze_ms.push_back(seconds_since(t) * 1e3);
  }
  std::cout << std::fixed << std::setprecision(3) << "| 5 KB Python program (" << program.size()
            << " B), median of " << kSmallProgramRuns << " | scan " << median(scan_ms)
            << " ms | analyze " << median(analyze_ms) << " ms | both "
            << median(scan_ms) + median(analyze_ms) << " ms |\n";
}

int bench_corpus(const pat::Engine& e, const std::string& dir) {
  const auto srcs = corpus(dir);
  std::size_t bytes = 0;
  for (const auto& s : srcs) bytes += s.content.size();
  const double mb = double(bytes) * kCorpusRounds / kMegabyte;
  std::cout << std::fixed << std::setprecision(2) << "| measurement | value |\n|---|---|\n"
            << "| corpus: " << srcs.size() << " files, " << bytes << " B, x" << kCorpusRounds
            << " rounds | |\n";
  std::cout << "| corpus scan (all security rules) | "
            << mb / run_all(e, srcs, kCorpusRounds, true, false) << " MB/s |\n";
  std::cout << "| corpus analyze (all math evidence) | "
            << mb / run_all(e, srcs, kCorpusRounds, false, true) << " MB/s |\n";
  std::cout << "| corpus scan + analyze | " << mb / run_all(e, srcs, kCorpusRounds, true, true)
            << " MB/s |\n";
  for (const char* lang : {"python", "c", "javascript"}) {
    const std::vector<Source> large{{lang, "large", grow(srcs, lang, kLargeFileBytes)}};
    const double lmb = double(large[0].content.size()) / kMegabyte;
    std::cout << "| generated " << lang << " file " << std::setprecision(2) << lmb << " MB: scan | "
              << lmb / run_all(e, large, 1, true, false) << " MB/s |\n"
              << "| generated " << lang << " file: scan + analyze | "
              << lmb / run_all(e, large, 1, true, true) << " MB/s |\n";
  }
  latency_5kb(e, srcs);
  return 0;
}

int list_findings(const pat::Engine& e, const std::vector<std::string>& paths) {
  for (const auto& p : paths) {
    auto r = e.scan(pat::language_from_filename(p), {{p, read(p)}});
    if (!r) continue;
    for (const auto& i : r->issues) {
      if (!i.suppressed) std::cout << p << ":" << i.line << ":" << i.rule_id << "\n";
    }
  }
  return 0;
}

int bench_files(const pat::Engine& e, const std::vector<std::string>& paths) {
  std::vector<Source> srcs;
  std::size_t bytes = 0;
  for (const auto& p : paths) {
    srcs.push_back({pat::language_from_filename(p), p, read(p)});
    bytes += srcs.back().content.size();
  }
  const double secs = run_all(e, srcs, 1, true, false);
  std::size_t issues = 0;
  for (const auto& s : srcs) {
    if (auto r = e.scan(s.language, {{s.name, s.content}})) issues += r->issues.size();
  }
  std::cout << std::fixed << std::setprecision(4) << "riemann scan: " << srcs.size() << " files, "
            << bytes << " B, " << secs << " s, " << double(bytes) / kMegabyte / secs << " MB/s, "
            << issues << " issues\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: scanner_bench RULES_DIR CORPUS_DIR | RULES_DIR --files F...\n";
    return 2;
  }
  const auto start = cpu_now();
  auto engine = pat::Engine::load(argv[1]);
  if (!engine) {
    std::cerr << engine.error().message << "\n";
    return 2;
  }
  const std::string mode = argv[2];
  if (mode == "--list") {
    return list_findings(*engine.value(), std::vector<std::string>(argv + 3, argv + argc));
  }
  std::cout << std::fixed << std::setprecision(1) << "| rule load + query compile, 8 languages | "
            << seconds_since(start) * 1e3 << " ms |\n";
  if (mode == "--files") {
    return bench_files(*engine.value(), std::vector<std::string>(argv + 3, argv + argc));
  }
  return bench_corpus(*engine.value(), argv[2]);
}
