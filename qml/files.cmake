# QML files of the Unknot module, relative to the top-level source directory.
set(UNKNOT_QML_FILES
    qml/Main.qml
    qml/pages/RoutineListPage.qml
    qml/pages/PlayerPage.qml
)
