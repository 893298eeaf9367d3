# lisan_data_tables(<target> <dir>): compiles every <dir>/*.txt table into
# <target> through cmake/embed_tables.cmake (one generated source). Adding a
# table is adding a file: the glob re-runs at build time (CONFIGURE_DEPENDS).
set(LISAN_EMBED_TABLES_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_tables.cmake)

function(lisan_data_tables target dir)
  file(GLOB tables CONFIGURE_DEPENDS ${dir}/*.txt)
  list(SORT tables)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${target}_data_tables.cc)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} "-DFILES=${tables}" -P ${LISAN_EMBED_TABLES_SCRIPT}
    DEPENDS ${tables} ${LISAN_EMBED_TABLES_SCRIPT}
    COMMENT "Compiling ${dir}/*.txt tables into ${target}"
    VERBATIM)
  target_sources(${target} PRIVATE ${out})
endfunction()
