// The progress report of a fixture history written through the store into a
// real SQLite file, with an active plan: the CSV has exactly the expected rows,
// and the PDF is produced with the expected pages and texts, read back with
// pdftotext (Debian's poppler-utils), as a therapist's PDF reader would.

#include "core/bodymodel.h"
#include "core/bundleformat.h"
#include "storage/historyexport.h"
#include "storage/historystore.h"
#include "storage/planstore.h"
#include "storage/report.h"
#include "storage/reportpdf.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

const QString kSource = QStringLiteral(UNKNOT_SOURCE_DIR);

// Local times, as a person lives them; the store keeps them in UTC.
QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2024, 5, day), QTime(hour, minute));
}

StoredStep step(int seq, int index, Side side, int plannedSeconds, qint64 actualMs, Outcome outcome,
                const QString &reason, const QDateTime &finished)
{
    return {seq,
            index,
            side,
            QStringLiteral("upper_trapezius"),
            plannedSeconds,
            actualMs,
            outcome,
            reason,
            finished.toUTC()};
}

StoredSession session(const QString &routineId, const QString &title, const QDateTime &start,
                      SessionStatus status, std::optional<int> before, std::optional<int> after)
{
    StoredSession s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.routineId = routineId;
    s.routineTitle = title;
    s.routineJson = "{\"id\":\"" + routineId.toUtf8() + "\"}";
    s.areas = {QStringLiteral("neck.back"), QStringLiteral("shoulder.top")};
    s.startedAt = start.toUTC();
    s.endedAt = start.addSecs(600).toUTC();
    s.status = status;
    s.painBefore = before;
    s.painAfter = after;
    return s;
}

QByteArray routine(const char *id, const char *title)
{
    return QByteArray(R"({"format": 1, "id": ")") + id + R"(", "title": ")" + title +
           R"(", "description": "For the report.", "areas": ["neck.back"], "equipment": ["ball"],
           "steps": [{"type": "hold", "title": "Hold", "instructions": "Lean in.",
                      "muscle": "upper_trapezius", "side": "both", "seconds": 30}]})";
}

// Monday, Wednesday and Friday for two weeks from Monday 6 May 2024; planned
// days take neck-a, then neck-b, in turn.
CarePlan plan(const BundleRules &rules)
{
    const QByteArray bytes = R"({"bundle": 1,
      "plan": {"id": "neck-plan", "version": 1, "title": "Neck plan", "therapist": "Dana Reyes",
               "practice": "Reyes Physio", "client": "Sam Lee", "start": "2024-05-06",
               "notes": "Gently, and stop if it tingles.",
               "schedule": {"kind": "weekly", "weekdays": ["mon", "wed", "fri"], "weeks": 2},
               "routines": ["neck-a", "neck-b"]},
      "routines": [)" + routine("neck-a", "Neck A") +
                             ", " + routine("neck-b", "Neck B") + "]}";
    const BundleFormat::Result read = BundleFormat::parse(bytes, rules);
    return read.plan.value_or(CarePlan());
}

