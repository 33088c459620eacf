# Source lists, included from the top-level CMakeLists.txt (the QML module must be
# defined there: see the Qt 6.4 notes in DESIGN.md).

set(UNKNOT_CORE_SOURCES
    app/core/clock.h
    app/core/routine.h app/core/routine.cpp
    app/core/strictjson.h app/core/strictjson.cpp
    app/core/routineformat.h app/core/routineformat.cpp
    app/core/jsontext.h app/core/jsontext.cpp
    app/core/jsonchecker.h app/core/jsonchecker.cpp
    app/core/bodypath.h app/core/bodypath.cpp
    app/core/bodymodel.h app/core/bodymodel.cpp
    app/core/memoryproblemarealog.h app/core/memoryproblemarealog.cpp
    app/core/safetyprofile.h app/core/safetyprofile.cpp
    app/core/planner.h app/core/planner.cpp
    app/core/library.h app/core/library.cpp
    app/core/timeline.h app/core/timeline.cpp
    app/core/sessionengine.h app/core/sessionengine.cpp
    app/core/sessionrunner.h app/core/sessionrunner.cpp
    app/core/cueformat.h app/core/cueformat.cpp
    app/core/simulation.h app/core/simulation.cpp
    app/core/problemarealog.h app/core/problemarealog.cpp
    app/core/progress.h app/core/progress.cpp
    app/core/careplan.h app/core/careplan.cpp
    app/core/bundleformat.h app/core/bundleformat.cpp
)

set(UNKNOT_APP_SOURCES
    app/ui/appcontext.h app/ui/appcontext.cpp
    app/ui/routinelistmodel.h app/ui/routinelistmodel.cpp
    app/ui/playercontroller.h app/ui/playercontroller.cpp
    app/ui/selftest.h app/ui/selftest.cpp
    app/ui/settings.h app/ui/settings.cpp
    app/ui/safetycontroller.h app/ui/safetycontroller.cpp
    app/ui/todaycontroller.h app/ui/todaycontroller.cpp
    app/ui/presentation.h app/ui/presentation.cpp
    app/ui/routinefiltermodel.h app/ui/routinefiltermodel.cpp
    app/ui/routinedetails.h app/ui/routinedetails.cpp
    app/ui/steplistmodel.h app/ui/steplistmodel.cpp
    app/ui/screenawake.h app/ui/screenawake.cpp
    app/audio/tone.h app/audio/tone.cpp
    app/audio/phrase.h
    app/audio/cuesounds.h app/audio/cuesounds.cpp
    app/audio/mixer.h app/audio/mixer.cpp
    app/audio/tonebank.h app/audio/tonebank.cpp
    app/audio/audiostream.h app/audio/audiostream.cpp
    app/audio/audiofeeder.h app/audio/audiofeeder.cpp
    app/audio/speaker.h
    app/audio/speechqueue.h app/audio/speechqueue.cpp
    app/audio/speechsamples.h app/audio/speechsamples.cpp
    app/audio/qtspeaker.h app/audio/qtspeaker.cpp
    app/audio/breathpacer.h app/audio/breathpacer.cpp
    app/audio/cueplayer.h app/audio/cueplayer.cpp
    app/commandline.h app/commandline.cpp
    app/plancommand.h app/plancommand.cpp
    app/datadir.h app/datadir.cpp
    app/plurals.h app/plurals.cpp
    app/historycommand.h app/historycommand.cpp
    app/storage/schema.h app/storage/schema.cpp
    app/storage/database.h app/storage/database.cpp
    app/storage/historyrecords.h app/storage/historyrecords.cpp
    app/storage/historystore.h app/storage/historystore.cpp
    app/storage/historyexport.h app/storage/historyexport.cpp
    app/storage/privatefile.h app/storage/privatefile.cpp
    app/storage/sessionrecorder.h app/storage/sessionrecorder.cpp
    app/ui/recordlistmodel.h app/ui/recordlistmodel.cpp
    app/ui/progresscontroller.h app/ui/progresscontroller.cpp
    app/ui/historycontroller.h app/ui/historycontroller.cpp
    app/ui/bodymapcontroller.h app/ui/bodymapcontroller.cpp
    app/storage/planstore.h app/storage/planstore.cpp
    app/storage/routinefilechange.h app/storage/routinefilechange.cpp
    app/storage/planimport.h app/storage/planimport.cpp
    app/storage/report.h app/storage/report.cpp
    app/storage/reportpdf.h app/storage/reportpdf.cpp
    app/ui/planeditor.h app/ui/planeditor.cpp
    app/ui/plancontroller.h app/ui/plancontroller.cpp
    app/ui/editorstepmodel.h app/ui/editorstepmodel.cpp
    app/ui/editorcontroller.h app/ui/editorcontroller.cpp
    app/bundlecommand.h app/bundlecommand.cpp
    app/reportcommand.h app/reportcommand.cpp
)
