#include "playercontroller.h"
#include "presentation.h"

#include "core/planner.h"

#include <QCoreApplication>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlayerController", text);
}

QString phaseScreen(Phase phase)
{
    switch (phase) {
    case Phase::GetReady: return QStringLiteral("get-ready");
    case Phase::Active: return QStringLiteral("active");
    case Phase::SwitchSides: return QStringLiteral("switch-sides");
    case Phase::RepRest: return QStringLiteral("rep-rest");
    case Phase::Transition: return QStringLiteral("transition");
    case Phase::Idle:
    case Phase::Finished: break;
    }
    return {};
}

// The in-session stop rules of the domain reference (section 3f), in plain words.
QString adviceFor(const QString &reason)
{
    if (reason == QLatin1String("sharp"))
        return tr("Sharp, electric, burning or shooting pain means too much pressure or the "
                  "wrong spot. Rest this area today. Next time press lighter, about 4 out of 10, "
                  "or move a little off the spot. If the pain stays sharp or spreads, see a "
                  "professional.");
    if (reason == QLatin1String("tingling"))
        return tr("Tingling or numbness while pressing usually means a nerve is being pressed. "
                  "Move off the spot; it should fade within minutes. If it stays, keeps coming "
                  "back, or you notice weakness, see a clinician.");
    if (reason == QLatin1String("dizzy"))
        return tr("Sit or lie down and breathe slowly, and leave neck work for today. Call "
                  "emergency services if dizziness comes with double vision, slurred speech, "
                  "trouble swallowing, fainting, or numbness of the face or limbs, or if it "
                  "does not settle.");
    return {};
}

// "1 minute 5 seconds", for the voice.
QString spokenDuration(qint64 ms)
{
    const int total = int((qMax<qint64>(0, ms) + 999) / 1000);
    const int minutes = total / 60;
    const int seconds = total - minutes * 60;
    const QString secondsText =
        QCoreApplication::translate("PlayerController", "%n second(s)", nullptr, seconds);
    if (minutes == 0)
        return secondsText;
    const QString minutesText =
        QCoreApplication::translate("PlayerController", "%n minute(s)", nullptr, minutes);
    return seconds == 0 ? minutesText : minutesText + QLatin1Char(' ') + secondsText;
}

