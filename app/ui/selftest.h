#pragma once

#include <QObject>
#include <QSize>
#include <QStringList>

class ManualClock;
class QQmlApplicationEngine;
class QQuickWindow;

// `unknot --self-test`: with the full interface loaded offscreen, opens every
// page the main window lists and fails if any QML warning or error was printed.
// With a screenshots folder it also saves every page at phone and desktop size.
class SelfTest : public QObject
{
    Q_OBJECT
public:
    static constexpr QSize kPhone{390, 844};
    static constexpr QSize kDesktop{1280, 800};

    // Call before the QML is loaded, so that loading problems are counted too.
    // The app runs on `clock`, which the test moves on to show each player screen.
    SelfTest(QQmlApplicationEngine &engine, ManualClock &clock, const QString &screenshotsDir = {});
    ~SelfTest() override;

    int run();

private:
    static void onMessage(QtMsgType type, const QMessageLogContext &context, const QString &text);
    bool openPage(QQuickWindow *window, const QString &page);
    bool settle(QQuickWindow *window);
    static void wait(int ms);
    bool savePages(QQuickWindow *window, const QStringList &pages, QSize size);
    bool showPlayerScreens(QQuickWindow *window, QSize size);
    void save(QQuickWindow *window, const QString &name, QSize size);
    void advanceTo(const QString &screen);

    QQmlApplicationEngine &m_engine;
    ManualClock &m_clock;
    QString m_screenshotsDir;
    static inline QStringList s_problems;
    static inline QtMessageHandler s_previousHandler = nullptr;
};
