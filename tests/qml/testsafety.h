#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

// The health screen as the Qt Quick tests need it, as the QML singleton
// UnknotTest.TestSafety: a fresh install that asks the questions, answers kept
// as given, and back to the test run's "no to everything".
class TestSafety : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // As on first use: nothing answered, the questions show.
    Q_INVOKABLE void firstUse();
    // Answers kept in Settings, as if given on the screen ("pregnant", "fever", ...).
    Q_INVOKABLE void answer(const QStringList &flags);
    // What every other test runs with: no answers kept, taken as "no" to all.
    Q_INVOKABLE void reset();
};
