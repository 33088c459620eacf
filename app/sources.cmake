# Source lists, included from the top-level CMakeLists.txt (the QML module must be
# defined there: see the Qt 6.4 notes in DESIGN.md).

set(UNKNOT_CORE_SOURCES
    app/core/clock.h
    app/core/routine.h app/core/routine.cpp
    app/core/strictjson.h app/core/strictjson.cpp
    app/core/routineformat.h app/core/routineformat.cpp
    app/core/bodymodel.h app/core/bodymodel.cpp
    app/core/library.h app/core/library.cpp
    app/core/timeline.h app/core/timeline.cpp
    app/core/sessionengine.h app/core/sessionengine.cpp
    app/core/sessionrunner.h app/core/sessionrunner.cpp
    app/core/cueformat.h app/core/cueformat.cpp
    app/core/simulation.h app/core/simulation.cpp
)

set(UNKNOT_APP_SOURCES
    app/ui/appcontext.h app/ui/appcontext.cpp
    app/ui/routinelistmodel.h app/ui/routinelistmodel.cpp
    app/ui/playercontroller.h app/ui/playercontroller.cpp
    app/ui/selftest.h app/ui/selftest.cpp
    app/ui/settings.h app/ui/settings.cpp
    app/commandline.h app/commandline.cpp
    app/datadir.h app/datadir.cpp
)
