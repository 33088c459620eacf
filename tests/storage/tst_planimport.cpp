// Importing plan bundles over a real SQLite file and a real routines folder. A
// refused bundle (every hostile file of tests/data/bundles/bad, and every
// conflict with what is already here) changes nothing: the same rows, the same
// database bytes, the same files. A newer version of a plan replaces the older
// one and keeps its history; a failure half way through is rolled back; export
// then import round trips; names from a bundle never become paths; and a plan
// travels through the full JSON export and restore with its routine files.

#include "core/bodymodel.h"
#include "core/bundleformat.h"
#include "core/library.h"
#include "storage/historyexport.h"
#include "storage/historystore.h"
#include "storage/planimport.h"
#include "storage/planstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

const QString kSource = QStringLiteral(UNKNOT_SOURCE_DIR);
const QString kCorpus = kSource + QStringLiteral("/tests/data/bundles/");
const QDateTime kNow(QDate(2024, 5, 10), QTime(9, 0), Qt::UTC);

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QJsonObject minimalBundle()
{
    return QJsonDocument::fromJson(contentOf(kCorpus + "good/minimal.unknot")).object();
}

QJsonObject routineJson(const QString &id, const QString &title)
{
    QJsonObject routine = minimalBundle()[QLatin1String("routines")][0].toObject();
    routine.insert(QStringLiteral("id"), id);
    routine.insert(QStringLiteral("title"), title);
    return routine;
}

// The minimal bundle with another plan id, version and set of routines.
QByteArray bundle(const QString &planId, int version, const QStringList &routineIds,
                  const QString &title = QStringLiteral("Neck plan"))
{
    QJsonObject bundle = minimalBundle();
    QJsonObject plan = bundle[QLatin1String("plan")].toObject();
    plan.insert(QStringLiteral("id"), planId);
    plan.insert(QStringLiteral("version"), version);
    plan.insert(QStringLiteral("title"), title);
    plan.insert(QStringLiteral("routines"), QJsonArray::fromStringList(routineIds));
    QJsonArray routines;
    for (const QString &id : routineIds)
        routines.append(routineJson(id, id.toUpper() + QStringLiteral(" version %1").arg(version)));
    bundle.insert(QStringLiteral("plan"), plan);
    bundle.insert(QStringLiteral("routines"), routines);
    return QJsonDocument(bundle).toJson();
}

StoredSession sessionOf(const Routine &routine, const QDateTime &start)
{
    StoredSession session;
    session.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    session.routineId = routine.id;
    session.routineTitle = routine.title;
    session.routineJson = HistoryExport::snapshotOf(routine);
    session.areas = routine.areas;
    session.startedAt = start;
    session.endedAt = start.addSecs(120);
    session.status = SessionStatus::Completed;
    session.painBefore = 6;
    session.painAfter = 3;
    session.steps = {{0,
                      0,
                      Side::Left,
                      QStringLiteral("upper_trapezius"),
                      30,
                      30000,
                      Outcome::Done,
                      {},
                      start.addSecs(40)}};
    return session;
}

// One person's device: a data folder with its history and its routines folder,
// alone in a folder of its own.
class Device
{
public:
    explicit Device(const BodyModel &body)
        : m_body(body), m_store(m_top.filePath(QStringLiteral("data"))),
          m_plans(m_store.database(),
                  {body.vocabulary(), BundleFormat::imagesIn(kSource + QStringLiteral("/media"))})
    {
        QDir().mkpath(routinesFolder());
        m_store.open();
        reload();
    }

    QString path() const { return m_top.filePath(QStringLiteral("data")); }
    // Everything below the folder that holds the data folder.
    QStringList everythingAround() const
    {
        QStringList names;
        QDirIterator all(m_top.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                         QDirIterator::Subdirectories);
        while (all.hasNext())
            names.append(QDir(m_top.path()).relativeFilePath(all.next()));
        names.sort();
        return names;
    }
    QString routinesFolder() const { return QDir(path()).filePath(QStringLiteral("routines")); }
    QString routinePath(const QString &id) const
    {
        return routinesFolder() + QLatin1Char('/') + id + QStringLiteral(".json");
    }
    HistoryStore &store() { return m_store; }
    PlanStore &plans() { return m_plans; }
    Library &library() { return m_library; }
    PlanImport importer() { return PlanImport(m_plans, m_library, routinesFolder()); }

