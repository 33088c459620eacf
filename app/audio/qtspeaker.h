#pragma once

#include "speaker.h"

#include <QTextToSpeech>

// Speaks with the platform's own engine through QTextToSpeech, for builds
// without flite (Android, Windows, macOS). Its sound does not go through the
// cue stream: the platform engine has its own output.
class QtSpeaker : public Speaker
{
    Q_OBJECT
public:
    explicit QtSpeaker(QObject *parent = nullptr);

    void say(const QString &text) override;
    void stop() override;
    void setVoice(double rate, double volume) override;

private:
    void onStateChanged(QTextToSpeech::State state);

    QTextToSpeech m_engine;
    bool m_speaking = false;
    bool m_started = false;
};
