// `riemann scan FILE [--language L] [--format json|text] [--fail-on SEVERITY]
//                    [--riemann-threshold X]`
// Static security scan and Riemann analysis of one file, without running it.
// Exit status: 0 no unsuppressed finding at or above --fail-on (default: low, like Bandit),
//              1 such findings exist, 2 usage/input/rule error.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace riemann::app {

// args exclude the program name and the word "scan"; prints to stdout/stderr.
int run_scan_command(const std::vector<std::string>& args, const std::string& rules_dir);

// Same, writing to the given streams (tests capture them).
int run_scan_command(const std::vector<std::string>& args, const std::string& rules_dir,
                     std::ostream& out, std::ostream& err);

}  // namespace riemann::app
