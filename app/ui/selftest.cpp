#include "selftest.h"
#include "appcontext.h"
#include "playercontroller.h"
#include "routinelistmodel.h"

#include "core/clock.h"

#include <QDir>
#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace {
bool fromQml(const QMessageLogContext &context)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    const QString file = QString::fromUtf8(context.file ? context.file : "");
    return category.startsWith(QLatin1String("qml")) || category == QLatin1String("js") ||
           file.endsWith(QLatin1String(".qml")) || file.endsWith(QLatin1String(".js"));
}
} // namespace

SelfTest::SelfTest(QQmlApplicationEngine &engine, ManualClock &clock, const QString &screenshotsDir)
    : m_engine(engine), m_clock(clock), m_screenshotsDir(screenshotsDir)
{
    s_previousHandler = qInstallMessageHandler(&SelfTest::onMessage);
    // Every page opens as after the health questions; "safety" shows them. The
    // person's own answers, if any, are kept and used.
    AppContext::instance()->safety()->assumeNoAnswersForThisRun();
    connect(&engine, &QQmlEngine::warnings, this, [](const QList<QQmlError> &warnings) {
        for (const QQmlError &warning : warnings)
            s_problems.append(warning.toString());
    });
}

SelfTest::~SelfTest()
{
    qInstallMessageHandler(s_previousHandler);
}

void SelfTest::onMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type != QtDebugMsg && type != QtInfoMsg && fromQml(context))
        s_problems.append(text);
    if (s_previousHandler)
        s_previousHandler(type, context, text);
}

int SelfTest::run()
{
    const QList<QObject *> roots = m_engine.rootObjects();
    auto *window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
    if (!window) {
        std::fprintf(stderr, "self-test: the main window did not load\n");
        return 1;
    }
    const QStringList pages = window->property("pageNames").toStringList();
    if (pages.isEmpty())
        s_problems.append(QStringLiteral("the main window lists no pages"));

    bool opened = savePages(window, pages, kPhone);
    if (!m_screenshotsDir.isEmpty())
        opened = savePages(window, pages, kDesktop) && opened;
    AppContext::instance()->player()->close();

    for (const QString &problem : std::as_const(s_problems))
        std::fprintf(stderr, "self-test: %s\n", qPrintable(problem));
    std::fprintf(stderr, "self-test: %lld pages opened, %lld QML warnings or errors\n",
                 qlonglong(pages.size()), qlonglong(s_problems.size()));
    return opened && s_problems.isEmpty() ? 0 : 1;
}

bool SelfTest::savePages(QQuickWindow *window, const QStringList &pages, QSize size)
{
    window->resize(size);
    bool allOpened = true;
    for (const QString &page : pages) {
        const bool opened = page == QLatin1String("player") ? showPlayerScreens(window, size)
                                                            : openPage(window, page);
        if (!opened) {
            s_problems.append(QStringLiteral("page \"%1\" did not open").arg(page));
            allOpened = false;
        } else if (page != QLatin1String("player")) {
            save(window, page, size);
        }
    }
    return allOpened;
}

// Walks a session through each of its screens as a person would see them.
bool SelfTest::showPlayerScreens(QQuickWindow *window, QSize size)
{
    PlayerController *player = AppContext::instance()->player();
    if (!player->prepare(AppContext::instance()->routines()->idAt(0)) || !openPage(window, QStringLiteral("player")))
        return false;
    save(window, QStringLiteral("player-pain-before"), size);
    player->begin(6);
    const QStringList screens{QStringLiteral("get-ready"), QStringLiteral("active"),
                              QStringLiteral("switch-sides"), QStringLiteral("transition")};
    for (const QString &screen : screens) {
        advanceTo(screen);
        if (screen == QLatin1String("active"))
            m_clock.advance(player->segmentTotalMs() / 3); // a countdown under way
        player->update();
        if (!settle(window) || player->screen() != screen)
            return false;
        save(window, QStringLiteral("player-") + screen, size);
    }
    // A safety stop in the next step: the advice and the choice, then the end.
    advanceTo(QStringLiteral("active"));
    player->stopForSafety(QStringLiteral("tingling"));
    if (!settle(window) || player->screen() != QLatin1String("safety"))
        return false;
    save(window, QStringLiteral("player-safety"), size);
    player->endAfterSafetyStop();
    player->finishWithPain(3);
    const bool summary = settle(window) && player->screen() == QLatin1String("summary");
    save(window, QStringLiteral("player-summary"), size);
    player->close();
    return summary;
}

void SelfTest::advanceTo(const QString &screen)
{
    PlayerController *player = AppContext::instance()->player();
    for (int segment = 0; segment < 100 && player->screen() != screen && player->running(); ++segment) {
        m_clock.advance(player->segmentRemainingMs());
        player->update();
    }
}

void SelfTest::save(QQuickWindow *window, const QString &name, QSize size)
{
    if (m_screenshotsDir.isEmpty())
        return;
    QDir().mkpath(m_screenshotsDir);
    const QString file = QDir(m_screenshotsDir)
                             .filePath(QStringLiteral("%1-%2x%3.png")
                                           .arg(name)
                                           .arg(size.width())
                                           .arg(size.height()));
    if (!window->grabWindow().save(file))
        s_problems.append(QStringLiteral("could not save %1").arg(file));
}

bool SelfTest::openPage(QQuickWindow *window, const QString &page)
{
    bool opened = false;
    QMetaObject::invokeMethod(window, "openPage", Q_RETURN_ARG(bool, opened),
                              Q_ARG(QString, page));
    return opened && settle(window);
}

bool SelfTest::settle(QQuickWindow *window)
{
    // Page transitions report themselves through the window's "busy"; other
    // animations (a tab indicator sliding) are over well within kAnimationsMs.
    constexpr int kStepMs = 50;
    constexpr int kAnimationsMs = 400;
    for (int waited = 0; window->property("busy").toBool(); waited += kStepMs) {
        if (waited > 10000)
            return false;
        wait(kStepMs);
    }
    wait(kAnimationsMs);
    return !window->grabWindow().isNull(); // draws the page now, as a person would see it
}

void SelfTest::wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
