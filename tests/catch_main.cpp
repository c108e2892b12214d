// Catch2's main lives alone in this TU: it is the slowest file to compile (stack notes §6).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
