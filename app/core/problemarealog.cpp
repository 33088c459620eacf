#include "problemarealog.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {
constexpr double kSecondsPerDay = 24 * 60 * 60;
} // namespace

double ProblemArea::weight() const
{
    return std::clamp(pain, 0, ProblemAreaLog::kMaxPain) / double(ProblemAreaLog::kMaxPain) *
           std::pow(0.5, std::max(0.0, daysAgo) / kHalfLifeDays);
}

bool ProblemAreaLog::check(const PainLogEntry &entry, QString *error)
{
    static const QRegularExpression regionPattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z_]*(\\.[a-z][a-z_]*)?")));
    if (!regionPattern.match(entry.region).hasMatch())
        *error = QStringLiteral("region: \"%1\" is not a body region id").arg(entry.region);
    else if (entry.side == Side::Both)
        *error = QStringLiteral("side: rate the left and the right side one at a time");
    else if (entry.pain < 0 || entry.pain > kMaxPain)
        *error = QStringLiteral("pain: must be between 0 and %1").arg(kMaxPain);
    else if (entry.note.size() > kMaxNoteLength)
        *error = QStringLiteral("note: must be at most %1 characters long").arg(kMaxNoteLength);
    else if (!entry.at.isValid())
        *error = QStringLiteral("at: needs the date and time of the rating");
    else
        return true;
    return false;
}

QList<ProblemArea> ProblemAreaLog::currentAreas(const QList<PainLogEntry> &log,
                                                const QDateTime &now)
{
    // The latest rating wins, also when it says the pain is gone (0).
    QHash<QPair<QString, int>, const PainLogEntry *> latest;
    for (const PainLogEntry &entry : log) {
        const qint64 age = entry.at.secsTo(now);
        if (age < 0 || age > qint64(kCurrentDays * kSecondsPerDay))
            continue;
        const PainLogEntry *&kept = latest[{entry.region, int(entry.side)}];
        if (!kept || kept->at <= entry.at)
            kept = &entry;
    }
    QList<ProblemArea> areas;
    for (const PainLogEntry *entry : std::as_const(latest)) {
        if (entry->pain > 0)
            areas.append({entry->region, entry->side, entry->pain,
                          double(entry->at.secsTo(now)) / kSecondsPerDay});
    }
    std::sort(areas.begin(), areas.end(), [](const ProblemArea &a, const ProblemArea &b) {
        if (a.pain != b.pain)
            return a.pain > b.pain;
        if (a.region != b.region)
            return a.region < b.region;
        return int(a.side) < int(b.side);
    });
    return areas;
}
