# Throughput benchmark of the analyzer (bench/analysis_bench.cc). Include
# this file from the top-level CMakeLists (or a bench/CMakeLists.txt) after
# lisan_analysis exists.
add_executable(analysis_bench ${CMAKE_CURRENT_LIST_DIR}/analysis_bench.cc)
target_link_libraries(analysis_bench PRIVATE lisan_analysis lisan::warnings)
