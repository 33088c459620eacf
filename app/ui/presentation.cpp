#include "presentation.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Presentation", text);
}
} // namespace

namespace Presentation {

QString stepTypeName(StepType type)
{
    switch (type) {
    case StepType::Hold: return tr("Pressure hold");
    case StepType::Roll: return tr("Foam roll");
    case StepType::Stretch: return tr("Stretch");
    case StepType::Move: return tr("Movement");
    case StepType::Rest: return tr("Rest");
    }
    return {};
}

QString sideName(Side side)
{
    switch (side) {
    case Side::Left: return tr("Left");
    case Side::Right: return tr("Right");
    case Side::Both: return tr("Both sides");
    case Side::None: return {};
    }
    return {};
}

QString doseText(const Step &step)
{
    QString text = step.reps > 1 ? tr("%1 s × %2").arg(step.seconds).arg(step.reps)
                                 : tr("%1 s").arg(step.seconds);
    if (step.side == Side::Both)
        text += tr(" each side");
    return text;
}

QString intensityText(int intensity)
{
    if (intensity < 0)
        return {};
    if (intensity <= 2)
        return tr("about %1 out of 10: light, just noticeable").arg(intensity);
    if (intensity <= 4)
        return tr("about %1 out of 10: firm but comfortable").arg(intensity);
    if (intensity <= 6)
        return tr("about %1 out of 10: a good hurt, never sharp").arg(intensity);
    return tr("about %1 out of 10: strong; ease off if it turns sharp").arg(intensity);
}

QString equipmentName(const QString &id)
{
    if (id == QLatin1String("none")) return tr("No equipment");
    if (id == QLatin1String("ball")) return tr("Ball");
    if (id == QLatin1String("two-balls")) return tr("Two balls");
    if (id == QLatin1String("foam-roller")) return tr("Foam roller");
    if (id == QLatin1String("wall")) return tr("Wall");
    if (id == QLatin1String("doorframe")) return tr("Doorframe");
    if (id == QLatin1String("chair")) return tr("Chair");
    if (id == QLatin1String("strap")) return tr("Strap");
    return id;
}

QString groupName(const QString &group)
{
    QString name = group;
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return tr(name.toUtf8().constData());
}

QString durationText(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    return tr("%1 min").arg((seconds + 30) / 60);
}

QString clockText(qint64 ms)
{
    const qint64 seconds = (qMax<qint64>(0, ms) + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Presentation
