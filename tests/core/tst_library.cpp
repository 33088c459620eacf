// The library: built-in routines and a person's own, with broken and clashing
// files reported without losing anything else.

#include "core/bodymodel.h"
#include "core/library.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray routineJson(const QString &id, const QString &title)
{
    return QStringLiteral(R"({"format": 1, "id": "%1", "title": "%2", "description": "Mine.",
        "areas": ["neck.back"], "equipment": ["none"],
        "steps": [{"type": "stretch", "title": "Stretch", "instructions": "Gently.",
                   "muscle": "upper_trapezius", "side": "both", "seconds": 30}]})")
        .arg(id, title)
        .toUtf8();
}
} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_body.load(QStringLiteral(":/routines"), &error), qPrintable(error));
    }

    void builtInRoutinesAllLoad()
    {
        Library library;
        library.load(QStringLiteral(":/routines"), {}, m_body.vocabulary());
        QCOMPARE(library.problems(), QStringList());
        for (const char *id : {"tension-headache", "stiff-neck", "low-back"}) {
            const Library::Entry *entry = library.find(QString::fromLatin1(id));
            QVERIFY2(entry, id);
            QVERIFY(entry->builtIn);
        }
        QVERIFY(!library.find(QStringLiteral("regions")));
    }

    void ownRoutinesComeAfterBuiltInOnesAndBrokenFilesAreReported()
    {
        QTemporaryDir folder;
        writeFile(folder.filePath(QStringLiteral("b.json")), routineJson(QStringLiteral("my-neck"), QStringLiteral("A neck routine")));
        writeFile(folder.filePath(QStringLiteral("broken.json")), "{\"format\": 1,");
        writeFile(folder.filePath(QStringLiteral("clash.json")),
                  routineJson(QStringLiteral("stiff-neck"), QStringLiteral("Mine")));
        writeFile(folder.filePath(QStringLiteral("notes.txt")), "not a routine");

        Library library;
        library.load(QStringLiteral(":/routines"), folder.path(), m_body.vocabulary());
        const Library::Entry *mine = library.find(QStringLiteral("my-neck"));
        QVERIFY(mine);
        QVERIFY(!mine->builtIn);
        QCOMPARE(library.entries().last().routine.id, QStringLiteral("my-neck"));
        QVERIFY(library.find(QStringLiteral("stiff-neck"))->builtIn);

        const QStringList problems = library.problems();
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).startsWith(folder.filePath(QStringLiteral("broken.json")) + QStringLiteral(": line 1")),
                 qPrintable(problems.at(0)));
        QCOMPARE(problems.at(1),
                 QStringLiteral("%1: id: \"stiff-neck\" is already used by :/routines/stiff-neck.json; "
                                "rename one of them")
                     .arg(folder.filePath(QStringLiteral("clash.json"))));
    }

private:
    BodyModel m_body;
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
