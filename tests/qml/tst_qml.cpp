// The Qt Quick test runner: every tst_*.qml file in this folder runs against
// the real Unknot QML module, offscreen, with an AppContext on a virtual clock
// and a fresh data folder.

#include "testclock.h"

#include "plurals.h"
#include "ui/appcontext.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(UnknotPlugin)
Q_IMPORT_QML_PLUGIN(UnknotTestPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        if (!Plurals::install())
            qFatal("the English plural forms are missing");
        m_testClock = std::make_unique<TestClock>(m_clock);
        m_context = std::make_unique<AppContext>(m_dataDir.path(), m_clock);
        QString error;
        if (!m_context->load(&error))
            qFatal("the app's content did not load: %s", qPrintable(error));
        // The pages open as after the health questions; tst_safety.qml asks them
        // afresh with UnknotTest.TestSafety.
        m_context->safety()->assumeNoAnswersForThisRun();
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }

private:
    QTemporaryDir m_dataDir;
    ManualClock m_clock;
    std::unique_ptr<TestClock> m_testClock;
    std::unique_ptr<AppContext> m_context;
};

QUICK_TEST_MAIN_WITH_SETUP(unknot, Setup)

#include "tst_qml.moc"
