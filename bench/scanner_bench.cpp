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

#include "patterns/grammars.hpp"
#include "patterns/patterns.hpp"
#include "patterns/ts_handles.hpp"

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

enum class Call { scan, analyze, examine, gate, parse };

// Runs one call on every source `rounds` times; returns seconds.
double run_all(const pat::Engine& e, const std::vector<Source>& srcs, int rounds, Call call) {
  pat::ParserPtr parser(ts_parser_new());
  const auto start = cpu_now();
  for (int r = 0; r < rounds; ++r) {
    for (const auto& s : srcs) {
      const std::vector<pat::SourceFile> files{{s.name, s.content}};
      bool ok = true;
      if (call == Call::scan) ok = e.scan(s.language, files).has_value();
      if (call == Call::analyze) ok = e.analyze(s.language, files, kRiemannThreshold).has_value();
      if (call == Call::examine) ok = e.examine(s.language, files, kRiemannThreshold).has_value();
      if (call == Call::gate) ok = e.gate(s.language, files).has_value();  // level high's wait
      if (call == Call::parse) {  // tree-sitter alone: the ceiling of any tree-based scan
        ts_parser_set_language(parser.get(), pat::grammar_for(s.language));
        pat::TreePtr tree(ts_parser_parse_string(parser.get(), nullptr, s.content.data(),
                                                 static_cast<std::uint32_t>(s.content.size())));
        ok = tree != nullptr;
      }
      if (!ok) std::cerr << "failed: " << s.name << "\n";
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

// Median milliseconds of one call on `files`.
double median_ms(const pat::Engine& e, const std::vector<Source>& program, Call call) {
  std::vector<double> ms;
  for (int i = 0; i < kSmallProgramRuns; ++i) ms.push_back(run_all(e, program, 1, call) * 1e3);
  return median(ms);
}

void latency_5kb(const pat::Engine& e, const std::vector<Source>& srcs) {
  auto text = grow(srcs, "python", kSmallProgramBytes);
  text.resize(text.rfind('\n', kSmallProgramBytes) + 1);
  const std::vector<Source> program{{"python", "p.py", text}};
  std::cout << std::fixed << std::setprecision(3) << "| 5 KB Python program (" << text.size()
            << " B), median of " << kSmallProgramRuns << " | parse alone "
            << median_ms(e, program, Call::parse) << " ms, scan "
            << median_ms(e, program, Call::scan) << " ms, analyze "
            << median_ms(e, program, Call::analyze) << " ms, examine (both) "
            << median_ms(e, program, Call::examine) << " ms, gate (critical rules) "
            << median_ms(e, program, Call::gate) << " ms |\n";
}

// One row: MB/s of each call on `srcs`.
void throughput_row(const pat::Engine& e, const std::string& what, const std::vector<Source>& srcs,
                    int rounds) {
  std::size_t bytes = 0;
  for (const auto& s : srcs) bytes += s.content.size();
  const double mb = double(bytes) * rounds / kMegabyte;
  std::cout << std::fixed << std::setprecision(2) << "| " << what << " | "
            << mb / run_all(e, srcs, rounds, Call::parse) << " | "
            << mb / run_all(e, srcs, rounds, Call::scan) << " | "
            << mb / run_all(e, srcs, rounds, Call::analyze) << " | "
            << mb / run_all(e, srcs, rounds, Call::examine) << " |\n";
}

int bench_corpus(const pat::Engine& e, const std::string& dir) {
  const auto srcs = corpus(dir);
  std::size_t bytes = 0;
  for (const auto& s : srcs) bytes += s.content.size();
  std::cout << "| input (MB/s, CPU time) | parse alone | scan | analyze | examine (both) |\n"
            << "|---|---|---|---|---|\n";
  throughput_row(e,
                 "corpus: " + std::to_string(srcs.size()) + " files, " + std::to_string(bytes) +
                     " B, x" + std::to_string(kCorpusRounds),
                 srcs, kCorpusRounds);
  for (const char* lang : {"python", "c", "javascript"}) {
    const std::vector<Source> large{{lang, "large", grow(srcs, lang, kLargeFileBytes)}};
    std::ostringstream what;
    what << "generated " << lang << " file, " << large[0].content.size() << " B";
    throughput_row(e, what.str(), large, 1);
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
  const double secs = run_all(e, srcs, 1, Call::scan);
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
