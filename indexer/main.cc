// lisan-index: thin entry point; everything happens in index_cli.cc.
#include "indexer/index_cli.h"

int main(int argc, char** argv) { return lisan::indexer::index_main(argc, argv); }
