#include "cueplayer.h"
#include "cuesounds.h"

#include "ui/settings.h"

#ifdef UNKNOT_FLITE_VOICE
#include "flitespeaker.h"
#else
#include "qtspeaker.h"
#endif

namespace {

const QString kSoundsFolder = QStringLiteral(":/media/sounds");
constexpr int kCloseCheckMs = 50;

std::unique_ptr<Speaker> makeVoice([[maybe_unused]] Mixer &mixer)
{
#ifdef UNKNOT_FLITE_VOICE
    return std::make_unique<FliteSpeaker>(mixer);
#else
    return std::make_unique<QtSpeaker>();
#endif
}

} // namespace

CuePlayer::CuePlayer(QObject *parent) : CuePlayer(&makeVoice, parent) {}

CuePlayer::CuePlayer(const SpeakerFactory &makeSpeaker, QObject *parent)
    : QObject(parent), m_stream(m_mixer), m_speaker(makeSpeaker(m_mixer)),
      m_queue(m_speaker.get(), m_realTime)
{
    QString error;
    if (!m_tones.load(kSoundsFolder, &error))
        qWarning("unknot: the built-in cue tones are broken: %s", qPrintable(error));
    connect(&m_stream, &AudioStream::failed, this, &CuePlayer::onStreamFailed);
    connect(&m_breath, &BreathPacer::breathe, this,
            [this](bool in) { playTone(in ? Tone::BreatheIn : Tone::BreatheOut); });
    m_closeTimer.setInterval(kCloseCheckMs);
    connect(&m_closeTimer, &QTimer::timeout, this, &CuePlayer::checkQuiet);
}

CuePlayer::~CuePlayer()
{
    m_queue.clear();
    m_stream.close();
}

void CuePlayer::setSettings(const Settings *settings)
{
    if (m_settings)
        m_settings->disconnect(this);
    m_settings = settings;
    connect(settings, &Settings::changed, this, &CuePlayer::applySettings);
    applySettings();
}

bool CuePlayer::tonesWanted() const
{
    return !m_settings || m_settings->tonesEnabled();
}

bool CuePlayer::voiceWanted() const
{
    // Eyes-free mode is all about speech: it speaks even with the voice switched off.
    return !m_settings || m_settings->voiceEnabled() || m_settings->eyesFree();
}

bool CuePlayer::sessionRunning() const
{
    return m_engine && m_engine->state() != SessionEngine::State::Finished &&
           m_engine->state() != SessionEngine::State::Idle;
}

void CuePlayer::applySettings()
{
    if (!m_settings)
        return;
    m_mixer.setVolume(m_settings->volume());
    m_speaker->setVoice(m_settings->voiceRate(), m_settings->volume());
    if (!voiceWanted())
        m_queue.clear();
    if (!m_settings->breathPacing())
        m_breath.stop();
    if (sessionRunning())
        prepare();
    if (m_soundWanted != soundWanted()) {
        m_soundWanted = soundWanted();
        Q_EMIT soundChanged();
    }
}

bool CuePlayer::prepare()
{
    if (!tonesWanted() && !voiceWanted())
        return true;
    m_closeTimer.stop();
    if (m_stream.open()) {
        setNotice({});
        return true;
    }
    setNotice(tr("Sound is off: %1. The routine carries on with on-screen cues.")
                  .arg(m_stream.failure()));
    return false;
}

void CuePlayer::attach(SessionEngine *engine)
{
    if (m_engine)
        m_engine->disconnect(this);
    silence();
    m_engine = engine;
    connect(engine, &SessionEngine::cue, this, &CuePlayer::onCue);
    connect(engine, &SessionEngine::stateChanged, this, &CuePlayer::onStateChanged);
    connect(engine, &QObject::destroyed, this, [this] {
        silence();
        closeWhenQuiet();
    });
    prepare();
}

bool CuePlayer::playedOut() const
{
    return !sessionRunning() && !m_stream.isOpen();
}

void CuePlayer::playSample()
{
    if (!prepare())
        return;
    playTone(Tone::StepStart);
    if (voiceWanted())
        m_queue.enqueue({tr("This is how the cues will sound."), SpeechPriority::Guidance, 0});
    if (!sessionRunning())
        closeWhenQuiet();
}

