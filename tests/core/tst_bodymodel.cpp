// The body model: the built-in regions and muscles load and hold what the planner
// needs, and every broken body file (tests/data/body/bad) is refused with exactly
// the lines in its .expected file.

#include "core/bodymodel.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>

namespace {

const QString kRoutines = QStringLiteral(UNKNOT_SOURCE_DIR "/routines");
const QString kBodyData = QStringLiteral(UNKNOT_SOURCE_DIR "/tests/data/body");
constexpr int kMinimumBadFiles = 20;

// The 26 muscles of the domain reference's table (section 1).
const QStringList kReferenceMuscles = {
    QStringLiteral("upper_trapezius"),    QStringLiteral("levator_scapulae"),
    QStringLiteral("suboccipitals"),      QStringLiteral("sternocleidomastoid"),
    QStringLiteral("scalenes"),           QStringLiteral("temporalis"),
    QStringLiteral("masseter"),           QStringLiteral("infraspinatus"),
    QStringLiteral("supraspinatus"),      QStringLiteral("rhomboids"),
    QStringLiteral("pectoralis_major"),   QStringLiteral("pectoralis_minor"),
    QStringLiteral("quadratus_lumborum"), QStringLiteral("iliopsoas"),
    QStringLiteral("gluteus_medius"),     QStringLiteral("gluteus_minimus"),
    QStringLiteral("piriformis"),         QStringLiteral("tensor_fasciae_latae"),
    QStringLiteral("quadriceps"),         QStringLiteral("hamstrings"),
    QStringLiteral("gastrocnemius"),      QStringLiteral("soleus"),
    QStringLiteral("tibialis_anterior"),  QStringLiteral("plantar_intrinsics"),
    QStringLiteral("forearm_extensors"),  QStringLiteral("forearm_flexors"),
};

QStringList expectedLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read ") + path};
    QString text = QString::fromUtf8(file.readAll());
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text.split(QLatin1Char('\n'));
}

} // namespace

