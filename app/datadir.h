#pragma once

#include <QString>

// The folder that holds a person's own data: their routines, settings and
// (later) history. Chosen by --data-dir, else UNKNOT_DATA_DIR, else the
// platform's application data location. Health data: owner-only permissions.
class DataDir
{
public:
    static QString resolve(const QString &fromCommandLine);
    // Creates the folder and its routines/ subfolder; false with a reason when it cannot.
    static bool prepare(const QString &path, QString *errorText);
    static QString routinesFolder(const QString &path);
};
