#pragma once

#include "recordlistmodel.h"

#include "core/bodymodel.h"
#include "core/library.h"
#include "core/problemarealog.h"
#include "core/safetyprofile.h"

#include <QDateTime>
#include <QObject>
#include <QPolygonF>
#include <QQmlEngine>
#include <QVariantList>

#include <functional>

// What the Body map page sees: the figure and its regions to draw (front and
// back, each region once per side), the current problem areas, logging pain
// for a region and side, each region's history, and the muscles that commonly
// refer pain to the problem areas, ranked by the planner with their reasons.
class BodyMapController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext.bodyMap")

    // The drawing area of both views, in map units (paths use them).
    Q_PROPERTY(int mapWidth READ mapWidth CONSTANT)
    Q_PROPERTY(int mapHeight READ mapHeight CONSTANT)
    // The figure behind the regions, as SVG path data.
    Q_PROPERTY(QString frontSilhouette READ frontSilhouette NOTIFY shapesChanged)
    Q_PROPERTY(QString backSilhouette READ backSilhouette NOTIFY shapesChanged)
    // One record per region, side and view it is drawn on: key ("neck.back:right"),
    // region, side ("left", "right", "none"), view, label ("Back of the neck, right"),
    // boxX, boxY, boxWidth, boxHeight (its box in map units) and path (SVG path data
    // relative to the box's corner). Set when the body model loads; pain is in levels.
    Q_PROPERTY(RecordListModel *shapes READ shapes CONSTANT)
    // The current pain by key: {pain (1 to 10), weight (0 to 1, pain and recency as
    // the planner weighs them)}; keys without pain now are absent.
    Q_PROPERTY(QVariantMap levels READ levels NOTIFY areasChanged)
    // The current problem areas, most painful first: key, region, side, label, pain,
    // weight, when ("today", "3 days ago"), note (of the latest rating).
    Q_PROPERTY(RecordListModel *areas READ areas CONSTANT)
    // The muscles that commonly refer pain to the problem areas, best first:
    // muscle, name, reason ("Commonly refers pain to your temple.").
    Q_PROPERTY(RecordListModel *ranking READ ranking CONSTANT)
    // Things to know about the areas marked (their cautions), in plain words.
    Q_PROPERTY(QStringList notes READ notes NOTIFY areasChanged)
    // Set when a safety answer calls for care instead of self-treatment.
    Q_PROPERTY(QString careTitle READ careTitle NOTIFY areasChanged)
    Q_PROPERTY(QString careAdvice READ careAdvice NOTIFY areasChanged)
    // Why the last logPain() failed, as a sentence; empty after a success.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    using Now = std::function<QDateTime()>;

    BodyMapController(const BodyModel &body, const Library &library, ProblemAreaLog &log,
                      QObject *parent = nullptr);

    // Builds the shapes after the body model loaded, then refresh().
    void reload();
    // Reads the pain log again (it changed outside this controller).
    void refresh();
    // Tests fix the clock; by default it is the system's.
    void setNow(const Now &now);
    // The health answers the ranking honours (none answered: the chest is left out).
    void setSafetyProfile(const SafetyProfile &profile);

    // Keeps a rating of a region and side ("left", "right"; "none" for a region
    // without sides); pain 0 (gone) to 10. False with lastError set otherwise.
    Q_INVOKABLE bool logPain(const QString &region, const QString &side, int pain,
                             const QString &note);
    // Every rating of a region and side, oldest first: {time (ms since 1970), pain,
    // note, when}.
    Q_INVOKABLE QVariantList history(const QString &region, const QString &side) const;
    // What a tap at (x, y) of a view (map units) may mean, closest first:
    // [{key, region, side, label}]: the (at most 5) shapes within fingerRadius, or
    // only the one under the point when no other lies within half of it.
    Q_INVOKABLE QVariantList tapTargets(const QString &view, double x, double y,
                                        double fingerRadius) const;
    // "Back of the neck, right".
    Q_INVOKABLE QString label(const QString &region, const QString &side) const;
    // The region's caution, shown whenever it is marked; may be empty.
    Q_INVOKABLE QString caution(const QString &region) const;
    // The latest rating of a region and side, however old; -1 when there is none.
    Q_INVOKABLE int latestPain(const QString &region, const QString &side) const;

    int mapWidth() const { return BodyPath::kMapWidth; }
    int mapHeight() const { return BodyPath::kMapHeight; }
    QString frontSilhouette() const;
    QString backSilhouette() const;
    RecordListModel *shapes() const { return m_shapes; }
    QVariantMap levels() const { return m_levels; }
    RecordListModel *areas() const { return m_areas; }
    RecordListModel *ranking() const { return m_ranking; }
    QStringList notes() const { return m_notes; }
    QString careTitle() const { return m_careTitle; }
    QString careAdvice() const { return m_careAdvice; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void shapesChanged();
    void areasChanged();
    void lastErrorChanged();

private:
    // A shape as hit-testing needs it, in map units.
    struct Outline
    {
        QString key;
        QString region;
        Side side = Side::None;
        QString view;
        QRectF box;
        QList<QPolygonF> polygons; // the filled areas
    };

    QDateTime now() const;
    void setLastError(const QString &error);
    void fillAreas(const QList<PainLogEntry> &log, const QList<ProblemArea> &current);
    void fillRanking(const QList<ProblemArea> &current);
    QString whenText(const QDateTime &at) const;
    static double distance(const Outline &outline, const QPointF &point);

    const BodyModel &m_body;
    const Library &m_library;
    ProblemAreaLog &m_log;
    Now m_now;
    SafetyProfile m_safetyProfile;
    QList<Outline> m_outlines;
    RecordListModel *m_shapes;
    RecordListModel *m_areas;
    RecordListModel *m_ranking;
    QVariantMap m_levels;
    QStringList m_notes;
    QString m_careTitle;
    QString m_careAdvice;
    QString m_lastError;
};
