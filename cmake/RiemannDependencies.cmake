# Finds the fixed dependency stack (SPEC §2), all from Debian 12 packages.
# Installed by ops/setup.sh; see docs/DEPENDENCIES.md for why each is here.

find_package(Threads REQUIRED)

# CAF 0.17.6 (libcaf-dev) ships no CMake config and no pkg-config file.
find_path(CAF_INCLUDE_DIR caf/all.hpp)
find_library(CAF_CORE_LIBRARY caf_core)
find_library(CAF_IO_LIBRARY caf_io)
find_library(CAF_OPENSSL_LIBRARY caf_openssl)
if(NOT CAF_INCLUDE_DIR OR NOT CAF_CORE_LIBRARY OR NOT CAF_IO_LIBRARY)
  message(FATAL_ERROR "CAF not found: run ops/setup.sh (apt-get install libcaf-dev)")
endif()
file(STRINGS "${CAF_INCLUDE_DIR}/caf/config.hpp" _caf_version REGEX "^#define CAF_VERSION [0-9]+")
string(REGEX REPLACE ".* ([0-9]+)$" "\\1" _caf_version "${_caf_version}")
if(NOT _caf_version EQUAL 1706)
  message(FATAL_ERROR "expected CAF 0.17.6 (CAF_VERSION 1706), found ${_caf_version}")
endif()
add_library(CAF::core UNKNOWN IMPORTED)
set_target_properties(CAF::core PROPERTIES
  IMPORTED_LOCATION "${CAF_CORE_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${CAF_INCLUDE_DIR}"
  INTERFACE_LINK_LIBRARIES Threads::Threads)
add_library(CAF::io UNKNOWN IMPORTED)
set_target_properties(CAF::io PROPERTIES
  IMPORTED_LOCATION "${CAF_IO_LIBRARY}"
  INTERFACE_LINK_LIBRARIES CAF::core)
if(CAF_OPENSSL_LIBRARY)
  add_library(CAF::openssl UNKNOWN IMPORTED)
  set_target_properties(CAF::openssl PROPERTIES
    IMPORTED_LOCATION "${CAF_OPENSSL_LIBRARY}"
    INTERFACE_LINK_LIBRARIES CAF::io)
endif()

# Boost 1.81 (libboost1.81-dev + libboost-json1.81-dev); never the 1.74 default.
find_package(Boost 1.81 CONFIG REQUIRED COMPONENTS json)
find_package(SQLiteCpp 3.2 REQUIRED)                 # target: SQLiteCpp
find_package(prometheus-cpp CONFIG REQUIRED)         # no version file is shipped
find_package(PkgConfig REQUIRED)
pkg_check_modules(SECCOMP REQUIRED IMPORTED_TARGET libseccomp)
find_package(OpenSSL REQUIRED)                       # HMAC / hashing (docs/DEPENDENCIES.md)
find_package(Catch2 2.13 REQUIRED)
