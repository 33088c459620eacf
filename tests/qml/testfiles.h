#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

// Files as the Qt Quick tests need them, as the QML singleton
// UnknotTest.TestFiles: a fresh install (no own routines, no plans, an empty
// history), files written and read in a scratch folder, and what a folder holds.
class TestFiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // No routines of the person's own, no plans, an empty history, no draft open.
    Q_INVOKABLE void freshInstall();
    // A new empty folder for one test's files (removed when the tests end).
    Q_INVOKABLE QString newFolder();
    // As UTF-8, or with `latin1` each character as one byte (to write bytes that are not UTF-8).
    Q_INVOKABLE bool write(const QString &path, const QString &text, bool latin1 = false);
    // The bytes of a file as Latin-1, so that any file reads back unchanged.
    Q_INVOKABLE QString read(const QString &path) const;
    Q_INVOKABLE QStringList list(const QString &folder) const;
    // The files of the person's routines folder.
    Q_INVOKABLE QStringList ownRoutineFiles() const;
};
