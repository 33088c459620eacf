#include "selftest.h"
#include "appcontext.h"
#include "playercontroller.h"
#include "routinelistmodel.h"

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

SelfTest::SelfTest(QQmlApplicationEngine &engine, const QString &screenshotsDir)
    : m_engine(engine), m_screenshotsDir(screenshotsDir)
{
    s_previousHandler = qInstallMessageHandler(&SelfTest::onMessage);
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
        if (!openPage(window, page)) {
            s_problems.append(QStringLiteral("page \"%1\" did not open").arg(page));
            allOpened = false;
            continue;
        }
        if (m_screenshotsDir.isEmpty())
            continue;
        QDir().mkpath(m_screenshotsDir);
        const QString file = QDir(m_screenshotsDir)
                                 .filePath(QStringLiteral("%1-%2x%3.png")
                                               .arg(page)
                                               .arg(size.width())
                                               .arg(size.height()));
        if (!window->grabWindow().save(file))
            s_problems.append(QStringLiteral("could not save %1").arg(file));
    }
    return allOpened;
}

bool SelfTest::openPage(QQuickWindow *window, const QString &page)
{
    if (page == QLatin1String("player")) {
        // The player needs a session: start the first routine, as a person would.
        AppContext *context = AppContext::instance();
        context->player()->start(context->routines()->idAt(0));
    }
    bool opened = false;
    QMetaObject::invokeMethod(window, "openPage", Q_RETURN_ARG(bool, opened),
                              Q_ARG(QString, page));
    // Let page transitions finish, then make sure a full frame of the page is drawn.
    for (int frame = 0; opened && frame < 600 && window->property("busy").toBool(); ++frame)
        opened = waitForFrame(window);
    return opened && !window->property("busy").toBool() && waitForFrame(window) &&
           waitForFrame(window);
}

bool SelfTest::waitForFrame(QQuickWindow *window)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    connect(window, &QQuickWindow::frameSwapped, &loop, [&loop] { loop.exit(0); });
    window->requestUpdate();
    timeout.start(5000);
    return loop.exec() == 0;
}
