#pragma once

#include "audiostream.h"
#include "breathpacer.h"
#include "mixer.h"
#include "speechqueue.h"
#include "tonebank.h"

#include "core/clock.h"
#include "core/sessionengine.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class Settings;

// Plays the cues of a session out loud: a tone for each kind of cue and the
// spoken voice, mixed into one stream that stays open for the whole session
// (docs/audio.md). Without an audio device, or when it goes away, the session
// carries on and `notice` says in one line that sound is off.
class CuePlayer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext.sound")
    // False when sound is wanted but no device plays it.
    Q_PROPERTY(bool soundAvailable READ soundAvailable NOTIFY soundChanged)
    // One line for the player screen when sound is off for want of a device; empty otherwise.
    Q_PROPERTY(QString notice READ notice NOTIFY soundChanged)
    // False when tones, voice and eyes-free mode are all switched off in Settings.
    Q_PROPERTY(bool soundWanted READ soundWanted NOTIFY soundChanged)

public:
    // How long the stream stays open after the last sound of a session.
    static constexpr int kCloseAfterSilenceMs = 200;
    // The longest wait for the last phrase before the stream closes anyway.
    static constexpr int kCloseAtMostAfterMs = 15000;

    explicit CuePlayer(QObject *parent = nullptr);
    // With a voice of the caller's choosing (tests listen to what is said).
    using SpeakerFactory = std::function<std::unique_ptr<Speaker>(Mixer &mixer)>;
    explicit CuePlayer(const SpeakerFactory &makeSpeaker, QObject *parent = nullptr);
    ~CuePlayer() override;

    // Follows tones, voice, volume, voice rate, eyes-free mode and breath pacing.
    void setSettings(const Settings *settings);
    // Opens the stream ahead of the first cue when sound is wanted; false when it cannot.
    bool prepare();
    // Plays the cues of this session until it ends.
    void attach(SessionEngine *engine);
    // The session is over and its last sound has played (or there was none).
    bool playedOut() const;

    // For the Settings page: a tone and a phrase at the current volume and rate.
    Q_INVOKABLE void playSample();
    // Reads out, in eyes-free mode only, what the player shows beyond the cues
    // (PlayerController::narration): after the phrases of the moment, never over them.
    void narrate(const QString &text);

    bool soundAvailable() const { return m_notice.isEmpty(); }
    QString notice() const { return m_notice; }
    bool soundWanted() const { return tonesWanted() || voiceWanted(); }

Q_SIGNALS:
    void soundChanged();
    // The session is over and its last sound has played.
    void finishedPlaying();

private:
    struct LastTone
    {
        int id;
        Tone tone;
        qint64 atMs;
    };

    bool tonesWanted() const;
    bool voiceWanted() const;
    bool sessionRunning() const;
    void applySettings();
    void onCue(const Cue &cue);
    void onStateChanged();
    void playCueTone(Tone tone, qint64 atMs);
    void playTone(Tone tone);
    void sayCue(const Cue &cue);
    void startBreathPacing(int step);
    void silence();
    void closeWhenQuiet();
    void checkQuiet();
    void onStreamFailed();
    void setNotice(const QString &notice);

    QPointer<const Settings> m_settings;
    QPointer<SessionEngine> m_engine;
    Mixer m_mixer;
    AudioStream m_stream;
    ToneBank m_tones;
    std::unique_ptr<Speaker> m_speaker;
    SteadyClock m_realTime; // how long phrases wait, whatever the session speed
    SpeechQueue m_queue;
    BreathPacer m_breath;
    std::optional<LastTone> m_lastTone;
    QTimer m_closeTimer;
    int m_closeWaitedMs = 0;
    QString m_notice;
    bool m_soundWanted = true;
};