    // The app reads the routines folder again after every import.
    void reload()
    {
        m_library.load(kSource + QStringLiteral("/routines"), routinesFolder(),
                       m_body.vocabulary());
    }

    // Imports a bundle as the app does: preview, then commit. Empty when it was
    // imported, else every problem as "NAME: WHERE: message".
    QStringList import(const QByteArray &bytes, const QString &name = QStringLiteral("plan.unknot"))
    {
        PlanImport importer = this->importer();
        PlanImport::Preview preview = importer.previewBytes(bytes, name);
        if (!preview.ok())
            return preview.lines();
        if (!importer.commit(preview, kNow, &preview.problems))
            return preview.lines();
        reload();
        return {};
    }

    void record(const StoredSession &session)
    {
        HistoryStore::MergeCount added;
        QString error;
        QVERIFY2(m_store.merge({{session}, {}, {}}, &added, &error), qPrintable(error));
    }

    // Every row of every table, and every file of the data folder with its
    // bytes and mode. (The WAL index, -shm, is shared memory: only its name.)
    QStringList state() const
    {
        QStringList lines;
        QSqlQuery query(m_store.database().connection());
        query.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList tables;
        while (query.next())
            tables.append(query.value(0).toString());
        for (const QString &table : std::as_const(tables)) {
            QStringList rows;
            query.exec(QStringLiteral("SELECT * FROM ") + table);
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values.append(query.value(i).toString());
                rows.append(table + QStringLiteral(": ") + values.join(QLatin1Char('|')));
            }
            rows.sort();
            lines += rows;
        }
        QDirIterator files(path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                           QDirIterator::Subdirectories);
        QStringList listing;
        while (files.hasNext()) {
            const QString file = files.next();
            QString line = QDir(path()).relativeFilePath(file) +
                           QStringLiteral(" %1").arg(int(QFile::permissions(file)), 0, 16);
            if (!file.endsWith(QLatin1String("-shm")) && files.fileInfo().isFile())
                line +=
                    QLatin1Char(' ') +
                    QCryptographicHash::hash(contentOf(file), QCryptographicHash::Sha256).toHex();
            listing.append(line);
        }
        listing.sort();
        return lines + listing;
    }

private:
    QTemporaryDir m_top;
    const BodyModel &m_body;
    HistoryStore m_store;
    PlanStore m_plans;
    Library m_library;
};

} // namespace

class TestPlanImport : public QObject
{
    Q_OBJECT

private:
    BodyModel m_body;