class TestBodyModel : public QObject
{
    Q_OBJECT

private:
    BodyModel m_body;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_body.load(QStringLiteral(":/routines"), &error), qPrintable(error));
    }

    void regionsHaveWhatTheBodyMapNeeds()
    {
        QCOMPARE(m_body.regions().size(), 47);
        const BodyModel::Region *temple = m_body.region(QStringLiteral("head.temple"));
        QVERIFY(temple);
        QCOMPARE(temple->name, QStringLiteral("Temple"));
        QCOMPARE(temple->phrase, QStringLiteral("your temple"));
        QCOMPARE(temple->group, QStringLiteral("head"));
        QCOMPARE(temple->view, QStringLiteral("front"));
        QVERIFY(temple->sided);
        QVERIFY(!temple->caution.isEmpty());
        QVERIFY(!m_body.region(QStringLiteral("head.forehead"))->sided);
        QVERIFY(m_body.region(QStringLiteral("ear"))->caution.isEmpty());
        QCOMPARE(m_body.region(QStringLiteral("nowhere")), nullptr);
        for (const BodyModel::Region &region : m_body.regions())
            QVERIFY2(region.view == QLatin1String("front") || region.view == QLatin1String("back"),
                     qPrintable(region.id));
    }

    // The body map draws every region on its own view, on the figure of that view.
    void everyRegionHasAnOutlineOnItsView()
    {
        const QRectF area(0, 0, BodyPath::kMapWidth, BodyPath::kMapHeight);
        for (const QString &view : {QStringLiteral("front"), QStringLiteral("back")}) {
            QVERIFY(m_body.silhouettes().contains(view));
            QVERIFY(area.contains(m_body.silhouettes().value(view).bounds()));
        }
        const QRectF figure = m_body.silhouettes().value(QStringLiteral("back")).bounds();
        for (const BodyModel::Region &region : m_body.regions()) {
            QVERIFY2(region.outlines.contains(region.view), qPrintable(region.id));
            for (const BodyPath &outline : region.outlines) {
                QVERIFY2(figure.contains(outline.bounds()), qPrintable(region.id));
                QVERIFY2(figure.contains(outline.mirrored().bounds()), qPrintable(region.id));
            }
        }
        // Sided regions are drawn on the person's left: the right of the front view.
        QVERIFY(m_body.region(QStringLiteral("chest"))->outlines.value(QStringLiteral("front"))
                    .bounds().left() > BodyPath::kMapWidth / 2);
        QVERIFY(m_body.region(QStringLiteral("calf"))->outlines.value(QStringLiteral("back"))
                    .bounds().right() < BodyPath::kMapWidth / 2);
    }

    void pathsFollowTheirRules()
    {
        const std::optional<BodyPath> path =
            BodyPath::parse(QStringLiteral("M 90 10 L 110.5 10 Q 120 20 100 30 Z M 0 0 C 1 2 3 4 200 480 Z"));
        QVERIFY(path);
        QCOMPARE(path->segments().size(), 7);
        QCOMPARE(path->segments()[2].command, 'Q');
        QCOMPARE(path->segments()[2].points, (QList<QPointF>{{120, 20}, {100, 30}}));
        QCOMPARE(path->bounds(), QRectF(0, 0, 200, 480));
        QCOMPARE(path->toString(),
                 QStringLiteral("M 90 10 L 110.5 10 Q 120 20 100 30 Z M 0 0 C 1 2 3 4 200 480 Z"));
        QCOMPARE(path->mirrored().toString(),
                 QStringLiteral("M 110 10 L 89.5 10 Q 80 20 100 30 Z M 200 0 C 199 2 197 4 0 480 Z"));
        QCOMPARE(path->translated({-0.25, 1}).segments()[1].points.first(), QPointF(110.25, 11));
        for (const char *bad : {"M 90 10 L 110 10", "M 90 10 L 201 10 Z", "M 90 481 Z",
                                "m 90 10 l 1 1 z", "M 90 10 A 1 1 0 0 1 2 2 Z", "M 90 10 L 1 Z",
                                "M 90.25 10 Z", "M -1 10 Z", "M  90 10 Z", "M 90 10 Z ", ""})
            QVERIFY2(!BodyPath::parse(QLatin1String(bad)), bad);
    }

    void everyReferenceMuscleIsThere()
    {
        QVERIFY(m_body.muscles().size() >= kReferenceMuscles.size());
        for (const QString &id : kReferenceMuscles)
            QVERIFY2(m_body.muscle(id), qPrintable(id));
    }

    void musclesHaveWhatThePlannerNeeds()
    {
        const BodyModel::Muscle *trapezius = m_body.muscle(QStringLiteral("upper_trapezius"));
        QVERIFY(trapezius);
        QCOMPARE(trapezius->referralWeight(QStringLiteral("head.temple")), 2);
        QCOMPARE(trapezius->referralWeight(QStringLiteral("jaw.tmj")), 1);
        QCOMPARE(trapezius->referralWeight(QStringLiteral("heel")), 0);
        QCOMPARE(trapezius->access(StepType::Roll), BodyModel::Access::No);
        QCOMPARE(trapezius->access(StepType::Hold), BodyModel::Access::Yes);
        QCOMPARE(trapezius->access(StepType::Move), BodyModel::Access::No);
        QVERIFY(!trapezius->dose(StepType::Roll));
        QCOMPARE(trapezius->dose(StepType::Hold)->seconds, 60);
        QCOMPARE(trapezius->dose(StepType::Hold)->minSeconds, 30);
        QCOMPARE(trapezius->dose(StepType::Hold)->maxSeconds, 90);
        QCOMPARE(trapezius->dose(StepType::Hold)->intensity, 5);
        QCOMPARE(trapezius->dose(StepType::Stretch)->reps, 2);
        QVERIFY(trapezius->endangerment.contains(QLatin1String("anterior_neck")));
        QCOMPARE(trapezius->locationGroups,
                 (QStringList{QStringLiteral("neck"), QStringLiteral("shoulder")}));

        const BodyModel::Muscle *soleus = m_body.muscle(QStringLiteral("soleus"));
        QCOMPARE(soleus->dose(StepType::Roll)->pace, 3.5);
        QCOMPARE(m_body.muscle(QStringLiteral("sternocleidomastoid"))->access(StepType::Hold),
                 BodyModel::Access::Care);
    }

    // Access "no" means no template and no dose of that kind; "yes" means at least one
    // template (the loader enforces it; this shows the shipped data keeps to it).
    void techniquesFollowAccess()
    {
        for (const BodyModel::Muscle &muscle : m_body.muscles()) {
            for (const StepType type : {StepType::Roll, StepType::Hold, StepType::Stretch}) {
                const bool hasTemplate =
                    std::any_of(muscle.techniques.cbegin(), muscle.techniques.cend(),
                                [type](const BodyModel::Technique &t) { return t.type == type; });
                const BodyModel::Access access = muscle.access(type);
                QVERIFY2(access != BodyModel::Access::No || !hasTemplate, qPrintable(muscle.id));
                QVERIFY2(access != BodyModel::Access::Yes || hasTemplate, qPrintable(muscle.id));
                QCOMPARE(muscle.dose(type).has_value(), access != BodyModel::Access::No);
            }
            QVERIFY2(!muscle.techniques.isEmpty(), qPrintable(muscle.id));
        }
    }

    void everyEndangermentSiteHasWords()
    {
        QCOMPARE(BodyModel::endangermentSites().size(), 14);
        for (const QString &site : BodyModel::endangermentSites())
            QVERIFY2(!BodyModel::endangermentText(site).isEmpty(), qPrintable(site));
        for (const BodyModel::Muscle &muscle : m_body.muscles()) {
            for (const QString &site : muscle.endangerment)
                QVERIFY(BodyModel::endangermentSites().contains(site));
        }
    }

    void vocabularyHasEveryId()
    {
        const Vocabulary vocabulary = m_body.vocabulary();
        QCOMPARE(vocabulary.regions.size(), m_body.regions().size());
        QCOMPARE(vocabulary.muscles.size(), m_body.muscles().size());
    }

    void goodFilesLoad()
    {
        BodyModel body;
        const QStringList problems =
            body.loadFiles(kBodyData + QStringLiteral("/good/regions-minimal.json"),
                           kBodyData + QStringLiteral("/good/muscles-minimal.json"));
        QCOMPARE(problems, QStringList());
        QCOMPARE(body.regions().size(), 2);
        QCOMPARE(body.regions().first().outlines.keys(),
                 (QStringList{QStringLiteral("back"), QStringLiteral("front")}));
        QCOMPARE(body.regions().last().outlines.keys(), QStringList{QStringLiteral("back")});
        QCOMPARE(body.silhouettes().size(), 2);
        QCOMPARE(body.muscles().size(), 1);
        const BodyModel::Muscle &muscle = body.muscles().first();
        QCOMPARE(muscle.referralWeight(QStringLiteral("neck.back")), 1); // written as 1.0
        QCOMPARE(muscle.access(StepType::Hold), BodyModel::Access::Care);
        QCOMPARE(muscle.techniques.size(), 2);
        QCOMPARE(muscle.techniques.first().cues.first().text, QStringLiteral("Breathe out."));
    }

    // Every broken file gives exactly the lines of its .expected file. A regions file
    // is judged alone, a muscles file against the real regions.
    void badFile_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names =
            QDir(kBodyData + QStringLiteral("/bad"))
                .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= kMinimumBadFiles);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void badFile()
    {
        QFETCH(QString, name);
        const QString folder = kBodyData + QStringLiteral("/bad");
        const QString saved = QDir::currentPath();
        QVERIFY(QDir::setCurrent(folder)); // so that the lines name the file as given
        BodyModel body;
        const QStringList lines =
            name.startsWith(QLatin1String("regions"))
                ? body.loadFiles(name, kRoutines + QStringLiteral("/muscles.json"))
                : body.loadFiles(kRoutines + QStringLiteral("/regions.json"), name);
        QDir::setCurrent(saved);
        if (lines != expectedLines(folder + QLatin1Char('/') + name.chopped(5) +
                                   QStringLiteral(".expected")))
            qInfo().noquote() << "The app says:\n" + lines.join(QLatin1Char('\n'));
        QCOMPARE(lines, expectedLines(folder + QLatin1Char('/') + name.chopped(5) +
                                      QStringLiteral(".expected")));
        QVERIFY(body.regions().isEmpty()); // nothing half-loaded
    }

    // A failed load keeps what was there, and says what is wrong.
    void failedLoadKeepsTheModel()
    {
        BodyModel body;
        QString error;
        QVERIFY(body.load(kRoutines, &error));
        QVERIFY(!body.load(kBodyData + QStringLiteral("/bad"), &error));
        QVERIFY2(error.contains(QLatin1String("regions.json: file cannot be opened")),
                 qPrintable(error));
        QCOMPARE(body.regions().size(), m_body.regions().size());
        QCOMPARE(body.muscles().size(), m_body.muscles().size());
    }
};

QTEST_GUILESS_MAIN(TestBodyModel)
#include "tst_bodymodel.moc"
