// lisan-query: thin entry point; everything happens in query_cli.cc.
#include "query/query_cli.h"

int main(int argc, char** argv) { return lisan::query::query_main(argc, argv); }
