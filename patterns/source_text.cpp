#include "patterns/source_text.hpp"

#include <algorithm>
#include <cstring>

namespace riemann::patterns {

namespace {
constexpr unsigned char kAsciiLimit = 0x80;

// Length of the valid UTF-8 sequence starting at s[i], or 0 if invalid.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < kAsciiLimit) return 1;
  std::size_t len = 0;
  if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
    len = 2;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
  } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
    len = 4;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  }
  return len;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
}  // namespace

Expected<Unit, Error> check_submission(const std::vector<SourceFile>& files) {
  std::size_t total = 0;
  for (const auto& f : files) {
    total += f.content.size();
    if (std::memchr(f.content.data(), '\0', f.content.size()) != nullptr) {
      return unexpected(
          Error{Errc::input_rejected, f.name + ": binary content (NUL byte) is not source code"});
    }
  }
  if (total > kMaxSubmissionBytes) {
    return unexpected(Error{Errc::input_rejected, "submission of " + std::to_string(total) +
                                                      " bytes exceeds the analysis limit of " +
                                                      std::to_string(kMaxSubmissionBytes)});
  }
  return Unit{};
}

std::string_view node_text(TSNode node, std::string_view source) {
  const auto start = ts_node_start_byte(node);
  const auto end = ts_node_end_byte(node);
  if (start > end || end > source.size()) return {};
  return source.substr(start, end - start);
}

std::string line_snippet(std::string_view source, std::size_t offset) {
  if (offset > source.size()) return {};
  const auto before = source.rfind('\n', offset == 0 ? 0 : offset - 1);
  std::size_t begin = (before == std::string_view::npos || offset == 0) ? 0 : before + 1;
  if (offset == 0) begin = 0;
  auto end = source.find('\n', offset);
  if (end == std::string_view::npos) end = source.size();
  // Very long lines: keep a window around the match instead of the line start.
  if (offset - begin > kMaxSnippetBytes) begin = offset;
  while (begin < end && is_space(source[begin])) ++begin;
  while (end > begin && is_space(source[end - 1])) --end;
  end = std::min(end, begin + kMaxSnippetBytes);
  return sanitize_utf8(source.substr(begin, end - begin));
}

std::string sanitize_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto len = utf8_sequence_length(text, i);
    if (len == 0) {
      out.push_back('?');
      ++i;
    } else {
      out.append(text.substr(i, len));
      i += len;
    }
  }
  return out;
}

}  // namespace riemann::patterns
