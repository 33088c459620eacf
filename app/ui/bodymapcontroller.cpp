#include "bodymapcontroller.h"

#include "core/planner.h"

#include <QLineF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

// The ranking names what commonly refers pain to the areas, whatever the person
// owns: equipment only changes how a routine works a muscle, not whether it is named.
const QStringList kAllEquipment = {QStringLiteral("ball"), QStringLiteral("two-balls"),
                                   QStringLiteral("foam-roller"), QStringLiteral("strap")};

constexpr qsizetype kMaxTapTargets = 5;

QString keyOf(const QString &region, Side side)
{
    return region + QLatin1Char(':') + RoutineText::sideName(side);
}

QPainterPath painterPath(const BodyPath &path)
{
    QPainterPath drawn;
    for (const BodyPath::Segment &segment : path.segments()) {
        const QList<QPointF> &p = segment.points;
        switch (segment.command) {
        case 'M':
            drawn.moveTo(p[0]);
            break;
        case 'L':
            drawn.lineTo(p[0]);
            break;
        case 'Q':
            drawn.quadTo(p[0], p[1]);
            break;
        case 'C':
            drawn.cubicTo(p[0], p[1], p[2]);
            break;
        default:
            drawn.closeSubpath();
        }
    }
    return drawn;
}

double segmentDistance(const QPointF &point, const QLineF &line)
{
    const QPointF d = line.p2() - line.p1();
    const double length2 = QPointF::dotProduct(d, d);
    const double t =
        length2 > 0 ? std::clamp(QPointF::dotProduct(point - line.p1(), d) / length2, 0.0, 1.0)
                    : 0.0;
    return QLineF(point, line.p1() + t * d).length();
}

} // namespace

BodyMapController::BodyMapController(const BodyModel &body, const Library &library,
                                     ProblemAreaLog &log, QObject *parent)
    : QObject(parent), m_body(body), m_library(library), m_log(log),
      m_shapes(new RecordListModel(
          {"key", "region", "side", "view", "label", "boxX", "boxY", "boxWidth", "boxHeight",
           "path"}, this)),
      m_areas(new RecordListModel(
          {"key", "region", "side", "label", "pain", "weight", "when", "note"}, this)),
      m_ranking(new RecordListModel({"muscle", "name", "reason", "excluded"}, this))
{}

void BodyMapController::setSafetyProfile(const SafetyProfile &profile)
{
    m_safetyProfile = profile;
    refresh();
}

void BodyMapController::setNow(const Now &now)
{
    m_now = now;
    refresh();
}

QDateTime BodyMapController::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTime();
}

void BodyMapController::reload()
{
    QList<QVariantMap> records;
    m_outlines.clear();
    for (const BodyModel::Region &region : m_body.regions()) {
        const QList<Side> sides =
            region.sided ? QList<Side>{Side::Left, Side::Right} : QList<Side>{Side::None};
        for (auto view = region.outlines.cbegin(); view != region.outlines.cend(); ++view) {
            for (Side side : sides) {
                const BodyPath path = side == Side::Right ? view->mirrored() : *view;
                const QPainterPath drawn = painterPath(path);
                const QRectF box = drawn.boundingRect();
                const QString key = keyOf(region.id, side);
                m_outlines.append({key, region.id, side, view.key(), box, drawn.toFillPolygons()});
                records.append({{QStringLiteral("key"), key},
                                {QStringLiteral("region"), region.id},
                                {QStringLiteral("side"), RoutineText::sideName(side)},
                                {QStringLiteral("view"), view.key()},
                                {QStringLiteral("label"), label(region.id, RoutineText::sideName(side))},
                                {QStringLiteral("boxX"), box.x()},
                                {QStringLiteral("boxY"), box.y()},
                                {QStringLiteral("boxWidth"), box.width()},
                                {QStringLiteral("boxHeight"), box.height()},
                                {QStringLiteral("path"), path.translated(-box.topLeft()).toString()}});
            }
        }
    }
    m_shapes->setRecords(records);
    Q_EMIT shapesChanged();
    refresh();
}

QString BodyMapController::frontSilhouette() const
{
    return m_body.silhouettes().value(QStringLiteral("front")).toString();
}

QString BodyMapController::backSilhouette() const
{
    return m_body.silhouettes().value(QStringLiteral("back")).toString();
}

void BodyMapController::refresh()
{
    const QList<PainLogEntry> log = m_log.painLog();
    const QList<ProblemArea> current = ProblemAreaLog::currentAreas(log, now());
    fillAreas(log, current);
    fillRanking(current);
    Q_EMIT areasChanged();
}

void BodyMapController::fillAreas(const QList<PainLogEntry> &log,
                                  const QList<ProblemArea> &current)
{
    QList<QVariantMap> areas;
    m_levels.clear();
    m_notes.clear();
    for (const ProblemArea &area : current) {
        const QString side = RoutineText::sideName(area.side);
        const QString key = keyOf(area.region, area.side);
        // The rating currentAreas() kept: the latest of its region and side.
        const PainLogEntry *latest = nullptr;
        for (const PainLogEntry &entry : log) {
            if (entry.region == area.region && entry.side == area.side &&
                (!latest || latest->at <= entry.at))
                latest = &entry;
        }
        const QDateTime at = latest ? latest->at : now();
        areas.append({{QStringLiteral("key"), key},
                      {QStringLiteral("region"), area.region},
                      {QStringLiteral("side"), side},
                      {QStringLiteral("label"), label(area.region, side)},
                      {QStringLiteral("pain"), area.pain},
                      {QStringLiteral("weight"), area.weight()},
                      {QStringLiteral("when"), whenText(at)},
                      {QStringLiteral("note"), latest ? latest->note : QString()}});
        m_levels.insert(key, QVariantMap{{QStringLiteral("pain"), area.pain},
                                         {QStringLiteral("weight"), area.weight()}});
        const QString regionCaution = caution(area.region);
        if (!regionCaution.isEmpty() && !m_notes.contains(regionCaution))
            m_notes.append(regionCaution);
    }
    m_areas->setRecords(areas);
}

