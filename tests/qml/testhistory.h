#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

// The history as the Qt Quick tests need it, as the QML singleton
// UnknotTest.TestHistory: sessions and pain ratings on chosen days written
// through the store, an empty or damaged file, a database that refuses
// writes, "today" moved, and the app's start-up look at the history again.
class TestHistory : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // A session of a built-in routine that started at `startedAtMs` (ms since
    // 1970) with its first `sidesDone` sides done (-1: all of them). Pain -1
    // is not given. An interrupted session is left as a killed app leaves it.
    Q_INVOKABLE bool addSession(const QString &routineId, double startedAtMs, int painBefore,
                                int painAfter, int sidesDone = -1, bool interrupted = false);
    Q_INVOKABLE bool addPainRating(const QString &region, const QString &side, int pain,
                                   double atMs);
    // An empty history, as on a fresh install.
    Q_INVOKABLE void clear();
    // A history file that is not a database any more.
    Q_INVOKABLE void damage();
    // Writes fail as in a folder that cannot be written, until allowed again.
    Q_INVOKABLE void setWritable(bool writable);
    // The history's "now" (check-ins, today on the Progress and Today pages, the
    // body map's ratings); 0 is the real time.
    Q_INVOKABLE void setNow(double msSinceEpoch);
    // What the app does with the history when it starts.
    Q_INVOKABLE void restart();
    // The saved check-in of the last session: {soreness, feeling}, or {} when none.
    Q_INVOKABLE QVariantMap lastCheckIn() const;
};
