// The history store on a real SQLite file: recording a session as it runs,
// pain, check-ins and pain logs, export and restore round trips, hostile
// exports, a full database and a folder that cannot be written.

#include "core/sessionengine.h"
#include "storage/historyexport.h"
#include "storage/historystore.h"
#include "storage/sessionrecorder.h"
#include "ui/historycontroller.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QJsonDocument>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <unistd.h>

namespace {

Step makeStep(const QString &muscle, int seconds, Side side)
{
    Step step;
    step.type = StepType::Hold;
    step.title = muscle;
    step.instructions = QStringLiteral("Lean in.");
    step.muscle = muscle;
    step.side = side;
    step.seconds = seconds;
    return step;
}

Routine makeRoutine()
{
    Routine routine;
    routine.id = QStringLiteral("test-neck");
    routine.title = QStringLiteral("Test neck");
    routine.description = QStringLiteral("For tests.");
    routine.areas = {QStringLiteral("neck.back"), QStringLiteral("shoulder.top")};
    routine.equipment = {QStringLiteral("ball")};
    routine.steps = {makeStep(QStringLiteral("upper_trapezius"), 10, Side::Both),
                     makeStep(QStringLiteral("levator_scapulae"), 20, Side::None),
                     makeStep(QStringLiteral("splenius_capitis"), 10, Side::Left)};
    return routine;
}

StoredSession makeSession(const QDateTime &start, int painBefore, int painAfter)
{
    StoredSession session;
    session.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    session.routineId = QStringLiteral("test-neck");
    session.routineTitle = QStringLiteral("Test neck, \"quoted\", with comma");
    session.routineJson = HistoryExport::snapshotOf(makeRoutine());
    session.areas = {QStringLiteral("neck.back"), QStringLiteral("shoulder.top")};
    session.startedAt = start.toUTC();
    session.endedAt = start.addSecs(600).toUTC();
    session.status = SessionStatus::Completed;
    session.painBefore = painBefore;
    session.painAfter = painAfter;
    session.steps = {{0,
                      0,
                      Side::Left,
                      QStringLiteral("upper_trapezius"),
                      10,
                      10000,
                      Outcome::Done,
                      {},
                      start.addSecs(20).toUTC()},
                     {1, 0, Side::Right, QStringLiteral("upper_trapezius"), 10, 7000,
                      Outcome::Stopped, QStringLiteral("sharp, \"electric\"\nline two"),
                      start.addSecs(40).toUTC()}};
    session.checkIn = CheckIn{3, Feeling::Better, start.addDays(1).toUTC()};
    return session;
}

StoredPainLog makeLog(const QDateTime &at, int pain)
{
    return {QUuid::createUuid().toString(QUuid::WithoutBraces),
            QStringLiteral("neck.side"),
            Side::Right,
            pain,
            QStringLiteral("after work"),
            at.toUTC()};
}

// A plan as the plans table keeps it: the minimal bundle of the corpus.
StoredPlan samplePlan()
{
    QFile file(QStringLiteral(UNKNOT_SOURCE_DIR "/tests/data/bundles/good/minimal.unknot"));
    file.open(QIODevice::ReadOnly);
    StoredPlan plan;
    plan.id = QStringLiteral("neck-plan");
    plan.version = 1;
    plan.bundleJson = file.readAll();
    plan.importedAt = QDateTime(QDate(2024, 5, 1), QTime(7, 0), Qt::UTC);
    plan.active = true;
    plan.routineIds = {QStringLiteral("neck-a")};
    return plan;
}

HistoryData sampleHistory()
{
    const QDateTime start(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
    return {{makeSession(start, 6, 3), makeSession(start.addDays(1), 5, 5)},
            {makeLog(start, 7), makeLog(start.addDays(2), 4)},
            {}};
}

// Real permissions even for root: the folder is locked by dropping to nobody.
class Nobody
{
public:
    Nobody() : m_active(::geteuid() == 0)
    {
        if (m_active && (::setegid(65534) != 0 || ::seteuid(65534) != 0))
            m_active = false;
    }
    ~Nobody()
    {
        if (m_active) {
            [[maybe_unused]] const int u = ::seteuid(0);
            [[maybe_unused]] const int g = ::setegid(0);
        }
    }

private:
    bool m_active;
};

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSessionIsRecordedSideBySideAsItRuns()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        QCOMPARE(store.open(), Database::State::Open);
        SessionRecorder recorder(&store);
        QSignalSpy recorded(&recorder, &SessionRecorder::sideRecorded);
        ManualClock clock;
        SessionEngine engine(makeRoutine(), clock);
        recorder.attach(&engine);

        // Before the first step finishes the session is there, marked interrupted.
        std::optional<StoredSession> saved = store.session(recorder.sessionUuid());
        QVERIFY(saved);
        QCOMPARE(saved->status, SessionStatus::Interrupted);
        QCOMPARE(saved->routineJson, HistoryExport::snapshotOf(makeRoutine()));
        QCOMPARE(saved->areas, makeRoutine().areas);

        engine.start();
        clock.advance(5000 + 10000); // get ready, then the left side
        engine.update();
        QCOMPARE(recorded.size(), 1);
        QVERIFY(recorded.first().at(1).toBool());
        saved = store.session(recorder.sessionUuid());
        QCOMPARE(saved->steps.size(), 1); // committed at once
        QCOMPARE(saved->steps.first().side, Side::Left);
        QCOMPARE(saved->steps.first().actualMs, 10000);

        engine.skip(); // the right side is recorded as skipped
        engine.stop(QStringLiteral("dizzy"));
        saved = store.session(recorder.sessionUuid());
        QCOMPARE(saved->status, SessionStatus::Stopped);
        QVERIFY(saved->endedAt.isValid());
        QCOMPARE(saved->steps.size(), recorded.size());
        QCOMPARE(saved->steps.at(1).outcome, Outcome::Skipped);
        QCOMPARE(saved->steps.at(1).seq, 1);
        QVERIFY(store.setPainBefore(recorder.sessionUuid(), 7));
        QVERIFY(store.setPainAfter(recorder.sessionUuid(), 4));
        saved = store.session(recorder.sessionUuid());
        QCOMPARE(saved->painBefore, 7);
        QCOMPARE(saved->painAfter, 4);
    }