void BodyMapController::fillRanking(const QList<ProblemArea> &current)
{
    m_careTitle.clear();
    m_careAdvice.clear();
    QList<QVariantMap> rows;
    if (!current.isEmpty()) {
        const Plan plan =
            Planner(m_body, m_library).plan({current, kAllEquipment, 10, m_safetyProfile});
        if (plan.block) {
            m_careTitle = plan.block->title;
            m_careAdvice = plan.block->advice;
        }
        for (const PlanCandidate &candidate : plan.candidates)
            rows.append({{QStringLiteral("muscle"), candidate.muscle},
                         {QStringLiteral("name"), candidate.name},
                         {QStringLiteral("reason"), candidate.reason},
                         {QStringLiteral("excluded"), false}});
        for (const PlanExclusion &exclusion : plan.excluded)
            rows.append({{QStringLiteral("muscle"), exclusion.muscle},
                         {QStringLiteral("name"), exclusion.name},
                         {QStringLiteral("reason"), exclusion.reason},
                         {QStringLiteral("excluded"), true}});
    }
    m_ranking->setRecords(rows);
}

bool BodyMapController::logPain(const QString &region, const QString &side, int pain,
                                const QString &note)
{
    const BodyModel::Region *known = m_body.region(region);
    const std::optional<Side> parsed = RoutineText::sideFromName(side);
    QString error;
    if (!known) {
        error = tr("There is no body region \"%1\".").arg(region);
    } else if (!parsed || (known->sided ? *parsed != Side::Left && *parsed != Side::Right
                                        : *parsed != Side::None)) {
        error = known->sided ? tr("Choose the left or the right side of %1.").arg(known->phrase)
                             : tr("%1 has no left and right side.").arg(known->name);
    } else if (!m_log.addPainLog({region, *parsed, pain, note.trimmed(), now()}, &error)) {
        error = tr("The rating was not kept: %1").arg(error);
    }
    setLastError(error);
    if (!error.isEmpty())
        return false;
    refresh();
    return true;
}

QVariantList BodyMapController::history(const QString &region, const QString &side) const
{
    const Side wanted = RoutineText::sideFromName(side).value_or(Side::None);
    QList<PainLogEntry> entries;
    for (const PainLogEntry &entry : m_log.painLog()) {
        if (entry.region == region && entry.side == wanted)
            entries.append(entry);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const PainLogEntry &a, const PainLogEntry &b) { return a.at < b.at; });
    QVariantList points;
    for (const PainLogEntry &entry : std::as_const(entries))
        points.append(QVariantMap{{QStringLiteral("time"), double(entry.at.toMSecsSinceEpoch())},
                                  {QStringLiteral("pain"), entry.pain},
                                  {QStringLiteral("note"), entry.note},
                                  {QStringLiteral("when"), whenText(entry.at)}});
    return points;
}

int BodyMapController::latestPain(const QString &region, const QString &side) const
{
    const QVariantList points = history(region, side);
    return points.isEmpty() ? -1 : points.constLast().toMap().value(QStringLiteral("pain")).toInt();
}

double BodyMapController::distance(const Outline &outline, const QPointF &point)
{
    double nearest = std::numeric_limits<double>::max();
    for (const QPolygonF &polygon : outline.polygons) {
        if (polygon.containsPoint(point, Qt::OddEvenFill))
            return 0;
        for (qsizetype i = 0; i + 1 < polygon.size(); ++i)
            nearest = std::min(nearest, segmentDistance(point, {polygon[i], polygon[i + 1]}));
    }
    return nearest;
}

QVariantList BodyMapController::tapTargets(const QString &view, double x, double y,
                                           double fingerRadius) const
{
    const QPointF point(x, y);
    QList<std::pair<double, const Outline *>> near;
    for (const Outline &outline : m_outlines) {
        if (outline.view != view)
            continue;
        if (const double d = distance(outline, point); d <= fingerRadius)
            near.append({d, &outline});
    }
    std::stable_sort(near.begin(), near.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    // Right on a region with no other close by: no need to ask. Otherwise a short
    // list to choose from, the closest first.
    if (near.size() > 1 && near[0].first == 0 && near[1].first > fingerRadius / 2)
        near.resize(1);
    if (near.size() > kMaxTapTargets)
        near.resize(kMaxTapTargets);
    QVariantList targets;
    for (const auto &[d, outline] : std::as_const(near)) {
        const QString side = RoutineText::sideName(outline->side);
        targets.append(QVariantMap{{QStringLiteral("key"), outline->key},
                                   {QStringLiteral("region"), outline->region},
                                   {QStringLiteral("side"), side},
                                   {QStringLiteral("label"), label(outline->region, side)}});
    }
    return targets;
}

QString BodyMapController::label(const QString &region, const QString &side) const
{
    const BodyModel::Region *known = m_body.region(region);
    const QString name = known ? known->name : region;
    if (side == QLatin1String("left"))
        return tr("%1, left").arg(name);
    if (side == QLatin1String("right"))
        return tr("%1, right").arg(name);
    return name;
}

QString BodyMapController::caution(const QString &region) const
{
    const BodyModel::Region *known = m_body.region(region);
    return known ? known->caution : QString();
}

QString BodyMapController::whenText(const QDateTime &at) const
{
    const qint64 days = at.toLocalTime().date().daysTo(now().toLocalTime().date());
    if (days <= 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    return tr("%n day(s) ago", nullptr, int(days));
}

void BodyMapController::setLastError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}
