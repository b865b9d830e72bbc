# One INTERFACE target that every GovOps target links: language level, warnings and Qt strictness.
add_library(govops_common INTERFACE)
target_compile_features(govops_common INTERFACE cxx_std_20)
target_compile_definitions(govops_common INTERFACE
    QT_NO_CAST_FROM_ASCII          # every visible string goes through tr(); others are marked u""_s
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_MESSAGELOGCONTEXT)
target_compile_options(govops_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
    $<$<BOOL:${GOVOPS_WERROR}>:-Werror>)

# govops_module(NAME SOURCES ... LIBS ...): a library for one folder under modules/.
# The link list is the architecture: a module may link only the layers below it.
function(govops_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;RESOURCES" ${ARGN})
    add_library(govops_${name} STATIC ${ARG_SOURCES})
    target_include_directories(govops_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    target_link_libraries(govops_${name} PUBLIC govops_common ${ARG_LIBS})
    set_target_properties(govops_${name} PROPERTIES AUTOMOC ON)
endfunction()