void CuePlayer::narrate(const QString &text)
{
    if (!m_settings || !m_settings->eyesFree() || !prepare())
        return;
    // Timing priority: it waits for "switch sides" or "three" of the same moment,
    // and no later step detail talks over it.
    m_queue.enqueue({text, SpeechPriority::Timing, 0});
    if (!sessionRunning())
        closeWhenQuiet();
}

void CuePlayer::onCue(const Cue &cue)
{
    if (m_stream.isOpen()) {
        const std::optional<Tone> tone = CueSounds::tone(cue);
        if (tone && tonesWanted())
            playCueTone(*tone, cue.atMs);
        if (voiceWanted())
            sayCue(cue);
        if (cue.kind == CueKind::StepStart)
            startBreathPacing(cue.step);
    }
    if (cue.kind == CueKind::Finished || cue.kind == CueKind::Stopped)
        closeWhenQuiet();
}

void CuePlayer::onStateChanged()
{
    if (!m_engine)
        return;
    if (m_engine->state() == SessionEngine::State::Paused) {
        m_queue.clear();
        m_breath.stop();
    } else if (m_engine->state() == SessionEngine::State::Running && m_engine->segment() &&
               m_engine->segment()->phase == Phase::Active && !m_breath.active()) {
        startBreathPacing(m_engine->stepIndex());
    }
}

void CuePlayer::playCueTone(Tone tone, qint64 atMs)
{
    // Cues of the same instant arrive together: only the strongest tone sounds.
    if (m_lastTone && m_lastTone->atMs == atMs) {
        if (Tones::strength(tone) <= Tones::strength(m_lastTone->tone))
            return;
        m_mixer.stopTone(m_lastTone->id);
    }
    m_lastTone = LastTone{m_mixer.startTone(m_tones.samples(tone)), tone, atMs};
    m_stream.feedSoon();
}

void CuePlayer::playTone(Tone tone)
{
    m_mixer.startTone(m_tones.samples(tone));
    m_stream.feedSoon();
}

void CuePlayer::sayCue(const Cue &cue)
{
    CueSounds::Context context;
    context.routine = &m_engine->routine();
    context.eyesFree = m_settings && m_settings->eyesFree();
    const int firstActive = m_engine->timeline().firstActiveOf(cue.step);
    context.firstOfStep = m_engine->segmentIndex() == firstActive;
    if (firstActive >= 0)
        context.startSide = m_engine->timeline().at(firstActive).side;
    if (const std::optional<Phrase> phrase = CueSounds::phrase(cue, context))
        m_queue.enqueue(*phrase);
}

void CuePlayer::startBreathPacing(int step)
{
    const bool wanted = m_settings && m_settings->breathPacing() && m_stream.isOpen();
    if (wanted && m_engine->routine().steps.at(step).type == StepType::Hold)
        m_breath.start(m_engine);
}

void CuePlayer::silence()
{
    m_queue.clear();
    m_breath.stop();
    m_lastTone.reset();
}

void CuePlayer::closeWhenQuiet()
{
    m_closeWaitedMs = 0;
    m_closeTimer.start();
    checkQuiet();
}

void CuePlayer::checkQuiet()
{
    m_closeWaitedMs += kCloseCheckMs;
    const bool quiet = m_queue.idle() && m_mixer.silent() &&
                       m_stream.silentMs() >= kCloseAfterSilenceMs;
    if (sessionRunning() || (!quiet && m_stream.isOpen() && m_closeWaitedMs < kCloseAtMostAfterMs))
        return;
    m_closeTimer.stop();
    silence();
    m_stream.close();
    Q_EMIT finishedPlaying();
}

void CuePlayer::onStreamFailed()
{
    silence();
    m_mixer.stopSpeech();
    setNotice(tr("Sound is off: %1. The routine carries on with on-screen cues.")
                  .arg(m_stream.failure()));
    if (!sessionRunning())
        closeWhenQuiet();
}

void CuePlayer::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    Q_EMIT soundChanged();
}
