#include "cueformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
bool namesSide(const Cue &cue)
{
    return cue.side != Side::None && cue.kind != CueKind::GetReady &&
           cue.kind != CueKind::Transition && cue.kind != CueKind::Finished &&
           cue.kind != CueKind::Stopped;
}

QString quoted(const QString &text)
{
    // The JSON string form: escapes quotes and line breaks, keeps one line per event.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}
} // namespace

namespace CueFormat {

QString kindName(CueKind kind)
{
    switch (kind) {
    case CueKind::GetReady: return QStringLiteral("get-ready");
    case CueKind::StepStart: return QStringLiteral("step-start");
    case CueKind::Halfway: return QStringLiteral("halfway");
    case CueKind::TenSecondsLeft: return QStringLiteral("ten-seconds-left");
    case CueKind::Countdown: return QStringLiteral("countdown");
    case CueKind::SwitchSides: return QStringLiteral("switch-sides");
    case CueKind::RepRest: return QStringLiteral("rep-rest");
    case CueKind::StepEnd: return QStringLiteral("step-end");
    case CueKind::RollPass: return QStringLiteral("roll-pass");
    case CueKind::Spoken: return QStringLiteral("spoken");
    case CueKind::Transition: return QStringLiteral("transition");
    case CueKind::Finished: return QStringLiteral("finished");
    case CueKind::Stopped: return QStringLiteral("stopped");
    }
    return {};
}

QString textLine(const Cue &cue)
{
    QString line = QStringLiteral("%1 %2").arg(cue.atMs).arg(kindName(cue.kind));
    if (cue.kind != CueKind::Finished && cue.kind != CueKind::Stopped)
        line += QStringLiteral(" step=%1").arg(cue.step + 1);
    if (namesSide(cue))
        line += QStringLiteral(" side=%1").arg(RoutineText::sideName(cue.side));
    if (cue.rep > 1 && namesSide(cue))
        line += QStringLiteral(" rep=%1").arg(cue.rep);
    if (cue.kind == CueKind::Countdown)
        line += QStringLiteral(" %1").arg(cue.value);
    if (cue.kind == CueKind::RollPass)
        line += QStringLiteral(" pass=%1").arg(cue.value);
    if (!cue.text.isEmpty())
        line += QLatin1Char(' ') + quoted(cue.text);
    return line;
}

QByteArray jsonLine(const Cue &cue)
{
    QJsonObject object{{QStringLiteral("at"), cue.atMs}, {QStringLiteral("kind"), kindName(cue.kind)}};
    if (cue.kind != CueKind::Finished && cue.kind != CueKind::Stopped)
        object.insert(QStringLiteral("step"), cue.step + 1);
    if (namesSide(cue)) {
        object.insert(QStringLiteral("side"), RoutineText::sideName(cue.side));
        object.insert(QStringLiteral("rep"), cue.rep);
    }
    if (cue.kind == CueKind::Countdown || cue.kind == CueKind::RollPass)
        object.insert(QStringLiteral("value"), cue.value);
    if (!cue.text.isEmpty())
        object.insert(QStringLiteral("text"), cue.text);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace CueFormat
