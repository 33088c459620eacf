# The voice of the cues. Where flite is found (Debian: flite1-dev, installed by
# scripts/setup.sh), its US English "slt" voice speaks straight into the cue
# stream; elsewhere QTextToSpeech speaks with the platform's engine. See
# docs/audio.md for why Qt 6.4's QTextToSpeech flite plugin is not used.
find_path(FLITE_INCLUDE_DIR flite/flite.h)
set(FLITE_LIBRARIES)
foreach(library flite_cmu_us_slt flite_usenglish flite_cmulex flite)
    find_library(FLITE_${library}_LIBRARY ${library})
    list(APPEND FLITE_LIBRARIES ${FLITE_${library}_LIBRARY})
endforeach()

function(unknot_add_voice target)
    if(NOT FLITE_INCLUDE_DIR OR "${FLITE_LIBRARIES}" MATCHES "NOTFOUND")
        if(LINUX AND NOT ANDROID)
            message(WARNING "flite not found (Debian: flite1-dev): cues are spoken through "
                            "QTextToSpeech, which on Qt 6.4 with PulseAudio drops most phrases")
        endif()
        return()
    endif()
    target_sources(${target} PRIVATE
        app/audio/flitesynthesizer.h app/audio/flitesynthesizer.cpp
        app/audio/flitespeaker.h app/audio/flitespeaker.cpp)
    target_compile_definitions(${target} PRIVATE UNKNOT_FLITE_VOICE)
    target_include_directories(${target} SYSTEM PRIVATE ${FLITE_INCLUDE_DIR})
    target_link_libraries(${target} PUBLIC ${FLITE_LIBRARIES})
endfunction()
