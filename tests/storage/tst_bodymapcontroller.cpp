// What the Body map page sees, over a real SQLite history: every region drawn on
// its view and reachable by a tap, pain logged per region and side and kept in the
// file, the latest rating per area weighted by recency, each area's history, bad
// input refused with a sentence, and the ranking of the muscles that commonly refer
// pain there (the domain reference's table 1a), each with its reason.

#include "plurals.h"
#include "storage/historystore.h"
#include "ui/bodymapcontroller.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

const QString kRoutines = QStringLiteral(UNKNOT_SOURCE_DIR "/routines");
const QDateTime kMonday(QDate(2024, 5, 13), QTime(9, 0), QTimeZone::utc());

// For a few regions of the reference's reverse-lookup table (1a), the muscles it
// lists first with the main-zone weight 2, by their ids in muscles.json.
struct Row
{
    const char *region;
    const char *side;
    QStringList first;
};
const QList<Row> kReferralTable = {
    {"head.temple", "left", {"upper_trapezius", "temporalis"}},
    {"neck.back", "right", {"upper_trapezius", "levator_scapulae"}},
    {"chest", "left", {"pectoralis_major", "pectoralis_minor"}},
    {"elbow.lateral", "right", {"forearm_extensors"}},
    {"low_back", "left", {"quadratus_lumborum", "iliopsoas", "gluteus_medius"}},
    {"knee.back", "right", {"hamstrings", "gastrocnemius"}},
    {"heel", "left", {"soleus", "plantar_intrinsics"}},
};

struct Fixture
{
    explicit Fixture(const QString &dataDir) : store(dataDir)
    {
        QString error;
        if (!body.load(kRoutines, &error))
            qFatal("%s", qPrintable(error));
        library.load(kRoutines, {}, body.vocabulary());
        store.open();
        map = std::make_unique<BodyMapController>(body, library, store);
        map->setNow([this] { return now; });
        // Every health question answered "no": nothing is set aside.
        map->setSafetyProfile(*SafetyProfile::fromStrings({}, body, nullptr));
        map->reload();
    }

    QVariantMap area(int row) const { return map->areas()->get(row); }

    QStringList rankedMuscles() const
    {
        QStringList ids;
        for (const QVariantMap &row : map->ranking()->records()) {
            if (!row.value(QStringLiteral("excluded")).toBool())
                ids.append(row.value(QStringLiteral("muscle")).toString());
        }
        return ids;
    }

    QDateTime now = kMonday;
    BodyModel body;
    Library library;
    HistoryStore store;
    std::unique_ptr<BodyMapController> map;
};

QString keyOf(const QVariant &target)
{
    return target.toMap().value(QStringLiteral("key")).toString();
}

} // namespace