// A meaningful change in pain: 2 points or 30% (domain reference, section 4).
bool isMeaningfulDrop(int before, int after)
{
    const int drop = before - after;
    return drop >= 2 || (before > 0 && drop > 0 && drop * 10 >= before * 3);
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

bool PlayerController::prepare(const QString &routineId, bool rightFirst, int fromStep)
{
    const Library::Entry *entry = m_library ? m_library->find(routineId) : nullptr;
    return entry && prepareRoutine(entry->routine, rightFirst, fromStep);
}

bool PlayerController::prepareRoutine(const Routine &routine, bool rightFirst, int fromStep,
                                      bool preview)
{
    if (routine.steps.isEmpty())
        return false;
    close();
    m_preview = preview;
    TimelineOptions options;
    options.firstSide = rightFirst ? Side::Right : Side::Left;
    options.firstStep = fromStep;
    m_engine = std::make_unique<SessionEngine>(routine, m_clock, options);
    connect(m_engine.get(), &SessionEngine::segmentChanged, this, &PlayerController::changed);
    connect(m_engine.get(), &SessionEngine::stateChanged, this, &PlayerController::changed);
    connect(m_engine.get(), &SessionEngine::timeChanged, this, &PlayerController::timeChanged);
    connect(m_engine.get(), &SessionEngine::finished, this, [this] {
        // After a safety stop the advice is read first; the question follows the choice.
        if (!m_safetyPending)
            Q_EMIT narration(painQuestion(false));
    });
    Q_EMIT changed();
    Q_EMIT timeChanged();
    Q_EMIT narration(painQuestion(true));
    return true;
}

bool PlayerController::preparePlan(const Plan &plan)
{
    return plan.routine && prepareRoutine(*plan.routine, plan.rightFirst);
}

void PlayerController::begin(int painBefore)
{
    if (!m_engine || m_engine->state() != SessionEngine::State::Idle)
        return;
    m_painBefore = qBound(-1, painBefore, 10);
    m_runner = std::make_unique<SessionRunner>(m_engine.get(), m_clock, 1.0, kRefreshMs);
    Q_EMIT sessionStarted(m_engine.get());
    Q_EMIT painBeforeGiven(m_painBefore);
    m_engine->start();
}

void PlayerController::finishWithPain(int painAfter)
{
    if (!m_engine || m_engine->state() != SessionEngine::State::Finished || m_painAfterAnswered)
        return;
    m_painAfter = qBound(-1, painAfter, 10);
    m_painAfterAnswered = true;
    Q_EMIT painAfterGiven(m_painAfter);
    Q_EMIT changed();
    Q_EMIT narration(summarySpeech());
}

// While the safety advice waits for a choice, the session stays where it is.
void PlayerController::togglePause()
{
    if (!running() || m_safetyPending)
        return;
    if (m_engine->state() == SessionEngine::State::Paused) {
        m_engine->resume();
        Q_EMIT narration(tr("Carrying on: %1, %2 left.").arg(stepTitle(), spokenRemaining()));
    } else {
        m_engine->pause();
        Q_EMIT narration(tr("Paused."));
    }
}

void PlayerController::skip()
{
    if (m_engine && !m_safetyPending)
        m_engine->skip();
}

void PlayerController::back()
{
    if (m_engine && !m_safetyPending)
        m_engine->back();
}

void PlayerController::extend()
{
    if (!running() || m_safetyPending)
        return;
    m_engine->extend();
    Q_EMIT narration(tr("%n more second(s).", nullptr, SessionEngine::kExtendSeconds) +
                     QLatin1Char(' ') + tr("%1 left.").arg(spokenRemaining()));
}

void PlayerController::endEarly()
{
    if (!canEndEarly() || m_safetyPending)
        return;
    // Said before the engine moves on, so that it comes before "switch sides" or "rest".
    Q_EMIT narration(tr("It eased. Well done, let go."));
    m_engine->endEarly();
}

void PlayerController::stop()
{
    if (m_engine && !m_safetyPending)
        m_engine->stop(QStringLiteral("stopped"));
}

void PlayerController::stopForSafety(const QString &reason)
{
    if (!running() || m_safetyPending || adviceFor(reason).isEmpty())
        return;
    m_safetyStop = reason;
    m_safetyStoppedStep = m_engine->stepIndex();
    m_safetyPending = true;
    m_engine->stopStep(reason);
    Q_EMIT changed();
    QString text = safetyTitle() + QLatin1String(". ") + safetyAdvice();
    if (!safetyLeftOutText().isEmpty())
        text += QLatin1Char(' ') + safetyLeftOutText();
    text += QLatin1Char(' ') + (canContinueAfterSafetyStop()
                                    ? tr("Choose Continue to go on, or End the session.")
                                    : tr("Choose End the session."));
    Q_EMIT narration(text);
}

void PlayerController::continueAfterSafetyStop()
{
    if (!canContinueAfterSafetyStop())
        return;
    const QList<int> leftOut = safetyLeftOut();
    m_safetyPending = false;
    m_engine->leaveOut(QSet<int>(leftOut.cbegin(), leftOut.cend()));
    m_engine->resume();
    Q_EMIT changed();
}

void PlayerController::endAfterSafetyStop()
{
    if (!m_safetyPending)
        return;
    m_safetyPending = false;
    if (running())
        m_engine->stop(m_safetyStop); // its finished() asks about the pain
    else
        Q_EMIT narration(painQuestion(false));
    Q_EMIT changed();
}

void PlayerController::close()
{
    if (m_engine && m_engine->state() != SessionEngine::State::Idle &&
        m_engine->state() != SessionEngine::State::Finished)
        m_engine->stop(QStringLiteral("closed"));
    m_runner.reset();
    m_engine.reset();
    m_painBefore = -1;
    m_painAfter = -1;
    m_painAfterAnswered = false;
    m_preview = false;
    m_safetyStop.clear();
    m_safetyStoppedStep = -1;
    m_safetyPending = false;
    Q_EMIT changed();
    Q_EMIT timeChanged();
}

void PlayerController::update()
{
    if (m_engine)
        m_engine->update();
}

// --- what the screen shows --------------------------------------------------------

QString PlayerController::screen() const
{
    if (!m_engine)
        return QStringLiteral("none");
    if (m_safetyPending)
        return QStringLiteral("safety");
    switch (m_engine->state()) {
    case SessionEngine::State::Idle: return QStringLiteral("pain-before");
    case SessionEngine::State::Finished:
        // A preview asks no pain question: it is not the person's session.
        return m_painAfterAnswered || m_preview ? QStringLiteral("summary")
                                                : QStringLiteral("pain-after");
    case SessionEngine::State::Running:
    case SessionEngine::State::Paused: break;
    }
    return phaseScreen(m_engine->phase());
}

bool PlayerController::paused() const
{
    return m_engine && m_engine->state() == SessionEngine::State::Paused;
}

bool PlayerController::running() const
{
    return m_engine && (m_engine->state() == SessionEngine::State::Running ||
                        m_engine->state() == SessionEngine::State::Paused);
}

const Step *PlayerController::currentStep() const
{
    return m_engine ? stepAt(m_engine->stepIndex()) : nullptr;
}

const Step *PlayerController::stepAt(int index) const
{
    if (!m_engine || index < 0 || index >= m_engine->routine().steps.size())
        return nullptr;
    return &m_engine->routine().steps.at(index);
}

QString PlayerController::routineId() const
{
    return m_engine ? m_engine->routine().id : QString();
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

QString PlayerController::stepTypeName() const
{
    const Step *step = currentStep();
    return step ? Presentation::stepTypeName(step->type) : QString();
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
    if (!step || step->muscle.isEmpty())
        return {};
    const BodyModel::Muscle *muscle = m_body.muscle(step->muscle);
    return muscle ? muscle->name : step->muscle;
}

QString PlayerController::doseText() const
{
    const Step *step = currentStep();
    return step ? Presentation::doseText(*step) : QString();
}

QString PlayerController::side() const
{
    const Segment *segment = m_engine ? m_engine->segment() : nullptr;
    if (!segment)
        return QStringLiteral("none");
    // Lead-ins name the side the coming step starts on.
    const bool leadIn = segment->phase == Phase::GetReady || segment->phase == Phase::Transition;
    const int index = leadIn ? m_engine->timeline().firstActiveOf(segment->step) : -1;
    const Side side = index >= 0 ? m_engine->timeline().at(index).side : segment->side;
    return RoutineText::sideName(side);
}

QString PlayerController::sideBadge() const
{
    const QString current = side();
    if (current == QLatin1String("left"))
        return tr("LEFT");
    if (current == QLatin1String("right"))
        return tr("RIGHT");
    return {};
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

QString PlayerController::intensityText() const
{
    return Presentation::intensityText(intensity());
}

QString PlayerController::nextTitle() const
{
    const Segment *segment = m_engine ? m_engine->segment() : nullptr;
    if (!segment || m_engine->state() == SessionEngine::State::Finished)
        return {};
    const bool leadIn = segment->phase == Phase::GetReady || segment->phase == Phase::Transition;
    const int next = leadIn ? segment->step : segment->step + 1;
    const Step *step = stepAt(next);
    return step ? step->title : QString();
}

QString PlayerController::nextDoseText() const
{
    const QString title = nextTitle();
    if (title.isEmpty())
        return {};
    const Segment *segment = m_engine->segment();
    const bool leadIn = segment->phase == Phase::GetReady || segment->phase == Phase::Transition;
    return Presentation::doseText(*stepAt(leadIn ? segment->step : segment->step + 1));
}

bool PlayerController::canEndEarly() const
{
    return m_engine && m_engine->canEndEarly();
}

bool PlayerController::completed() const
{
    return m_engine && m_engine->completed();
}

QString PlayerController::announcement() const
{
    const QString current = screen();
    const QString sideText = side() == QLatin1String("left")    ? tr(", left side")
                             : side() == QLatin1String("right") ? tr(", right side")
                                                                : QString();
    if (current == QLatin1String("get-ready"))
        return tr("Get ready. First: %1%2.").arg(stepTitle(), sideText);
    if (current == QLatin1String("transition"))
        return tr("Next: %1%2.").arg(stepTitle(), sideText);
    if (current == QLatin1String("switch-sides"))
        return side() == QLatin1String("left") ? tr("Switch to the left side.")
                                               : tr("Switch to the right side.");
    if (current == QLatin1String("rep-rest"))
        return tr("Rest. Repetition %1 of %2 next.").arg(rep()).arg(repCount());
    if (current == QLatin1String("active"))
        return tr("Step %1 of %2%3: %4, %5.")
            .arg(stepNumber())
            .arg(stepCount())
            .arg(sideText, stepTitle(), Presentation::clockText(segmentTotalMs()));
    if (current == QLatin1String("safety"))
        return safetyTitle() + QLatin1String(". ") + safetyAdvice();
    if (current == QLatin1String("pain-after"))
        return completed() ? tr("Session complete.") : tr("Session stopped.");
    return {};
}

int PlayerController::segmentRemainingMs() const
{
    return m_engine ? int(m_engine->segmentRemainingMs()) : 0;
}

int PlayerController::segmentTotalMs() const
{
    return m_engine ? int(m_engine->segmentTotalMs()) : 0;
}

double PlayerController::segmentProgress() const
{
    const int total = segmentTotalMs();
    return total > 0 ? 1.0 - double(segmentRemainingMs()) / double(total) : 0.0;
}

QString PlayerController::remainingText() const
{
    return Presentation::clockText(segmentRemainingMs());
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

QString PlayerController::sessionRemainingText() const
{
    return tr("%1 left").arg(Presentation::clockText(remainingMs()));
}

QString PlayerController::spokenRemaining() const
{
    return spokenDuration(segmentRemainingMs());
}

// --- a safety stop --------------------------------------------------------------------

QString PlayerController::safetyAdvice() const
{
    return adviceFor(m_safetyStop);
}

QString PlayerController::safetyTitle() const
{
    const int number = m_safetyStoppedStep + 1;
    if (m_safetyStop == QLatin1String("sharp"))
        return tr("Step %1 stopped: sharp pain").arg(number);
    if (m_safetyStop == QLatin1String("tingling"))
        return tr("Step %1 stopped: tingling or numbness").arg(number);
    if (m_safetyStop == QLatin1String("dizzy"))
        return tr("Step %1 stopped: dizziness").arg(number);
    return {};
}

// Following the domain reference (section 3f): dizziness ends neck work for
// the day; sharp pain rests the area, so later steps on the same muscle go too.
QList<int> PlayerController::safetyLeftOut() const
{
    QList<int> steps;
    const Step *stopped = stepAt(m_safetyStoppedStep);
    if (!stopped)
        return steps;
    for (int index = m_safetyStoppedStep + 1; index < stepCount(); ++index) {
        const Step &step = *stepAt(index);
        const BodyModel::Muscle *muscle = m_body.muscle(step.muscle);
        const bool neck = muscle && muscle->locationGroups.contains(QLatin1String("neck"));
        const bool sameMuscle = !step.muscle.isEmpty() && step.muscle == stopped->muscle;
        if ((m_safetyStop == QLatin1String("dizzy") && neck) ||
            (m_safetyStop == QLatin1String("sharp") && sameMuscle))
            steps.append(index);
    }
    return steps;
}

int PlayerController::stepAfterSafetyStop() const
{
    const QList<int> leftOut = safetyLeftOut();
    for (int index = m_safetyStoppedStep + 1; index < stepCount(); ++index) {
        if (!leftOut.contains(index))
            return index;
    }
    return -1;
}

bool PlayerController::canContinueAfterSafetyStop() const
{
    return m_safetyPending && running() && stepAfterSafetyStop() >= 0;
}

QString PlayerController::safetyNextTitle() const
{
    const Step *next = stepAt(stepAfterSafetyStop());
    return next && canContinueAfterSafetyStop() ? next->title : QString();
}

QString PlayerController::safetyLeftOutText() const
{
    const int count = int(safetyLeftOut().size());
    if (count == 0)
        return {};
    if (m_safetyStop == QLatin1String("dizzy"))
        return tr("Left out for today: %n more neck step(s).", nullptr, count);
    return tr("Left out for today: %n more step(s) on this muscle.", nullptr, count);
}

// --- the summary --------------------------------------------------------------------

QString PlayerController::summaryTime() const
{
    return Presentation::clockText(elapsedMs());
}

int PlayerController::countSteps(Outcome outcome) const
{
    if (!m_engine)
        return 0;
    // A step's outcome is the most notable of its sides: stopped, ended early, skipped, done.
    QMap<int, Outcome> byStep;
    for (const StepRecord &record : m_engine->records()) {
        const Outcome known = byStep.value(record.step, Outcome::Done);
        byStep.insert(record.step, int(record.outcome) > int(known) ? record.outcome : known);
    }
    return int(std::count(byStep.cbegin(), byStep.cend(), outcome));
}

int PlayerController::stepsDone() const { return countSteps(Outcome::Done); }
int PlayerController::stepsSkipped() const { return countSteps(Outcome::Skipped); }
int PlayerController::stepsEndedEarly() const { return countSteps(Outcome::EndedEarly); }
int PlayerController::stepsStopped() const { return countSteps(Outcome::Stopped); }

int PlayerController::stepsNotReached() const
{
    if (!m_engine)
        return 0;
    QSet<int> reached;
    for (const StepRecord &record : m_engine->records())
        reached.insert(record.step);
    return stepCount() - m_engine->timeline().firstStep() - int(reached.size());
}

QString PlayerController::endedText() const
{
    if (!m_engine || m_engine->state() != SessionEngine::State::Finished || completed())
        return {};
    const Segment *last = m_engine->segment();
    const bool leadIn = last->phase == Phase::GetReady || last->phase == Phase::Transition;
    const QString title = stepAt(last->step)->title;
    return (leadIn ? tr("Stopped before step %1 of %2: %3.") : tr("Stopped at step %1 of %2: %3."))
        .arg(last->step + 1)
        .arg(stepCount())
        .arg(title);
}

QString PlayerController::painChangeText() const
{
    if (m_painBefore < 0 || m_painAfter < 0)
        return {};
    const int change = m_painAfter - m_painBefore;
    const QString scores = tr("Pain %1 → %2: ").arg(m_painBefore).arg(m_painAfter);
    if (change == 0)
        return scores + tr("no change.");
    const QString points = qAbs(change) == 1 ? tr("1 point") : tr("%1 points").arg(qAbs(change));
    if (change > 0)
        return scores + tr("%1 more. Go lighter next time, and see a professional if sessions "
                           "keep making it worse.")
                            .arg(points);
    QString text = scores + tr("%1 less.").arg(points);
    if (meaningfulChange())
        text += tr(" That is a meaningful change.");
    return text;
}

bool PlayerController::meaningfulChange() const
{
    return m_painBefore >= 0 && m_painAfter >= 0 && isMeaningfulDrop(m_painBefore, m_painAfter);
}

// --- what eyes-free mode reads out ----------------------------------------------------

QString PlayerController::painQuestion(bool before) const
{
    if (before)
        return tr("%1. Before you start: how much does it hurt right now, from 0 to 10? Choose a "
                  "number, then Start, or choose Skip.")
            .arg(routineTitle());
    return tr("How much does it hurt now, from 0 to 10? Choose a number, then Save, or choose Skip.");
}

QString PlayerController::summarySpeech() const
{
    QStringList parts{completed() ? tr("Well done.") : tr("Session stopped.")};
    if (!endedText().isEmpty())
        parts.append(endedText());
    parts.append(tr("Time: %1.").arg(spokenDuration(elapsedMs())));
    parts.append(tr("%n step(s) done.", nullptr, stepsDone()));
    if (stepsEndedEarly() > 0)
        parts.append(tr("%n ended early.", nullptr, stepsEndedEarly()));
    if (stepsSkipped() > 0)
        parts.append(tr("%n skipped.", nullptr, stepsSkipped()));
    if (stepsStopped() > 0)
        parts.append(tr("%n stopped.", nullptr, stepsStopped()));
    if (stepsNotReached() > 0)
        parts.append(tr("%n not reached.", nullptr, stepsNotReached()));
    if (m_painBefore >= 0 && m_painAfter >= 0) {
        parts.append(tr("Pain went from %1 to %2.").arg(m_painBefore).arg(m_painAfter));
        if (meaningfulChange())
            parts.append(tr("That is a meaningful change."));
    }
    parts.append(tr("Choose Done to close."));
    return parts.join(QLatin1Char(' '));
}
