#include "playercontroller.h"

namespace {
QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Idle: return QStringLiteral("idle");
    case Phase::GetReady: return QStringLiteral("get-ready");
    case Phase::Active: return QStringLiteral("active");
    case Phase::SwitchSides: return QStringLiteral("switch-sides");
    case Phase::RepRest: return QStringLiteral("rep-rest");
    case Phase::Transition: return QStringLiteral("transition");
    case Phase::Finished: return QStringLiteral("finished");
    }
    return {};
}
} // namespace

PlayerController::PlayerController(const Clock &clock, const BodyModel &body, QObject *parent)
    : QObject(parent), m_clock(clock), m_body(body)
{
}

PlayerController::~PlayerController() = default;

void PlayerController::setLibrary(const Library *library)
{
    m_library = library;
}

bool PlayerController::start(const QString &routineId)
{
    const Library::Entry *entry = m_library ? m_library->find(routineId) : nullptr;
    if (!entry)
        return false;
    m_runner.reset();
    m_engine = std::make_unique<SessionEngine>(entry->routine, m_clock);
    connect(m_engine.get(), &SessionEngine::segmentChanged, this, &PlayerController::changed);
    connect(m_engine.get(), &SessionEngine::stateChanged, this, &PlayerController::changed);
    connect(m_engine.get(), &SessionEngine::timeChanged, this, &PlayerController::timeChanged);
    m_runner = std::make_unique<SessionRunner>(m_engine.get(), m_clock, 1.0, kRefreshMs);
    Q_EMIT sessionStarted(m_engine.get());
    m_engine->start();
    Q_EMIT changed();
    Q_EMIT timeChanged();
    return true;
}

void PlayerController::togglePause()
{
    if (!m_engine)
        return;
    if (m_engine->state() == SessionEngine::State::Paused)
        m_engine->resume();
    else
        m_engine->pause();
}

void PlayerController::skip()
{
    if (m_engine)
        m_engine->skip();
}

void PlayerController::back()
{
    if (m_engine)
        m_engine->back();
}

void PlayerController::extend()
{
    if (m_engine)
        m_engine->extend();
}

void PlayerController::endEarly()
{
    if (m_engine)
        m_engine->endEarly();
}

void PlayerController::stop(const QString &reason)
{
    if (m_engine)
        m_engine->stop(reason);
}

void PlayerController::close()
{
    if (m_engine && m_engine->state() != SessionEngine::State::Finished)
        m_engine->stop(QStringLiteral("closed"));
    m_runner.reset();
    m_engine.reset();
    Q_EMIT changed();
    Q_EMIT timeChanged();
}

void PlayerController::update()
{
    if (m_engine)
        m_engine->update();
}

const Step *PlayerController::currentStep() const
{
    if (!m_engine || !m_engine->segment())
        return nullptr;
    return &m_engine->routine().steps.at(m_engine->stepIndex());
}

bool PlayerController::active() const
{
    return m_engine != nullptr;
}

QString PlayerController::state() const
{
    if (!m_engine)
        return QStringLiteral("idle");
    switch (m_engine->state()) {
    case SessionEngine::State::Idle: return QStringLiteral("idle");
    case SessionEngine::State::Running: return QStringLiteral("running");
    case SessionEngine::State::Paused: return QStringLiteral("paused");
    case SessionEngine::State::Finished: return QStringLiteral("finished");
    }
    return {};
}

QString PlayerController::phase() const
{
    return phaseName(m_engine ? m_engine->phase() : Phase::Idle);
}

QString PlayerController::routineTitle() const
{
    return m_engine ? m_engine->routine().title : QString();
}

int PlayerController::stepNumber() const
{
    return m_engine ? m_engine->stepIndex() + 1 : 0;
}

int PlayerController::stepCount() const
{
    return m_engine ? int(m_engine->routine().steps.size()) : 0;
}

QString PlayerController::stepType() const
{
    const Step *step = currentStep();
    return step ? RoutineText::stepTypeName(step->type) : QString();
}

QString PlayerController::stepTitle() const
{
    const Step *step = currentStep();
    return step ? step->title : QString();
}

QString PlayerController::instructions() const
{
    const Step *step = currentStep();
    return step ? step->instructions : QString();
}

QString PlayerController::muscleName() const
{
    const Step *step = currentStep();
    if (!step)
        return {};
    const BodyModel::Muscle *muscle = m_body.muscle(step->muscle);
    return muscle ? muscle->name : step->muscle;
}

QString PlayerController::side() const
{
    const Segment *segment = m_engine ? m_engine->segment() : nullptr;
    return segment ? RoutineText::sideName(segment->side) : QStringLiteral("none");
}

int PlayerController::rep() const
{
    const Segment *segment = m_engine ? m_engine->segment() : nullptr;
    return segment ? segment->rep : 0;
}

int PlayerController::repCount() const
{
    const Step *step = currentStep();
    return step ? step->reps : 0;
}

int PlayerController::intensity() const
{
    const Step *step = currentStep();
    return step && step->intensity ? *step->intensity : -1;
}

QString PlayerController::nextTitle() const
{
    if (!m_engine || !m_engine->segment())
        return {};
    const Segment &segment = *m_engine->segment();
    const bool leadIn = segment.phase == Phase::GetReady || segment.phase == Phase::Transition;
    const int next = leadIn ? segment.step : segment.step + 1;
    const QList<Step> &steps = m_engine->routine().steps;
    return next < steps.size() ? steps.at(next).title : QString();
}

bool PlayerController::canEndEarly() const
{
    return m_engine && m_engine->canEndEarly();
}

bool PlayerController::completed() const
{
    return m_engine && m_engine->completed();
}

int PlayerController::segmentRemainingMs() const
{
    return m_engine ? int(m_engine->segmentRemainingMs()) : 0;
}

int PlayerController::segmentTotalMs() const
{
    return m_engine ? int(m_engine->segmentTotalMs()) : 0;
}

int PlayerController::elapsedMs() const
{
    return m_engine ? int(m_engine->elapsedMs()) : 0;
}

int PlayerController::remainingMs() const
{
    return m_engine ? int(m_engine->remainingMs()) : 0;
}

double PlayerController::progress() const
{
    return m_engine ? m_engine->progress() : 0.0;
}
