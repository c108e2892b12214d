// The sub-commands of the `riemann` executable (SPEC §11). Each takes the arguments after its
// name and returns the process exit code.
#pragma once

#include <string>
#include <vector>

namespace riemann::app {

using Args = std::vector<std::string>;

int serve_command(const Args& args);
int run_command(const Args& args);
int config_command(const Args& args);
int keys_command(const Args& args);
int status_command(const Args& args);

// Removes "--name VALUE" (or "--name=VALUE") from args; returns VALUE or "" when absent.
std::string take_flag(Args& args, const std::string& name);
bool take_switch(Args& args, const std::string& name);

}  // namespace riemann::app
