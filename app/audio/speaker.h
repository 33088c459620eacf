#pragma once

#include <QObject>
#include <QString>

#include <cmath>

// How much faster than normal the voice speaks at a rate from -1.0 to 1.0:
// 0.6 to 1.6 times (flite stretches each sound by the inverse).
inline double speechSpeed(double rate)
{
    return std::pow(1.6, qBound(-1.0, rate, 1.0));
}

// Something that speaks one phrase at a time. The SpeechQueue decides what is
// said when; tests put a fake here and need no audio.
class Speaker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts speaking at once; only called when the previous phrase finished or was stopped.
    virtual void say(const QString &text) = 0;
    // Falls silent at once; the phrase that was stopped does not report finished().
    virtual void stop() = 0;
    // Rate from -1.0 (slow) to 1.0 (fast) and volume from 0.0 to 1.0, as Settings has them.
    virtual void setVoice(double rate, double volume) = 0;

Q_SIGNALS:
    // The phrase has been spoken to its end.
    void finished();
};
