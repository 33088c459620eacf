#include "library.h"

#include <QDir>

#include <algorithm>

void Library::load(const QString &builtInFolder, const QString &userFolder,
                   const Vocabulary &vocabulary)
{
    m_entries.clear();
    m_problems.clear();
    loadFolder(builtInFolder, true, vocabulary);
    if (!userFolder.isEmpty())
        loadFolder(userFolder, false, vocabulary);
}

const Library::Entry *Library::find(const QString &id) const
{
    for (const Entry &entry : m_entries) {
        if (entry.routine.id == id)
            return &entry;
    }
    return nullptr;
}

QStringList Library::routineFiles(const QString &folder)
{
    static const QStringList kBodyModelFiles{QStringLiteral("regions.json"),
                                             QStringLiteral("muscles.json")};
    QStringList files;
    const QStringList names =
        QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (!kBodyModelFiles.contains(name))
            files.append(QDir(folder).filePath(name));
    }
    return files;
}

void Library::loadFolder(const QString &folder, bool builtIn, const Vocabulary &vocabulary)
{
    for (const QString &path : routineFiles(folder)) {
        const RoutineFormat::Result result = RoutineFormat::readFile(path, vocabulary);
        if (!result.ok()) {
            m_problems += result.lines(path);
            continue;
        }
        if (const Entry *other = find(result.routine->id)) {
            m_problems.append(QStringLiteral("%1: id: \"%2\" is already used by %3; rename one of them")
                                  .arg(path, result.routine->id, other->path));
            continue;
        }
        m_entries.append({*result.routine, path, builtIn});
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        if (a.builtIn != b.builtIn)
            return a.builtIn;
        return a.routine.title.localeAwareCompare(b.routine.title) < 0;
    });
}