class TestBodyMapController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Plurals::install()); }

    void everyRegionIsDrawnOnItsViewWithItsSides()
    {
        QTemporaryDir dir;
        Fixture app(dir.path());
        QVERIFY(app.map->frontSilhouette().startsWith(QLatin1String("M ")));
        QVERIFY(app.map->backSilhouette().startsWith(QLatin1String("M ")));
        QSet<QString> ownView;
        for (const QVariantMap &shape : app.map->shapes()->records()) {
            const BodyModel::Region *region =
                app.body.region(shape.value(QStringLiteral("region")).toString());
            QVERIFY(region);
            const QRectF box(shape.value(QStringLiteral("boxX")).toDouble(),
                             shape.value(QStringLiteral("boxY")).toDouble(),
                             shape.value(QStringLiteral("boxWidth")).toDouble(),
                             shape.value(QStringLiteral("boxHeight")).toDouble());
            QVERIFY2(QRectF(0, 0, 200, 480).contains(box) && !box.isEmpty(),
                     qPrintable(shape.value(QStringLiteral("key")).toString()));
            QVERIFY(shape.value(QStringLiteral("path")).toString().startsWith(QLatin1String("M ")));
            if (shape.value(QStringLiteral("view")).toString() == region->view)
                ownView.insert(shape.value(QStringLiteral("key")).toString());
        }
        int expected = 0;
        for (const BodyModel::Region &region : app.body.regions())
            expected += region.sided ? 2 : 1;
        QCOMPARE(ownView.size(), expected);
        QVERIFY(ownView.contains(QStringLiteral("neck.back:right")));
        QVERIFY(ownView.contains(QStringLiteral("head.forehead:none")));
        QCOMPARE(app.map->label(QStringLiteral("neck.back"), QStringLiteral("right")),
                 QStringLiteral("Back of the neck, right"));
    }

    // For every region and side there is a spot on its own view where a tap means
    // that region first; a left region lies on the right of the front view.
    void everyRegionIsReachableByATap()
    {
        QTemporaryDir dir;
        Fixture app(dir.path());
        for (const QVariantMap &shape : app.map->shapes()->records()) {
            const QString key = shape.value(QStringLiteral("key")).toString();
            const QString view = shape.value(QStringLiteral("view")).toString();
            const QRectF box(shape.value(QStringLiteral("boxX")).toDouble(),
                             shape.value(QStringLiteral("boxY")).toDouble(),
                             shape.value(QStringLiteral("boxWidth")).toDouble(),
                             shape.value(QStringLiteral("boxHeight")).toDouble());
            bool reached = false;
            for (double y = box.top(); y <= box.bottom() && !reached; y += 0.5) {
                for (double x = box.left(); x <= box.right() && !reached; x += 0.5) {
                    const QVariantList targets = app.map->tapTargets(view, x, y, 0);
                    reached = !targets.isEmpty() && keyOf(targets.first()) == key;
                }
            }
            QVERIFY2(reached, qPrintable(key + QLatin1String(" on the ") + view));
            const bool left = shape.value(QStringLiteral("side")) == QLatin1String("left");
            const bool right = shape.value(QStringLiteral("side")) == QLatin1String("right");
            const bool onViewersRight = box.center().x() > 100;
            if (left || right)
                QVERIFY2(onViewersRight == (left == (view == QLatin1String("front"))),
                         qPrintable(key + QLatin1String(" on the ") + view));
        }
    }

    void aTapRightOnARegionMeansItAndOnTheCrowdedFaceOffersAChoice()
    {
        QTemporaryDir dir;
        Fixture app(dir.path());
        // The middle of the right lower back, on the back view (the right half there).
        const QVariantList back = app.map->tapTargets(QStringLiteral("back"), 115, 212, 8);
        QCOMPARE(back.size(), 1);
        QCOMPARE(keyOf(back.first()), QStringLiteral("low_back:right"));
        QCOMPARE(back.first().toMap().value(QStringLiteral("label")).toString(),
                 QStringLiteral("Lower back, right"));
        // The left eye on the front view, with a fingertip: the eye first, its neighbours after.
        const QVariantList face = app.map->tapTargets(QStringLiteral("front"), 110.5, 37.5, 20);
        QVERIFY(face.size() > 1 && face.size() <= 5);
        QCOMPARE(keyOf(face.first()), QStringLiteral("eye.behind_around:left"));
        QStringList keys;
        for (const QVariant &target : face)
            keys.append(keyOf(target));
        QVERIFY2(keys.contains(QStringLiteral("head.temple:left")), qPrintable(keys.join(' ')));
        // Empty space beside the figure means nothing.
        QVERIFY(app.map->tapTargets(QStringLiteral("front"), 5, 5, 8).isEmpty());
    }

    void loggedPainIsKeptInTheHistoryFileAndListed()
    {
        QTemporaryDir dir;
        {
            Fixture app(dir.path());
            QSignalSpy areasChanged(app.map.get(), &BodyMapController::areasChanged);
            QVERIFY(app.map->logPain(QStringLiteral("neck.back"), QStringLiteral("right"), 6,
                                     QStringLiteral("  after a day at the desk ")));
            QVERIFY(app.map->lastError().isEmpty());
            QCOMPARE(areasChanged.size(), 1);
            QCOMPARE(app.map->areas()->count(), 1);
            QCOMPARE(app.area(0).value(QStringLiteral("label")).toString(),
                     QStringLiteral("Back of the neck, right"));
            QCOMPARE(app.area(0).value(QStringLiteral("pain")).toInt(), 6);
            QCOMPARE(app.area(0).value(QStringLiteral("when")).toString(), QStringLiteral("today"));
            QCOMPARE(app.area(0).value(QStringLiteral("note")).toString(),
                     QStringLiteral("after a day at the desk"));
            const QVariantMap level =
                app.map->levels().value(QStringLiteral("neck.back:right")).toMap();
            QCOMPARE(level.value(QStringLiteral("pain")).toInt(), 6);
            QCOMPARE(level.value(QStringLiteral("weight")).toDouble(), 0.6);
            QVERIFY(!app.map->levels().contains(QStringLiteral("neck.back:left")));
        }
        // A new store on the same folder reads it from the SQLite file.
        HistoryStore reopened(dir.path());
        reopened.open();
        QCOMPARE(reopened.painLog(),
                 (QList<PainLogEntry>{{QStringLiteral("neck.back"), Side::Right, 6,
                                       QStringLiteral("after a day at the desk"), kMonday}}));
        Fixture again(dir.path());
        QCOMPARE(again.map->areas()->count(), 1);
        QCOMPARE(again.map->latestPain(QStringLiteral("neck.back"), QStringLiteral("right")), 6);
        QCOMPARE(again.map->latestPain(QStringLiteral("neck.back"), QStringLiteral("left")), -1);
    }

    void theLatestRatingCountsFadesWithTimeAndZeroClosesTheArea()
    {
        QTemporaryDir dir;
        Fixture app(dir.path());
        QVERIFY(app.map->logPain(QStringLiteral("low_back"), QStringLiteral("left"), 8, {}));
        app.now = kMonday.addDays(7);
        app.map->refresh();
        QCOMPARE(app.area(0).value(QStringLiteral("pain")).toInt(), 8);
        QCOMPARE(app.area(0).value(QStringLiteral("when")).toString(),
                 QStringLiteral("7 days ago"));
        QCOMPARE(app.area(0).value(QStringLiteral("weight")).toDouble(), 0.4); // half after a week

        QVERIFY(app.map->logPain(QStringLiteral("low_back"), QStringLiteral("left"), 3,
                                 QStringLiteral("better after walking")));
        QVERIFY(app.map->logPain(QStringLiteral("head.forehead"), QStringLiteral("none"), 5, {}));
        QCOMPARE(app.map->areas()->count(), 2);
        QCOMPARE(app.area(0).value(QStringLiteral("key")).toString(),
                 QStringLiteral("head.forehead:none")); // the most painful first
        QCOMPARE(app.area(1).value(QStringLiteral("pain")).toInt(), 3);

        const QVariantList history = app.map->history(QStringLiteral("low_back"),
                                                      QStringLiteral("left"));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].toMap().value(QStringLiteral("pain")).toInt(), 8);
        QCOMPARE(history[0].toMap().value(QStringLiteral("when")).toString(),
                 QStringLiteral("7 days ago"));
        QCOMPARE(history[0].toMap().value(QStringLiteral("time")).toDouble(),
                 double(kMonday.toMSecsSinceEpoch()));
        QCOMPARE(history[1].toMap().value(QStringLiteral("note")).toString(),
                 QStringLiteral("better after walking"));
        QVERIFY(app.map->history(QStringLiteral("low_back"), QStringLiteral("right")).isEmpty());

        QVERIFY(app.map->logPain(QStringLiteral("low_back"), QStringLiteral("left"), 0, {}));
        QCOMPARE(app.map->areas()->count(), 1);
        app.now = kMonday.addDays(7 + 29);
        app.map->refresh();
        QCOMPARE(app.map->areas()->count(), 0); // older than 4 weeks
        QCOMPARE(app.map->ranking()->count(), 0);
    }

    void badInputIsRefusedWithASentenceAndNothingKept()
    {
        QTemporaryDir dir;
        Fixture app(dir.path());
        QVERIFY(!app.map->logPain(QStringLiteral("neck.front"), QStringLiteral("left"), 5, {}));
        QCOMPARE(app.map->lastError(), QStringLiteral("There is no body region \"neck.front\"."));
        QVERIFY(!app.map->logPain(QStringLiteral("neck.back"), QStringLiteral("none"), 5, {}));
        QCOMPARE(app.map->lastError(),
                 QStringLiteral("Choose the left or the right side of the back of your neck."));
        QVERIFY(!app.map->logPain(QStringLiteral("head.forehead"), QStringLiteral("left"), 5, {}));
        QCOMPARE(app.map->lastError(), QStringLiteral("Forehead has no left and right side."));
        QVERIFY(!app.map->logPain(QStringLiteral("neck.back"), QStringLiteral("left"), 11, {}));
        QCOMPARE(app.map->lastError(),
                 QStringLiteral("The rating was not kept: pain: must be between 0 and 10"));
        QVERIFY(!app.map->logPain(QStringLiteral("neck.back"), QStringLiteral("left"), 5,
                                  QString(501, QLatin1Char('x'))));
        QVERIFY(app.map->lastError().contains(QLatin1String("at most 500 characters")));
        QVERIFY(app.store.painLog().isEmpty());
        QCOMPARE(app.map->areas()->count(), 0);
        QVERIFY(app.map->logPain(QStringLiteral("neck.back"), QStringLiteral("left"), 5, {}));
        QVERIFY(app.map->lastError().isEmpty());
    }

    // For each area alone, the ranking includes the muscles the reference lists first,
    // each with a reason in plain words that never diagnoses.
    void theRankingNamesTheMusclesTheReferenceListsFirst()
    {
        for (const Row &row : kReferralTable) {
            QTemporaryDir dir;
            Fixture app(dir.path());
            const QString region = QLatin1String(row.region);
            QVERIFY(app.map->logPain(region, QLatin1String(row.side), 6, {}));
            const QStringList ranked = app.rankedMuscles();
            for (const QString &muscle : row.first)
                QVERIFY2(ranked.contains(muscle),
                         qPrintable(region + QLatin1String(": ") + muscle +
                                    QLatin1String(" not in ") + ranked.join(QLatin1Char(' '))));
            QVERIFY(ranked.size() >= 2 && ranked.size() <= 4);
            const QString phrase = app.body.region(region)->phrase;
            for (const QVariantMap &candidate : app.map->ranking()->records()) {
                const QString reason = candidate.value(QStringLiteral("reason")).toString();
                QVERIFY2(reason.contains(QLatin1String("refers pain to ") + phrase),
                         qPrintable(reason));
                QVERIFY(!reason.contains(QLatin1String("you have"), Qt::CaseInsensitive));
                QVERIFY(!reason.contains(QLatin1String("trigger point"), Qt::CaseInsensitive));
                QVERIFY(!candidate.value(QStringLiteral("name")).toString().isEmpty());
            }
        }
    }

    void twoAreasRankTheMuscleTheyShareFirstAndCautionsAreShown()
    {
        QTemporaryDir dir;
        Fixture app(dir.path());
        QVERIFY(app.map->logPain(QStringLiteral("head.temple"), QStringLiteral("right"), 7, {}));
        QVERIFY(app.map->logPain(QStringLiteral("neck.back"), QStringLiteral("right"), 5, {}));
        QCOMPARE(app.rankedMuscles().value(0), QStringLiteral("upper_trapezius"));
        QCOMPARE(app.map->ranking()->get(0).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Commonly refers pain to your temple and the back of your neck."));
        QCOMPARE(app.map->notes(), QStringList{app.body.region(QStringLiteral("head.temple"))->caution});
        QVERIFY(app.map->careTitle().isEmpty()); // no safety answers yet
    }
};

QTEST_GUILESS_MAIN(TestBodyMapController)

#include "tst_bodymapcontroller.moc"