    // A device with something of everything a bundle could clash with: version
    // 2 of "neck-plan" with its routine neck-a and a session of it, the
    // person's own routine my-own, a broken file stray.json, and a plan written
    // on this device, my-plan.
    std::unique_ptr<Device> lived()
    {
        auto device = std::make_unique<Device>(m_body);
        if (!device->import(bundle(QStringLiteral("neck-plan"), 2, {QStringLiteral("neck-a")}))
                 .isEmpty())
            return nullptr;
        device->record(
            sessionOf(device->library().find(QStringLiteral("neck-a"))->routine, kNow.addDays(-1)));
        QJsonObject own = routineJson(QStringLiteral("my-own"), QStringLiteral("My own"));
        writeFile(device->routinePath(QStringLiteral("my-own")), QJsonDocument(own).toJson());
        writeFile(device->routinePath(QStringLiteral("stray")), "{ \"id\": ");
        BundleFormat::Result authored =
            BundleFormat::parse(bundle(QStringLiteral("my-plan"), 1, {QStringLiteral("my-own")}),
                                device->plans().rules());
        if (!authored.ok() || !device->store().database().transaction([&] {
                return device->plans().put(*authored.plan, PlanStore::Source::Authored, kNow);
            }))
            return nullptr;
        device->reload();
        return device;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_body.load(kSource + QStringLiteral("/routines"), &error), qPrintable(error));
    }

    void aRefusedBundleChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected"); // {routines} stands for the routines folder

        const QDir bad(kCorpus + QStringLiteral("bad"));
        for (const QString &name : bad.entryList({QStringLiteral("*.unknot")}, QDir::Files)) {
            const QString expected = bad.filePath(name).chopped(7) + QStringLiteral(".expected");
            QTest::newRow(qPrintable(name))
                << contentOf(bad.filePath(name)) << name
                << QString::fromUtf8(contentOf(expected)).split('\n', Qt::SkipEmptyParts);
        }
        const QString plan = QStringLiteral("plan.unknot: ");
        QTest::newRow("the same version again")
            << bundle(QStringLiteral("neck-plan"), 2, {QStringLiteral("neck-a")}) << "plan.unknot"
            << QStringList{plan + "plan.version: version 2 of this plan is already imported; "
                                  "there is nothing new in this file"};
        QTest::newRow("an older version")
            << bundle(QStringLiteral("neck-plan"), 1, {QStringLiteral("neck-a")}) << "plan.unknot"
            << QStringList{plan + "plan.version: this is version 1 of this plan, and version 2 is "
                                  "already imported; ask your therapist for the newest file"};
        QTest::newRow("a built-in routine's id")
            << bundle(QStringLiteral("other-plan"), 1, {QStringLiteral("stiff-neck")})
            << "plan.unknot"
            << QStringList{plan + "routines[0].id: \"stiff-neck\" is the id of a built-in routine; "
                                  "ask your therapist for a plan that gives this routine an id of "
                                  "its own"};
        QTest::newRow("the person's own routine's id")
            << bundle(QStringLiteral("other-plan"), 1, {QStringLiteral("my-own")}) << "plan.unknot"
            << QStringList{plan + "routines[0].id: \"my-own\" is already the id of your own "
                                  "routine in {routines}/my-own.json; remove or rename that "
                                  "routine to import this plan"};
        QTest::newRow("a file that is not a routine")
            << bundle(QStringLiteral("other-plan"), 1, {QStringLiteral("stray")}) << "plan.unknot"
            << QStringList{plan + "routines[0].id: {routines}/stray.json is already in your "
                                  "routines folder; move it away to import this plan"};
        QTest::newRow("another plan's routine")
            << bundle(QStringLiteral("other-plan"), 1, {QStringLiteral("neck-a")}) << "plan.unknot"
            << QStringList{plan + "routines[0].id: \"neck-a\" already came with the plan \"Neck "
                                  "plan\"; a routine belongs to one plan only, so ask your "
                                  "therapist for a plan that names it differently"};
        QTest::newRow("a plan written on this device")
            << bundle(QStringLiteral("my-plan"), 7, {QStringLiteral("mine-too")}) << "plan.unknot"
            << QStringList{plan + "plan.id: \"my-plan\" is a plan written on this device; it "
                                  "cannot be replaced by an imported one"};
        QTest::newRow("every clash at once")
            << bundle(
                   QStringLiteral("neck-plan"), 1,
                   {QStringLiteral("low-back"), QStringLiteral("neck-b"), QStringLiteral("my-own")})
            << "plan.unknot"
            << QStringList{plan + "plan.version: this is version 1 of this plan, and version 2 is "
                                  "already imported; ask your therapist for the newest file",
                           plan + "routines[0].id: \"low-back\" is the id of a built-in routine; "
                                  "ask your therapist for a plan that gives this routine an id of "
                                  "its own",
                           plan + "routines[2].id: \"my-own\" is already the id of your own "
                                  "routine in {routines}/my-own.json; remove or rename that "
                                  "routine to import this plan"};
    }

    void aRefusedBundleChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        std::unique_ptr<Device> device = lived();
        QVERIFY(device);
        const QStringList before = device->state();
        QVERIFY(before.size() > 10);
        QVERIFY(before.filter(QStringLiteral("sessions: ")).size() == 1);

        QStringList lines = device->import(bytes, name);
        lines.replaceInStrings(device->routinesFolder(), QStringLiteral("{routines}"));
        QCOMPARE(lines, expected);
        QCOMPARE(device->state(), before);
    }

    void aFailureWhileSavingIsRolledBack()
    {
        std::unique_ptr<Device> device = lived();
        QVERIFY(device);
        // The database refuses the new row once the new routine files are staged.
        QSqlQuery trigger(device->store().database().connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON plans BEGIN "
                                            "SELECT RAISE(ABORT, 'no room left'); END")));
        const QStringList before = device->state();
        const QStringList lines = device->import(bundle(
            QStringLiteral("neck-plan"), 3, {QStringLiteral("neck-a"), QStringLiteral("neck-c")}));
        QCOMPARE(lines, QStringList{QStringLiteral(
                            "plan.unknot: cannot be imported: no room left; nothing was changed")});
        QCOMPARE(device->state(), before);
    }

    void aNewerVersionReplacesTheOlderAndKeepsItsHistory()
    {
        Device device(m_body);
        QCOMPARE(device.import(bundle(QStringLiteral("neck-plan"), 1,
                                      {QStringLiteral("neck-a"), QStringLiteral("neck-b")})),
                 QStringList());
        const Routine played = device.library().find(QStringLiteral("neck-b"))->routine;
        device.record(sessionOf(played, kNow.addDays(-2)));
        const HistoryData history = device.store().everything();

        const QByteArray second = bundle(QStringLiteral("neck-plan"), 2,
                                         {QStringLiteral("neck-a"), QStringLiteral("neck-c")});
        PlanImport importer = device.importer();
        const PlanImport::Preview preview =
            importer.previewBytes(second, QStringLiteral("v2.unknot"));
        QVERIFY(preview.ok());
        QCOMPARE(preview.replacesVersion, 1);
        QList<std::pair<QString, PlanImport::Change>> changes;
        for (const PlanImport::RoutineChange &change : preview.routines)
            changes.append({change.id, change.change});
        QCOMPARE(changes, (QList<std::pair<QString, PlanImport::Change>>{
                              {QStringLiteral("neck-a"), PlanImport::Change::Replaced},
                              {QStringLiteral("neck-c"), PlanImport::Change::Added},
                              {QStringLiteral("neck-b"), PlanImport::Change::Removed}}));
        const QStringList before = device.state();
        QVERIFY(
            before.filter(QRegularExpression(QStringLiteral("^history.sqlite 6600 [0-9a-f]{64}$")))
                .size() == 1);
        QList<FormatProblem> problems;
        QVERIFY(importer.commit(preview, kNow, &problems));
        device.reload();
        QVERIFY(device.state() != before); // what a refused import must not do

        const std::optional<PlanStore::Entry> entry =
            device.plans().find(QStringLiteral("neck-plan"));
        QVERIFY(entry);
        QCOMPARE(entry->plan.version, 2);
        QVERIFY(entry->active);
        QCOMPARE(device.plans().entries().size(), 1);
        QCOMPARE(device.library().find(QStringLiteral("neck-a"))->routine.title,
                 QStringLiteral("NECK-A version 2"));
        QVERIFY(QFile::exists(device.routinePath(QStringLiteral("neck-c"))));
        QVERIFY(!QFile::exists(device.routinePath(QStringLiteral("neck-b"))));
        QCOMPARE(QDir(device.routinesFolder()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("neck-a.json"), QStringLiteral("neck-c.json")}));
        // The sessions of the routine the new version dropped are still the plan's.
        QCOMPARE(device.store().everything().sessions, history.sessions);
        QCOMPARE(device.plans().routinesOf(QStringLiteral("neck-plan")),
                 (QStringList{QStringLiteral("neck-a"), QStringLiteral("neck-b"),
                              QStringLiteral("neck-c")}));
        QCOMPARE(device.plans().ownerOf(QStringLiteral("neck-b")), QStringLiteral("neck-plan"));
    }

    void exportThenImportRoundTrips()
    {
        Device therapist(m_body);
        QCOMPARE(therapist.import(contentOf(kCorpus + "good/every-field.unknot")), QStringList());
        const std::optional<PlanStore::Entry> sent =
            therapist.plans().find(QStringLiteral("neck-plan"));
        QVERIFY(sent);
        const QByteArray file = BundleFormat::write(sent->plan);

        Device client(m_body);
        QCOMPARE(client.import(file, QStringLiteral("neck-plan.unknot")), QStringList());
        const std::optional<PlanStore::Entry> received = client.plans().active();
        QVERIFY(received);
        QCOMPARE(received->plan, sent->plan);
        QCOMPARE(BundleFormat::write(received->plan), file);
        for (const QString &id : {QStringLiteral("neck-a"), QStringLiteral("neck-b")})
            QCOMPARE(contentOf(client.routinePath(id)), contentOf(therapist.routinePath(id)));
    }

    void namesFromABundleNeverBecomePaths()
    {
        Device device(m_body);
        QCOMPARE(device.import(contentOf(kCorpus + "good/path-like-texts.unknot")), QStringList());
        QCOMPARE(device.plans().active()->plan.title, QStringLiteral("../../etc/passwd"));
        QCOMPARE(device.plans().active()->plan.routines.first().title,
                 QStringLiteral("../../../outside.json"));
        // Only the routine's id named a file; the database and its journal are the rest.
        QStringList around = device.everythingAround();
        around.removeAll(QStringLiteral("data/history.sqlite-wal"));
        around.removeAll(QStringLiteral("data/history.sqlite-shm"));
        QCOMPARE(around, (QStringList{QStringLiteral("data"), QStringLiteral("data/history.sqlite"),
                                      QStringLiteral("data/routines"),
                                      QStringLiteral("data/routines/neck-a.json")}));
    }

    void aPlanTravelsThroughTheFullExportWithItsRoutines()
    {
        Device before(m_body);
        QCOMPARE(before.import(contentOf(kCorpus + "good/every-field.unknot")), QStringList());
        before.record(
            sessionOf(before.library().find(QStringLiteral("neck-a"))->routine, kNow.addDays(-1)));
        const HistoryExport::Result read = HistoryExport::parse(
            HistoryExport::toJson(before.store().everything(), kNow), QStringLiteral("x.json"));
        QVERIFY2(read.data, qPrintable(read.error));
        QCOMPARE(read.data->plans, before.store().everything().plans);

        // A new device, or a fresh database after a damaged one was set aside.
        Device after(m_body);
        HistoryStore::MergeCount added;
        QString error;
        QVERIFY(after.store().merge(*read.data, &added, &error));
        QCOMPARE(added.sessions, 1);
        QCOMPARE(added.plans, 1);
        const std::optional<PlanStore::Entry> active = after.plans().active();
        QVERIFY(active);
        QCOMPARE(active->plan, before.plans().active()->plan);
        QCOMPARE(active->importedAt, kNow);
        QCOMPARE(after.plans().routinesOf(QStringLiteral("neck-plan")),
                 before.plans().routinesOf(QStringLiteral("neck-plan")));
        int written = -1;
        QVERIFY2(after.importer().restoreRoutineFiles(&written, &error), qPrintable(error));
        QCOMPARE(written, 2);
        for (const QString &id : {QStringLiteral("neck-a"), QStringLiteral("neck-b")})
            QCOMPARE(contentOf(after.routinePath(id)), contentOf(before.routinePath(id)));
        after.reload();
        QVERIFY(after.importer().restoreRoutineFiles(&written, &error));
        QCOMPARE(written, 0);
        QCOMPARE(QDir(after.routinesFolder()).entryList(QDir::Files | QDir::Hidden).size(), 2);

        // Restoring again adds nothing.
        QVERIFY(after.store().merge(*read.data, &added, &error));
        QCOMPARE(added.sessions + added.plans, 0);
        QCOMPARE(after.store().everything().plans, before.store().everything().plans);
    }

    void aRestoreKeepsTheNewerPlanAndTheActiveOne()
    {
        Device old(m_body);
        QCOMPARE(old.import(bundle(QStringLiteral("neck-plan"), 1, {QStringLiteral("neck-a")})),
                 QStringList());
        const QByteArray oldExport = HistoryExport::toJson(old.store().everything(), kNow);

        Device device(m_body);
        QCOMPARE(device.import(bundle(QStringLiteral("neck-plan"), 2, {QStringLiteral("neck-a")})),
                 QStringList());
        QCOMPARE(device.import(bundle(QStringLiteral("back-plan"), 1, {QStringLiteral("back-a")},
                                      QStringLiteral("Back plan"))),
                 QStringList());
        const HistoryData here = device.store().everything();
        HistoryStore::MergeCount added;
        QString error;
        QVERIFY(device.store().merge(
            *HistoryExport::parse(oldExport, QStringLiteral("old.json")).data, &added, &error));
        QCOMPARE(added.plans, 0);
        QCOMPARE(device.store().everything().plans, here.plans);
        QCOMPARE(device.plans().find(QStringLiteral("neck-plan"))->plan.version, 2);
        QCOMPARE(device.plans().active()->plan.id, QStringLiteral("back-plan"));

        // A newer version in the export replaces an older one here, and the
        // plan active here stays active.
        const QByteArray newExport = HistoryExport::toJson(device.store().everything(), kNow);
        QVERIFY(old.store().merge(*HistoryExport::parse(newExport, QStringLiteral("new.json")).data,
                                  &added, &error));
        QCOMPARE(added.plans, 2);
        QCOMPARE(old.plans().find(QStringLiteral("neck-plan"))->plan.version, 2);
        QCOMPARE(old.plans().active()->plan.id, QStringLiteral("neck-plan"));
    }
};

QTEST_GUILESS_MAIN(TestPlanImport)
#include "tst_planimport.moc"
