#pragma once

#include "routineformat.h"

#include <QList>
#include <QString>
#include <QStringList>

// The routines a person can choose from: the built-in ones (read-only, shipped
// in the app) and their own, from the routines folder in the data folder.
class Library
{
public:
    struct Entry
    {
        Routine routine;
        QString path;
        bool builtIn = false;
    };

    // Reads every *.json routine of both folders. A file that cannot be loaded
    // is left out and described in problems(), one "FILE: WHERE: message" line
    // each; nothing else is affected by it.
    void load(const QString &builtInFolder, const QString &userFolder,
              const Vocabulary &vocabulary);

    const QList<Entry> &entries() const { return m_entries; }
    const QStringList &problems() const { return m_problems; }
    const Entry *find(const QString &id) const;

    // The files of a folder that hold routines (the body model files are not routines).
    static QStringList routineFiles(const QString &folder);

private:
    void loadFolder(const QString &folder, bool builtIn, const Vocabulary &vocabulary);

    QList<Entry> m_entries;
    QStringList m_problems;
};
