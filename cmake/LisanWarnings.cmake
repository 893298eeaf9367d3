# Compiler warnings as one INTERFACE target every lisan target links.
add_library(lisan_warnings INTERFACE)
target_compile_options(lisan_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wno-unused-parameter>)
add_library(lisan::warnings ALIAS lisan_warnings)
