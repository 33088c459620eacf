#include "cuesounds.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// Timing phrases are useless once late; guidance keeps for a while behind them.
constexpr qint64 kTimingStaleMs = 1000;
constexpr qint64 kGuidanceStaleMs = 20000;
constexpr qint64 kDetailStaleMs = 8000;

QString tr(const char *text)
{
    return QCoreApplication::translate("CueSounds", text);
}

Phrase timing(const QString &text)
{
    return {text, SpeechPriority::Timing, kTimingStaleMs};
}

Phrase guidance(const QString &text)
{
    return {text, SpeechPriority::Guidance, kGuidanceStaleMs};
}

Phrase detail(const QString &text)
{
    return {text, SpeechPriority::Detail, kDetailStaleMs};
}

QString numberWord(int value)
{
    switch (value) {
    case 1: return tr("One.");
    case 2: return tr("Two.");
    case 3: return tr("Three.");
    }
    return QString::number(value);
}

// "Upper trapezius, left side"; the title alone for a step without sides.
QString titleAndSide(const QString &title, Side side)
{
    if (side == Side::Left)
        return tr("%1, left side").arg(title);
    if (side == Side::Right)
        return tr("%1, right side").arg(title);
    return title;
}

// Whole sentences, so that a translation can put the side where its grammar wants it.
QString startOnSide(Side side)
{
    if (side == Side::Left)
        return tr("Start on the left side.");
    if (side == Side::Right)
        return tr("Start on the right side.");
    return {};
}

QString switchTo(Side side)
{
    return side == Side::Left ? tr("Switch to the left side.") : tr("Switch to the right side.");
}

QString sideGo(Side side)
{
    return side == Side::Left ? tr("Left side. Go.") : tr("Right side. Go.");
}

QString sentences(const QStringList &parts)
{
    QStringList present = parts;
    present.removeAll(QString());
    return present.join(QLatin1Char(' '));
}

QString seconds(qint64 ms)
{
    const qint64 count = (ms + 500) / 1000;
    return count == 1 ? tr("1 second") : tr("%1 seconds").arg(count);
}

QString minutes(qint64 ms)
{
    const qint64 count = qMax<qint64>(1, (ms + 30000) / 60000);
    return count == 1 ? tr("about a minute")
                      : tr("about %1 minutes").arg(count);
}

QString actionWord(StepType type)
{
    switch (type) {
    case StepType::Hold: return tr("Hold");
    case StepType::Roll: return tr("Roll");
    case StepType::Stretch: return tr("Stretch");
    case StepType::Move: return tr("Move");
    case StepType::Rest: return tr("Rest");
    }
    return {};
}

// "Step 2 of 5: Upper trapezius. Hold for 45 seconds, each side."
QString stepSummary(const Routine &routine, int index)
{
    const Step &step = routine.steps.at(index);
    QString text = tr("Step %1 of %2: %3. %4 for %5")
                       .arg(index + 1)
                       .arg(routine.steps.size())
                       .arg(step.title, actionWord(step.type), seconds(step.seconds * 1000));
    if (step.side == Side::Both)
        text += tr(", each side");
    if (step.reps > 1)
        text += tr(", %1 times").arg(step.reps);
    return text + QLatin1Char('.');
}

QString intensityHint(const Step &step)
{
    return step.intensity ? tr(" Aim for about %1 out of 10.").arg(*step.intensity) : QString();
}

std::optional<Phrase> stepStart(const Cue &cue, const CueSounds::Context &context)
{
    const Routine &routine = *context.routine;
    const Step &step = routine.steps.at(cue.step);
    if (!context.firstOfStep) {
        if (!context.eyesFree)
            return std::nullopt;
        if (cue.rep > 1)
            return detail(tr("Repetition %1 of %2.").arg(cue.rep).arg(step.reps) + QLatin1Char(' ') +
                          tr("Go."));
        return detail(sideGo(cue.side));
    }
    if (!context.eyesFree)
        return guidance(titleAndSide(step.title, cue.side) + QLatin1String(". ") +
                        CueSounds::firstSentence(step.instructions));
    return guidance(sentences({stepSummary(routine, cue.step), startOnSide(cue.side),
                               step.instructions + intensityHint(step)}));
}

std::optional<Phrase> getReady(const Cue &cue, const CueSounds::Context &context)
{
    const Routine &routine = *context.routine;
    if (!context.eyesFree)
        return guidance(tr("Get ready. First: %1.").arg(titleAndSide(cue.text, context.startSide)));
    const qint64 totalMs = Timeline(routine, {}).totalMs();
    return guidance(sentences({tr("%1. %2 steps, %3. Get ready. %4")
                                   .arg(routine.title)
                                   .arg(routine.steps.size())
                                   .arg(minutes(totalMs), stepSummary(routine, cue.step)),
                               startOnSide(context.startSide)}));
}

std::optional<Phrase> transition(const Cue &cue, const CueSounds::Context &context)
{
    if (!context.eyesFree)
        return guidance(tr("Next: %1.").arg(titleAndSide(cue.text, context.startSide)));
    return guidance(sentences({tr("Next. %1").arg(stepSummary(*context.routine, cue.step)),
                               startOnSide(context.startSide), tr("Get into position.")}));
}

} // namespace

namespace CueSounds {

std::optional<Tone> tone(const Cue &cue)
{
    switch (cue.kind) {
    case CueKind::GetReady: return Tone::GetReady;
    case CueKind::StepStart: return Tone::StepStart;
    case CueKind::Halfway: return Tone::Halfway;
    case CueKind::TenSecondsLeft: return Tone::TenSeconds;
    case CueKind::Countdown: return Tone::Countdown;
    case CueKind::SwitchSides: return Tone::SwitchSides;
    case CueKind::StepEnd: return Tone::StepEnd;
    case CueKind::RollPass: return Tone::RollTick;
    case CueKind::Finished: return Tone::Finished;
    case CueKind::RepRest:
    case CueKind::Spoken:
    case CueKind::Transition:
    case CueKind::Stopped: return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Phrase> phrase(const Cue &cue, const Context &context)
{
    Q_ASSERT(context.routine);
    switch (cue.kind) {
    case CueKind::GetReady: return getReady(cue, context);
    case CueKind::StepStart: return stepStart(cue, context);
    case CueKind::Halfway:
        return context.eyesFree ? std::optional(detail(tr("Halfway."))) : std::nullopt;
    case CueKind::TenSecondsLeft: return timing(tr("Ten seconds."));
    case CueKind::Countdown: return timing(numberWord(cue.value));
    case CueKind::SwitchSides: return timing(switchTo(cue.side));
    case CueKind::RepRest: {
        const int reps = context.routine->steps.at(cue.step).reps;
        return guidance(context.eyesFree ? tr("Rest. Repetition %1 of %2 is next.").arg(cue.rep).arg(reps)
                                         : tr("Rest."));
    }
    case CueKind::StepEnd:
    case CueKind::RollPass: return std::nullopt;
    case CueKind::Spoken: return guidance(cue.text);
    case CueKind::Transition: return transition(cue, context);
    case CueKind::Finished:
        return Phrase{tr("Well done. You finished %1.").arg(context.routine->title),
                      SpeechPriority::Closing, 0};
    case CueKind::Stopped:
        return context.eyesFree ? std::optional(Phrase{tr("Session stopped."), SpeechPriority::Closing, 0})
                                : std::nullopt;
    }
    return std::nullopt;
}

QString firstSentence(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[.!?](\\s|$)"));
    const QRegularExpressionMatch match = end.match(text);
    return match.hasMatch() ? text.left(match.capturedStart() + 1) : text;
}

} // namespace CueSounds
