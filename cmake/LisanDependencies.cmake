# Every third-party dependency of lisan, found on the system (Debian packages),
# wrapped once in a lisan:: target. A missing one stops configuration with the
# name of the Debian package that provides it (scripts/install-deps installs all).

function(lisan_require found what package)
  if(NOT ${found})
    message(FATAL_ERROR
      "lisan: ${what} not found. Install the Debian package '${package}' "
      "(apt-get install ${package}), or run scripts/install-deps.")
  endif()
  message(STATUS "lisan: found ${what}")
endfunction()

# Xapian: the index (libxapian-dev). Its config file gives variables, no target.
find_package(Xapian QUIET)
lisan_require(Xapian_FOUND "Xapian" libxapian-dev)
add_library(lisan_xapian INTERFACE)
target_include_directories(lisan_xapian SYSTEM INTERFACE ${XAPIAN_INCLUDE_DIR})
target_link_libraries(lisan_xapian INTERFACE ${XAPIAN_LIBRARIES})
add_library(lisan::xapian ALIAS lisan_xapian)

# ICU: normalization, case mapping, word segmentation, charset conversion (libicu-dev).
find_package(ICU 60 QUIET COMPONENTS uc i18n)
lisan_require(ICU_FOUND "ICU (uc, i18n)" libicu-dev)

# fmt: formatting of messages and output (libfmt-dev).
find_package(fmt 9 QUIET)
lisan_require(fmt_FOUND "fmt" libfmt-dev)

# nlohmann-json: JSON records in and out, exact 64-bit integers (nlohmann-json3-dev).
find_package(nlohmann_json 3 QUIET)
lisan_require(nlohmann_json_FOUND "nlohmann-json" nlohmann-json3-dev)

# CLI11: command-line parsing for both tools (libcli11-dev).
find_package(CLI11 QUIET)
lisan_require(CLI11_FOUND "CLI11" libcli11-dev)

# CLD2: language identification of records without a lang (libcld2-dev, no CMake/pkg-config file).
find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h)
find_library(CLD2_LIBRARY NAMES cld2)
if(CLD2_INCLUDE_DIR AND CLD2_LIBRARY)
  set(CLD2_FOUND TRUE)
endif()
lisan_require(CLD2_FOUND "CLD2" libcld2-dev)
add_library(lisan_cld2 INTERFACE)
target_include_directories(lisan_cld2 SYSTEM INTERFACE ${CLD2_INCLUDE_DIR})
target_link_libraries(lisan_cld2 INTERFACE ${CLD2_LIBRARY})
add_library(lisan::cld2 ALIAS lisan_cld2)

# xxHash: fingerprints of input files for incremental indexing (libxxhash-dev).
find_package(PkgConfig QUIET)
lisan_require(PkgConfig_FOUND "pkg-config" pkg-config)
pkg_check_modules(XXHASH QUIET IMPORTED_TARGET libxxhash)
lisan_require(XXHASH_FOUND "xxHash" libxxhash-dev)
add_library(lisan_xxhash INTERFACE)
target_link_libraries(lisan_xxhash INTERFACE PkgConfig::XXHASH)
add_library(lisan::xxhash ALIAS lisan_xxhash)

# gumbo: HTML5 parsing of saved news articles (libgumbo-dev).
find_package(PkgConfig QUIET)
lisan_require(PkgConfig_FOUND "pkg-config" pkg-config)
pkg_check_modules(GUMBO QUIET IMPORTED_TARGET gumbo)
lisan_require(GUMBO_FOUND "gumbo" libgumbo-dev)
add_library(lisan_gumbo INTERFACE)
target_link_libraries(lisan_gumbo INTERFACE PkgConfig::GUMBO)
add_library(lisan::gumbo ALIAS lisan_gumbo)

find_package(Threads REQUIRED)

if(LISAN_BUILD_TESTS)
  # Catch2 v2: unit tests (catch2).
  find_package(Catch2 2 QUIET)
  lisan_require(Catch2_FOUND "Catch2 v2" catch2)
  # Catch.cmake (catch_discover_tests) sits beside Catch2's config file.
  list(APPEND CMAKE_MODULE_PATH "${Catch2_DIR}")
endif()
