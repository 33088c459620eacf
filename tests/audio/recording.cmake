# Recording what reaches a private PulseAudio server's null sink: used by the
# end-to-end audio test and by bench/audio.
set(UNKNOT_AUDIO_RECORDING_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/pulseserver.h ${CMAKE_CURRENT_LIST_DIR}/pulseserver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/monitorrecorder.h ${CMAKE_CURRENT_LIST_DIR}/monitorrecorder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/onsets.h ${CMAKE_CURRENT_LIST_DIR}/onsets.cpp
    ${CMAKE_CURRENT_LIST_DIR}/playrun.h ${CMAKE_CURRENT_LIST_DIR}/playrun.cpp)
