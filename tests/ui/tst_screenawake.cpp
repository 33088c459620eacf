// Keeping the screen awake goes through the freedesktop ScreenSaver service on
// the session bus. The test runs its own dbus-daemon and a stand-in service on
// a thread of its own, and checks that an open session inhibits the screen
// saver, pauses and safety advice included, and that finishing or closing
// releases it.

#include "ui/appcontext.h"
#include "ui/screenawake.h"

#include <QDBusConnection>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "core/clock.h"

class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    QAtomicInt inhibited = 0;

public Q_SLOTS:
    uint Inhibit(const QString &, const QString &)
    {
        inhibited.ref();
        return 42;
    }
    void UnInhibit(uint cookie)
    {
        if (cookie == 42)
            inhibited.deref();
    }
};

class TestScreenAwake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1")});
        QVERIFY2(m_bus.waitForReadyRead(10000), "dbus-daemon did not start");
        const QString address = QString::fromUtf8(m_bus.readLine()).trimmed();
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());

        // The service answers on its own thread, so the app's blocking calls get replies.
        m_serviceThread.start();
        m_service.moveToThread(&m_serviceThread);
        bool registered = false;
        QMetaObject::invokeMethod(
            &m_service,
            [this, address, &registered] {
                QDBusConnection connection =
                    QDBusConnection::connectToBus(address, QStringLiteral("screensaver"));
                registered = connection.registerService(QStringLiteral("org.freedesktop.ScreenSaver")) &&
                             connection.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                       &m_service, QDBusConnection::ExportAllSlots);
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(registered);
    }

    void cleanupTestCase()
    {
        QThread *mainThread = thread();
        QMetaObject::invokeMethod(
            &m_service, [this, mainThread] { m_service.moveToThread(mainThread); },
            Qt::BlockingQueuedConnection);
        m_serviceThread.quit();
        m_serviceThread.wait();
        m_bus.kill();
        m_bus.waitForFinished();
    }

    void inhibitsWhileAskedAndReleasesAfter()
    {
        ScreenAwake awake;
        awake.setKeepAwake(true);
        QVERIFY(awake.keepingAwake());
        QCOMPARE(m_service.inhibited.loadRelaxed(), 1);
        awake.setKeepAwake(true);
        QCOMPARE(m_service.inhibited.loadRelaxed(), 1);
        awake.setKeepAwake(false);
        QCOMPARE(m_service.inhibited.loadRelaxed(), 0);
    }

    void anOpenSessionKeepsTheScreenAwake()
    {
        QTemporaryDir dataDir;
        ManualClock clock;
        AppContext context(dataDir.path(), clock);
        QString error;
        QVERIFY2(context.load(&error), qPrintable(error));
        PlayerController *player = context.player();

        QVERIFY(player->prepare(QStringLiteral("stiff-neck")));
        QCOMPARE(m_service.inhibited.loadRelaxed(), 0); // still asking about pain
        player->begin(3);
        QCOMPARE(m_service.inhibited.loadRelaxed(), 1);
        player->togglePause();
        QVERIFY(player->paused());
        QCOMPARE(m_service.inhibited.loadRelaxed(), 1); // a pause on the floor: still awake
        clock.advance(10 * 60 * 1000);
        player->update();
        QCOMPARE(m_service.inhibited.loadRelaxed(), 1);
        player->togglePause();
        QCOMPARE(m_service.inhibited.loadRelaxed(), 1);
        clock.advance(8000);
        player->stopForSafety(QStringLiteral("tingling"));
        QCOMPARE(player->screen(), QStringLiteral("safety"));
        QCOMPARE(m_service.inhibited.loadRelaxed(), 1); // reading the advice
        player->continueAfterSafetyStop();
        QCOMPARE(m_service.inhibited.loadRelaxed(), 1);
        clock.advance(3600 * 1000);
        player->update();
        QVERIFY(player->completed());
        QCOMPARE(m_service.inhibited.loadRelaxed(), 0);

        player->prepare(QStringLiteral("low-back"));
        player->begin(-1);
        QCOMPARE(m_service.inhibited.loadRelaxed(), 1);
        player->close();
        QCOMPARE(m_service.inhibited.loadRelaxed(), 0);
    }

    void withoutTheServiceNothingIsHeld()
    {
        QMetaObject::invokeMethod(
            &m_service,
            [] {
                QDBusConnection(QStringLiteral("screensaver"))
                    .unregisterService(QStringLiteral("org.freedesktop.ScreenSaver"));
            },
            Qt::BlockingQueuedConnection);
        ScreenAwake awake;
        awake.setKeepAwake(true);
        QVERIFY(!awake.keepingAwake());
        QCOMPARE(m_service.inhibited.loadRelaxed(), 0);
    }

private:
    QProcess m_bus;
    QThread m_serviceThread;
    FakeScreenSaver m_service;
};

QTEST_MAIN(TestScreenAwake)
#include "tst_screenawake.moc"