QString pdfText(const QString &path, const QStringList &options = {})
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), options + QStringList{path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    BodyModel m_body;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<PlanStore> m_plans;

    Report reportOf(const QDate &from, const QDate &to) const
    {
        Report::Input input;
        input.history = m_store->everything();
        const std::optional<PlanStore::Entry> active = m_plans->active();
        input.plan = active ? std::optional(active->plan) : std::nullopt;
        input.planRoutineIds = active ? m_plans->routinesOf(active->plan.id) : QStringList();
        input.from = from;
        input.to = to;
        input.today = QDate(2024, 5, 20);
        input.body = &m_body;
        return Report::build(input);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing: install poppler-utils (scripts/setup.sh)");
        QString error;
        QVERIFY2(m_body.load(kSource + QStringLiteral("/routines"), &error), qPrintable(error));
        m_store = std::make_unique<HistoryStore>(m_dir.filePath(QStringLiteral("data")));
        QCOMPARE(m_store->open(), Database::State::Open);
        m_plans =
            std::make_unique<PlanStore>(m_store->database(), BundleRules{m_body.vocabulary(), {}});
        const CarePlan neckPlan = plan(m_plans->rules());
        QCOMPARE(neckPlan.id, QStringLiteral("neck-plan"));
        QVERIFY(m_store->database().transaction([&] {
            return m_plans->put(neckPlan, PlanStore::Source::Imported, at(5, 9, 0).toUTC()) &&
                   m_plans->claimRoutines(neckPlan.id,
                                          {QStringLiteral("neck-a"), QStringLiteral("neck-b")}) &&
                   m_plans->setActive(neckPlan.id);
        }));

        // Monday: the plan's routine, both sides done, pain 6 -> 3, a check-in.
        StoredSession monday = session(QStringLiteral("neck-a"), QStringLiteral("Neck A"),
                                       at(6, 8, 0), SessionStatus::Completed, 6, 3);
        monday.steps = {step(0, 0, Side::Left, 30, 30000, Outcome::Done, {}, at(6, 8, 1)),
                        step(1, 0, Side::Right, 30, 30000, Outcome::Done, {}, at(6, 8, 2))};
        monday.checkIn = CheckIn{2, Feeling::Better, at(7, 9, 0).toUTC()};
        // Tuesday: an extra routine, stopped for a sharp pain, in the evening.
        StoredSession tuesday = session(QStringLiteral("stiff-neck"), QStringLiteral("Stiff neck"),
                                        at(7, 19, 30), SessionStatus::Stopped, 5, 4);
        tuesday.areas = {QStringLiteral("neck.side")};
        tuesday.steps = {step(0, 0, Side::None, 20, 20000, Outcome::Done, {}, at(7, 19, 31)),
                         step(1, 1, Side::Right, 30, 5000, Outcome::Stopped,
                              QStringLiteral("sharp"), at(7, 19, 32))};
        // Wednesday: missed. Friday: done without ratings, one side skipped.
        StoredSession friday = session(QStringLiteral("neck-a"), QStringLiteral("Neck A"),
                                       at(10, 7, 15), SessionStatus::Completed, {}, {});
        friday.steps = {step(0, 0, Side::Left, 30, 30000, Outcome::Done, {}, at(10, 7, 16)),
                        step(1, 0, Side::Right, 30, 0, Outcome::Skipped, {}, at(10, 7, 17))};
        // After the range.
        StoredSession later = session(QStringLiteral("neck-b"), QStringLiteral("Neck B"),
                                      at(13, 8, 0), SessionStatus::Completed, 3, 2);
        later.steps = {step(0, 0, Side::Left, 30, 30000, Outcome::Done, {}, at(13, 8, 1))};
        HistoryStore::MergeCount added;
        QVERIFY2(m_store->merge({{monday, tuesday, friday, later}, {}, {}}, &added, &error),
                 qPrintable(error));

        for (const PainLogEntry &entry :
             {PainLogEntry{QStringLiteral("neck.side"), Side::Right, 6,
                           QStringLiteral("after desk work, \"tight\""), at(6, 7, 55)},
              PainLogEntry{QStringLiteral("neck.side"), Side::Right, 4, {}, at(9, 21, 0)},
              PainLogEntry{QStringLiteral("head.temple"), Side::Left, 5,
                           QStringLiteral("headache behind the eye"), at(11, 10, 0)},
              PainLogEntry{QStringLiteral("neck.side"), Side::Right, 2, {}, at(14, 8, 0)}})
            QVERIFY2(m_store->addPainLog(entry, &error), qPrintable(error));
    }

    void csvHasExactlyTheExpectedRows()
    {
        const Report report = reportOf(QDate(2024, 5, 6), QDate(2024, 5, 12));
        const QByteArray expected =
            "record,date,time,routine_id,routine,in_plan,status,minutes,sessions,area_id,area,"
            "pain_before,pain_after,pain_change,pain,checkin_soreness,checkin_feeling,"
            "stop_reasons,note\r\n"
            "session,2024-05-06,08:00,neck-a,Neck A,yes,completed,1.0,,,Back of the neck; Top of "
            "the shoulder,6,3,-3,,2,better,,\r\n"
            "session,2024-05-07,19:30,stiff-neck,Stiff neck,no,stopped,0.4,,,Side of the neck,5,4,"
            "-1,,,,\"Step 2, right: stopped: sharp or shooting pain\",\r\n"
            "missed,2024-05-08,,neck-b,Neck B,yes,missed,,,,,,,,,,,,\r\n"
            "session,2024-05-10,07:15,neck-a,Neck A,yes,completed,0.5,,,Back of the neck; Top of "
            "the shoulder,,,,,,,\"Step 1, right: skipped\",\r\n"
            "area,,,,,,,1.5,2,neck.back,Back of the neck,,,,,,,,\r\n"
            "area,,,,,,,1.5,2,shoulder.top,Top of the shoulder,,,,,,,,\r\n"
            "area,,,,,,,0.4,1,neck.side,Side of the neck,,,,,,,,\r\n"
            "pain,2024-05-06,07:55,,,,,,,neck.side,\"Side of the neck, right\",,,,6,,,,\"after "
            "desk work, \"\"tight\"\"\"\r\n"
            "pain,2024-05-09,21:00,,,,,,,neck.side,\"Side of the neck, right\",,,,4,,,,\r\n"
            "pain,2024-05-11,10:00,,,,,,,head.temple,\"Temple, left\",,,,5,,,,headache behind "
            "the eye\r\n";
        QCOMPARE(report.csv(), expected);
        QCOMPARE(report.adherence(), (Adherence{2, 3}));
    }

    void anEmptyRangeHasOnlyTheHeader()
    {
        // Before the plan began: no session, no planned day, no rating.
        const Report report = reportOf(QDate(2024, 4, 1), QDate(2024, 4, 30));
        QCOMPARE(report.csv(), Report::csvHeader().join(QLatin1Char(',')).toUtf8() + "\r\n");
        QCOMPARE(report.adherence(), (Adherence{0, 0}));
    }

    void pdfHasTheExpectedPagesAndTexts()
    {
        const Report report = reportOf(QDate(2024, 5, 6), QDate(2024, 5, 12));
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(ReportPdf::write(report, path, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(path),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext could not read the PDF");
        QStringList pages = text.split(QLatin1Char('\f'));
        QCOMPARE(pages.takeLast().trimmed(), QString()); // every page ends with a form feed
        QCOMPARE(pages.size(), 5);
        const auto has = [&](int page, const char *words) {
            // pdftotext breaks lines where the PDF does; compare with single spaces.
            return pages.at(page).simplified().contains(QString::fromUtf8(words));
        };
        // Large figures lose their thin spaces in extraction: compare them without any.
        const auto hasFigure = [&](int page, const char *figure) {
            return QString(pages.at(page))
                .remove(QRegularExpression(QStringLiteral("\\s")))
                .contains(QString::fromUtf8(figure).remove(QLatin1Char(' ')));
        };
        for (int page = 0; page < pages.size(); ++page)
            QVERIFY2(has(page, qPrintable(QStringLiteral("Page %1 of 5").arg(page + 1))),
                     qPrintable(pages.at(page)));
        QVERIFY(has(0, "Progress report"));
        QVERIFY(has(0, "Sam Lee"));
        QVERIFY(has(0, "6 May 2024 to 12 May 2024"));
        QVERIFY(has(0, "Neck plan (version 1)"));
        QVERIFY(has(0, "Dana Reyes, Reyes Physio"));
        QVERIFY2(
            has(0, "3 times a week (Monday, Wednesday and Friday) for 2 weeks from 6 May 2024"),
            qPrintable(pages.at(0)));
        QVERIFY2(hasFigure(0, "2 / 3"), qPrintable(pages.at(0)));
        QVERIFY(has(0, "sessions done / planned"));
        QVERIFY(hasFigure(0, "67 %"));
        QVERIFY(has(0, "Gently, and stop if it tingles."));
        QVERIFY(has(0, "not a diagnosis"));
        const QStringList titles = ReportPdf::sectionTitles();
        for (int section = 0; section < titles.size(); ++section)
            QVERIFY2(has(section + 1, qPrintable(titles.at(section))),
                     qPrintable(titles.at(section)));
        QVERIFY(has(1, "6 May 2024 08:00"));
        QVERIFY(has(1, "missed"));
        QVERIFY2(has(1, "Stiff neck"), qPrintable(pages.at(1)));
        QVERIFY(!has(1, "13 May 2024")); // after the range
        QVERIFY(has(1, "better, soreness 2"));
        QVERIFY(has(1, "Mean over the 2 sessions rated before and after: 5.5 before, 3.5 after."));
        QVERIFY(has(2, "Back of the neck"));
        QVERIFY(has(2, "1.5 min, 2 sessions"));
        QVERIFY(has(3, "Side of the neck, right"));
        QVERIFY(has(3, "2 ratings, latest 4 of 10"));
        QVERIFY(has(3, "Temple, left"));
        QVERIFY(has(4, "Step 2, right: stopped: sharp or shooting pain"));
        QVERIFY(has(4, "Step 1, right: skipped"));
        QVERIFY(has(4, "after desk work, \"tight\""));
    }

    void anEmptyRangeStillMakesAReadableReport()
    {
        const Report report = reportOf(QDate(2024, 4, 1), QDate(2024, 4, 30));
        const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
        QString error;
        QVERIFY2(ReportPdf::write(report, path, &error), qPrintable(error));
        const QString text = pdfText(path).simplified();
        QVERIFY2(QString(text).remove(QLatin1Char(' ')).contains(QLatin1String("0/0")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("No sessions in these days.")));
        QVERIFY(text.contains(QLatin1String("No pain ratings on the body map in these days.")));
        QVERIFY(text.contains(QLatin1String("Page 5 of 5")));
    }

    void aReportThatCannotBeWrittenSaysWhy()
    {
        const Report report = reportOf(QDate(2024, 5, 6), QDate(2024, 5, 12));
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
        QString error;
        QVERIFY(!ReportPdf::write(report, path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot be written: ")),
                 qPrintable(error));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