    void aFinishedSessionIsCompleted()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        store.open();
        SessionRecorder recorder(&store);
        ManualClock clock;
        SessionEngine engine(makeRoutine(), clock);
        recorder.attach(&engine);
        engine.start();
        clock.advance(10 * 60 * 1000);
        engine.update();
        const std::optional<StoredSession> saved = store.lastSession();
        QCOMPARE(saved->status, SessionStatus::Completed);
        QCOMPARE(saved->steps.size(), 4); // both sides of step 1, step 2, step 3
    }

    void painLogsAreKeptAndChecked()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        store.open();
        ProblemAreaLog &log = store;
        QString error;
        const QDateTime at(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(log.addPainLog(
            {QStringLiteral("neck.back"), Side::None, 6, QStringLiteral("desk"), at}, &error));
        QVERIFY(!log.addPainLog({QStringLiteral("neck.back"), Side::Both, 6, {}, at}, &error));
        QVERIFY(error.startsWith(QLatin1String("side:")));
        QVERIFY(!log.addPainLog({QStringLiteral("neck.back"), Side::None, 11, {}, at}, &error));
        QCOMPARE(log.painLog(), (QList<PainLogEntry>{{QStringLiteral("neck.back"), Side::None, 6,
                                                      QStringLiteral("desk"), at}}));
    }

    void checkInReplacesAnEarlierOne()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        store.open();
        StoredSession session = makeSession(QDateTime::currentDateTimeUtc(), 5, 3);
        session.checkIn.reset();
        QVERIFY(store.beginSession(session));
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1714600000000, Qt::UTC);
        QVERIFY(store.setCheckIn(session.uuid, {4, Feeling::Worse, at}));
        QVERIFY(store.setCheckIn(session.uuid, {2, Feeling::Better, at}));
        QCOMPARE(store.session(session.uuid)->checkIn, (CheckIn{2, Feeling::Better, at}));
    }

    void exportAndRestoreRoundTripWithoutDuplicates()
    {
        QTemporaryDir dir;
        const HistoryData original = sampleHistory();
        HistoryStore first(dir.filePath(QStringLiteral("first")));
        first.open();
        HistoryStore::MergeCount added;
        QString error;
        QVERIFY(first.merge(original, &added, &error));
        QCOMPARE(added.sessions, 2);
        QCOMPARE(added.steps, 4);
        QCOMPARE(added.checkIns, 2);
        QCOMPARE(added.painLogs, 2);
        QCOMPARE(first.everything().sessions, original.sessions);
        QCOMPARE(first.everything().painLogs, original.painLogs);

        const QString file = dir.filePath(QStringLiteral("export.json"));
        QVERIFY2(HistoryExport::writeJson(file, first.everything(), &error), qPrintable(error));
        QCOMPARE(QFile::permissions(file),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        const HistoryExport::Result read = HistoryExport::readJson(file);
        QVERIFY2(read.data, qPrintable(read.error));
        QCOMPARE(read.data->sessions, original.sessions);
        QCOMPARE(read.data->painLogs, original.painLogs);

        HistoryStore second(dir.filePath(QStringLiteral("second")));
        second.open();
        QVERIFY(second.merge(*read.data, &added, &error));
        QVERIFY(second.merge(*read.data, &added, &error)); // merging twice adds nothing
        QCOMPARE(added.sessions + added.steps + added.checkIns + added.painLogs, 0);
        QCOMPARE(second.everything().sessions, original.sessions);
        QCOMPARE(HistoryExport::toJson(second.everything(), {}),
                 HistoryExport::toJson(original, {}));
    }

    void mergeAddsOnlyWhatIsMissing()
    {
        QTemporaryDir dir;
        HistoryData data = sampleHistory();
        HistoryStore store(dir.path());
        store.open();
        HistoryStore::MergeCount added;
        QString error;
        HistoryData partial = data;
        partial.sessions.first().steps.removeLast();
        partial.sessions.first().checkIn.reset();
        partial.painLogs.removeLast();
        QVERIFY(store.merge(partial, &added, &error));
        QVERIFY(store.merge(data, &added, &error));
        QCOMPARE(added.sessions, 0);
        QCOMPARE(added.steps, 1);
        QCOMPARE(added.checkIns, 1);
        QCOMPARE(added.painLogs, 1);
        QCOMPARE(store.everything().sessions, data.sessions);
    }

    void brokenOrHostileExportsAreRefusedWithTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray good =
            HistoryExport::toJson(sampleHistory(), QDateTime::currentDateTimeUtc());
        auto changed = [&](const char *from, const char *to) {
            QByteArray copy = good;
            const qsizetype at = copy.indexOf(from);
            return at < 0 ? QByteArray() : copy.replace(at, qsizetype(qstrlen(from)), to);
        };
        QTest::newRow("not json") << QByteArray("{\"format\": ")
                                  << QStringLiteral("x.json: line 1");
        QTest::newRow("other format")
            << changed("unknot-history", "something-else")
            << QStringLiteral("x.json: format: must be \"unknot-history\"");
        QTest::newRow("newer") << changed("\"version\": 2", "\"version\": 3")
                               << QStringLiteral("x.json: version: 3 is newer");
        QTest::newRow("pain out of range")
            << changed("\"painBefore\": 6", "\"painBefore\": 11")
            << QStringLiteral(
                   "x.json: sessions[0].painBefore: must be a whole number from 0 to 10");
        QTest::newRow("bad outcome")
            << changed("\"outcome\": \"done\"", "\"outcome\": \"exploded\"")
            << QStringLiteral("x.json: sessions[0].steps[0].outcome: must be one of");
        QTest::newRow("unknown field")
            << changed("\"painAfter\"", "\"sql\": \"DROP TABLE sessions\", \"painAfter\"")
            << QStringLiteral("x.json: sessions[0].sql: is not a field");
        QTest::newRow("bad uuid") << changed("\"uuid\": \"", "\"uuid\": \"x")
                                  << QStringLiteral("must be a UUID");
        QTest::newRow("duplicate key")
            << changed("\"painAfter\": 3", "\"painAfter\": 3, \"painAfter\": 2")
            << QStringLiteral("painAfter");
        QTest::newRow("bad time") << changed("\"startedAt\": \"2024",
                                             "\"startedAt\": \"yesterday 2024")
                                  << QStringLiteral(
                                         "x.json: sessions[0].startedAt: must be a date and time");
        QTest::newRow("deep") << QByteArray(100, '[') << QStringLiteral("x.json");
    }

    void brokenOrHostileExportsAreRefusedWithTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QVERIFY(!json.isEmpty());
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        store.open();
        HistoryStore::MergeCount added;
        QString error;
        QVERIFY(store.merge({{makeSession(QDateTime::currentDateTimeUtc(), 4, 4)}, {}, {}}, &added,
                            &error));
        const HistoryData before = store.everything();

        const HistoryExport::Result read = HistoryExport::parse(json, QStringLiteral("x.json"));
        QVERIFY(!read.data);
        QVERIFY2(read.error.contains(message), qPrintable(read.error));
        QCOMPARE(store.everything().sessions, before.sessions);
    }

    void plansTravelThroughTheExport()
    {
        QTemporaryDir dir;
        HistoryData original = sampleHistory();
        original.plans = {samplePlan()};
        const HistoryExport::Result read =
            HistoryExport::parse(HistoryExport::toJson(original, {}), QStringLiteral("x.json"));
        QVERIFY2(read.data, qPrintable(read.error));
        QCOMPARE(read.data->plans.size(), 1);
        const StoredPlan &plan = read.data->plans.first();
        QCOMPARE(plan.id, QStringLiteral("neck-plan"));
        QCOMPARE(plan.importedAt, original.plans.first().importedAt);
        QVERIFY(plan.active);
        QVERIFY(!plan.authored);
        QCOMPARE(plan.routineIds, QStringList{QStringLiteral("neck-a")});
        // Kept as Unknot writes a bundle, whatever the order of the export's fields.
        QVERIFY(plan.bundleJson.startsWith("{\n  \"bundle\": 1,\n  \"plan\": {\n    \"id\""));

        HistoryStore store(dir.path());
        store.open();
        HistoryStore::MergeCount added;
        QString error;
        QVERIFY(store.merge(*read.data, &added, &error));
        QCOMPARE(added.plans, 1);
        QCOMPARE(store.everything().plans, read.data->plans);
        QVERIFY(store.merge(*read.data, &added, &error));
        QCOMPARE(added.plans, 0);
        QCOMPARE(HistoryExport::toJson(store.everything(), {}),
                 HistoryExport::toJson(*read.data, {}));

        // A stored plan this Unknot cannot read would make the export unrestorable.
        HistoryData unreadable = original;
        unreadable.plans.first().bundleJson = "{\"bundle\": 1}";
        const QJsonObject root =
            QJsonDocument::fromJson(HistoryExport::toJson(unreadable, {})).object();
        QCOMPARE(root.value(QLatin1String("plans")).toArray(), QJsonArray());
    }

    void version1ExportsAreStillRead()
    {
        const HistoryExport::Result read = HistoryExport::readJson(
            QStringLiteral(UNKNOT_SOURCE_DIR "/tests/data/exports/history-v1.json"));
        QVERIFY2(read.data, qPrintable(read.error));
        QCOMPARE(read.data->sessions.size(), 1);
        QCOMPARE(read.data->sessions.first().steps.size(), 1);
        QCOMPARE(read.data->sessions.first().checkIn->feeling, Feeling::Better);
        QCOMPARE(read.data->painLogs.size(), 1);
        QCOMPARE(read.data->painLogs.first().note, QStringLiteral("after a long drive"));
        QVERIFY(read.data->plans.isEmpty());
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        store.open();
        HistoryStore::MergeCount added;
        QString error;
        QVERIFY(store.merge(*read.data, &added, &error));
        QCOMPARE(added.sessions, 1);
        QCOMPARE(added.painLogs, 1);
    }

    void hostilePlansInAnExportAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        HistoryData data = sampleHistory();
        data.plans = {samplePlan()};
        const QJsonObject good = QJsonDocument::fromJson(HistoryExport::toJson(data, {})).object();
        const QJsonObject entry = good.value(QLatin1String("plans")).toArray().first().toObject();
        const auto with = [&](const QJsonArray &plans) {
            QJsonObject root = good;
            root.insert(QStringLiteral("plans"), plans);
            return QJsonDocument(root).toJson();
        };
        const auto changed = [&](const QString &key, const QJsonValue &value) {
            QJsonObject plan = entry;
            plan.insert(key, value);
            return plan;
        };
        const auto bundleWith = [&](const char *planKey, const QJsonValue &value) {
            QJsonObject bundle = entry.value(QLatin1String("bundle")).toObject();
            QJsonObject plan = bundle.value(QLatin1String("plan")).toObject();
            plan.insert(QLatin1String(planKey), value);
            bundle.insert(QStringLiteral("plan"), plan);
            return changed(QStringLiteral("bundle"), bundle);
        };
        QJsonObject version1 = good;
        version1.insert(QStringLiteral("version"), 1);
        QTest::newRow("plans in a version 1 file")
            << QJsonDocument(version1).toJson()
            << "x.json: plans: is not a field of version 1 of this format";
        QTest::newRow("no plans in version 2")
            << QJsonDocument(QJsonObject(good)).toJson().replace("\"plans\"", "\"planz\"")
            << "x.json: planz: is not a field of this format";
        QTest::newRow("unknown field")
            << with({changed(QStringLiteral("path"), QStringLiteral("/etc/passwd"))})
            << "x.json: plans[0].path: is not a field of this format";
        QTest::newRow("source") << with({changed(QStringLiteral("source"), QStringLiteral("web"))})
                                << "x.json: plans[0].source: must be one of imported, authored";
        QTest::newRow("active") << with({changed(QStringLiteral("active"), 1)})
                                << "x.json: plans[0].active: must be true or false";
        QTest::newRow("time") << with({changed(QStringLiteral("importedAt"), QStringLiteral("now"))})
                              << "x.json: plans[0].importedAt: must be a date and time";
        QTest::newRow("routine id as a path")
            << with({changed(QStringLiteral("routineIds"), QJsonArray{QStringLiteral("../x")})})
            << "x.json: plans[0].routineIds[0]: must be a routine id, once";
        QTest::newRow("bundle not an object")
            << with({changed(QStringLiteral("bundle"), QStringLiteral("plan.unknot"))})
            << "x.json: plans[0].bundle: must be an object";
        QTest::newRow("bundle with a path for an id")
            << with({bundleWith("id", QStringLiteral("../neck-plan"))})
            << "x.json: plans[0].bundle.plan.id: \"../neck-plan\" is not a valid id";
        QTest::newRow("bundle naming a routine outside it")
            << with({bundleWith("routines", QJsonArray{QStringLiteral("stiff-neck")})})
            << "x.json: plans[0].bundle.plan.routines[0]: \"stiff-neck\" is not one of the "
               "routines in this bundle";
        QJsonObject other = bundleWith("id", QStringLiteral("other-plan"));
        other.insert(QStringLiteral("routineIds"), QJsonArray());
        QTest::newRow("the same plan twice")
            << with({entry, changed(QStringLiteral("active"), false)})
            << "x.json: plans[1].bundle.plan.id: appears twice in this file";
        QTest::newRow("two active plans")
            << with({entry, other}) << "x.json: plans[1].active: only one plan can be active";
        other.insert(QStringLiteral("active"), false);
        other.insert(QStringLiteral("routineIds"), QJsonArray{QStringLiteral("neck-a")});
        QTest::newRow("one routine claimed twice")
            << with({entry, other})
            << "x.json: plans[1].routineIds: \"neck-a\" is listed by another plan too";
    }

    void hostilePlansInAnExportAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const HistoryExport::Result read = HistoryExport::parse(json, QStringLiteral("x.json"));
        QVERIFY(!read.data);
        QVERIFY2(read.error.startsWith(message), qPrintable(read.error));
    }

    void csvIsQuotedAsRfc4180()
    {
        QCOMPARE(HistoryExport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(HistoryExport::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(HistoryExport::csvField(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(HistoryExport::csvField(QStringLiteral("two\nlines")),
                 QStringLiteral("\"two\nlines\""));

        QTemporaryDir dir;
        QString error;
        QVERIFY(
            HistoryExport::writeCsv(dir.filePath(QStringLiteral("csv")), sampleHistory(), &error));
        for (const char *name : {"sessions.csv", "steps.csv", "pain.csv"}) {
            QFile file(dir.filePath(QStringLiteral("csv/") + QLatin1String(name)));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.permissions(),
                     QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
            const QByteArray text = file.readAll();
            QVERIFY(text.endsWith("\r\n"));
            if (qstrcmp(name, "sessions.csv") == 0) {
                QVERIFY(text.startsWith("session_uuid,routine_id,routine_title,started_at,"));
                QVERIFY(text.contains(",\"Test neck, \"\"quoted\"\", with comma\","));
                QCOMPARE(text.count("\r\n"), 3);
            } else if (qstrcmp(name, "steps.csv") == 0) {
                QVERIFY(text.contains(",\"sharp, \"\"electric\"\"\nline two\","));
                QVERIFY(text.contains(",10.000,done,,"));
            } else {
                QVERIFY(text.startsWith("uuid,at,region,side,pain,note\r\n"));
                QVERIFY(text.contains(",neck.side,right,7,after work\r\n"));
            }
        }
    }

    void aFullDatabaseKeepsTheSessionAndSavesItLater()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        store.open();
        QSqlQuery limit(store.database().connection());
        QVERIFY(limit.exec(QStringLiteral("PRAGMA page_count")) && limit.next());
        const int pages = limit.value(0).toInt();
        QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

        StoredSession big = makeSession(QDateTime::currentDateTimeUtc(), 6, 2);
        big.routineJson =
            "{\"id\": \"test-neck\", \"padding\": \"" + QByteArray(64 * 1024, 'x') + "\"}";
        QSignalSpy notice(&store, &HistoryStore::noticeChanged);
        QVERIFY(!store.beginSession(big));
        QVERIFY(!store.addStep(big.uuid, {2,
                                          1,
                                          Side::None,
                                          QStringLiteral("levator_scapulae"),
                                          20,
                                          20000,
                                          Outcome::Done,
                                          {},
                                          QDateTime::currentDateTimeUtc()}));
        QCOMPARE(store.pendingCount(), 2);
        QVERIFY2(store.notice().contains(QLatin1String("the disk is full")),
                 qPrintable(store.notice()));
        QVERIFY(notice.size() >= 1);
        QVERIFY(!store.session(big.uuid));

        QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        QVERIFY(store.flush());
        QCOMPARE(store.pendingCount(), 0);
        QVERIFY(store.notice().isEmpty());
        QCOMPARE(store.session(big.uuid)->steps.size(), 3);
    }

    void aFolderThatCannotBeWrittenKeepsTheSessionAndSavesItLater()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadOther | QFile::ExeOther);
        const QString folder = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(folder));
        const auto locked = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther;
        const auto open = locked | QFile::WriteOwner | QFile::WriteOther;
        QVERIFY(QFile::setPermissions(folder, locked));
        {
            Nobody nobody;
            HistoryStore store(folder);
            QCOMPARE(store.open(), Database::State::Unavailable);
            QVERIFY2(store.notice().contains(folder), qPrintable(store.notice()));
            const StoredSession session = makeSession(QDateTime::currentDateTimeUtc(), 5, 2);
            QVERIFY(!store.beginSession(session));
            QString error;
            QVERIFY(store.addPainLog(
                {QStringLiteral("neck.back"), Side::None, 3, {}, QDateTime::currentDateTimeUtc()},
                &error));
            QCOMPARE(store.pendingCount(), 2);
            QCOMPARE(store.painLog().size(), 1); // kept in memory, still shown
            {
                // The folder becomes writable (the owner fixes it).
                const uid_t who = ::geteuid();
                if (who != 0) {
                    [[maybe_unused]] const int u = ::seteuid(0);
                }
                QVERIFY(QFile::setPermissions(folder, open));
                if (who != 0) {
                    [[maybe_unused]] const int u = ::seteuid(who);
                }
            }
            QVERIFY2(store.flush(), qPrintable(store.notice()));
            QCOMPARE(store.pendingCount(), 0);
            QCOMPARE(store.session(session.uuid)->steps.size(), 2);
            QCOMPARE(store.painLog().size(), 1);
        }
    }

    void resumeGoesOnWhereTheSessionStopped()
    {
        const Routine routine = makeRoutine();
        StoredSession session;
        QCOMPARE(HistoryController::resumeStep(session, routine), 0);
        session.steps = {{0, 0, Side::Left, {}, 10, 10000, Outcome::Done, {}, {}}};
        QCOMPARE(HistoryController::resumeStep(session, routine), 0); // the right side is left
        session.steps.append({1, 0, Side::Right, {}, 10, 10000, Outcome::Done, {}, {}});
        QCOMPARE(HistoryController::resumeStep(session, routine), 1);
        session.steps.append({2, 1, Side::None, {}, 20, 20000, Outcome::Done, {}, {}});
        session.steps.append({3, 2, Side::Left, {}, 10, 10000, Outcome::Done, {}, {}});
        QCOMPARE(HistoryController::resumeStep(session, routine), -1);

        // The engine can start at that step: get ready, then step 2 and on.
        ManualClock clock;
        TimelineOptions options;
        options.firstStep = 1;
        SessionEngine engine(routine, clock, options);
        QList<StepRecord> records;
        connect(&engine, &SessionEngine::sideFinished, this,
                [&](const StepRecord &r) { records.append(r); });
        engine.start();
        QCOMPARE(engine.phase(), Phase::GetReady);
        QCOMPARE(engine.stepIndex(), 1);
        QCOMPARE(engine.remainingMs(), 5000 + 20000 + 10000 + 10000);
        clock.advance(5000 + 1000);
        engine.back(); // just started: there is no earlier step in this session
        QCOMPARE(engine.stepIndex(), 1);
        clock.advance(60000);
        engine.update();
        QVERIFY(engine.completed());
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.first().step, 1);
        QCOMPARE(records.last().step, 2);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
