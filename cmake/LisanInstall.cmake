# `cmake --install build/release --prefix ~/.local`: each tool, its man page
# and its shell completions, to the places man, bash-completion and zsh look:
#   bin/, share/man/man1/, share/bash-completion/completions/, share/zsh/site-functions/
# A tool's folder calls lisan_install_tool() once (indexer/, query/, and the
# server's folder when it exists).
#
# Man pages are written in Markdown (man/*.1.md) and converted at build time
# with pandoc (Debian package `pandoc`). Without pandoc the build and the
# install still work, without man pages, and configuration says so.
include(GNUInstallDirs)

find_program(LISAN_PANDOC pandoc)
if(LISAN_PANDOC)
  message(STATUS "lisan: found pandoc: man pages are built from man/*.1.md")
else()
  message(STATUS "lisan: pandoc not found: man pages will NOT be built or installed "
                 "(apt-get install pandoc, or scripts/install-deps)")
endif()

# lisan_install_tool(<target> [MAN_PAGE <man/x.1.md>] [BASH_COMPLETION <file>] [ZSH_COMPLETION <file>])
# Paths are relative to the top of the source tree.
function(lisan_install_tool target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "MAN_PAGE;BASH_COMPLETION;ZSH_COMPLETION" "")
  install(TARGETS ${target} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  if(arg_MAN_PAGE AND LISAN_PANDOC)
    get_filename_component(page "${arg_MAN_PAGE}" NAME_WLE)  # lisan-query.1
    set(source "${PROJECT_SOURCE_DIR}/${arg_MAN_PAGE}")
    set(output "${PROJECT_BINARY_DIR}/man/${page}")
    add_custom_command(
      OUTPUT "${output}"
      COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/man"
      COMMAND "${LISAN_PANDOC}" --standalone --from markdown-smart --to man "${source}" --output "${output}"
      DEPENDS "${source}"
      COMMENT "pandoc: ${arg_MAN_PAGE} -> man/${page}"
      VERBATIM)
    add_custom_target(${target}_man_page ALL DEPENDS "${output}")
    install(FILES "${output}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  endif()
  if(arg_BASH_COMPLETION)
    install(FILES "${PROJECT_SOURCE_DIR}/${arg_BASH_COMPLETION}"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME ${target})
  endif()
  if(arg_ZSH_COMPLETION)
    install(FILES "${PROJECT_SOURCE_DIR}/${arg_ZSH_COMPLETION}"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions RENAME _${target})
  endif()
endfunction()
