// Parses the command line, builds the app objects, and either runs a headless
// command or loads the QML interface.

#include "commandline.h"
#include "datadir.h"
#include "plurals.h"
#include "ui/appcontext.h"
#include "ui/selftest.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTextStream>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(UnknotPlugin)

namespace {

int runHeadless(int argc, char *argv[])
{
    // A report's PDF needs fonts, so a QGuiApplication; offscreen needs no display.
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::wantsFonts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    Plurals::install();
    CommandLine commandLine(QCoreApplication::arguments());
    if (!commandLine.parse())
        return CommandLine::Usage;
    return commandLine.runHeadless();
}

void quitAfterFirstFrame(QQmlApplicationEngine &engine)
{
    const QList<QObject *> roots = engine.rootObjects();
    auto *window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
    if (!window)
        return;
    QObject::connect(window, &QQuickWindow::frameSwapped, qApp, [] {
        std::printf("first frame shown\n");
        std::fflush(stdout);
        QCoreApplication::quit();
    }, Qt::QueuedConnection);
}

int runInterface(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    Plurals::install();
    CommandLine commandLine(QCoreApplication::arguments());
    if (!commandLine.parse())
        return CommandLine::Usage;

    QString error;
    if (!DataDir::prepare(commandLine.dataDir(), &error)) {
        std::fprintf(stderr, "unknot: %s\n", qPrintable(error));
        return CommandLine::Refused;
    }
    // The self-test runs on a virtual clock so that it can show every player screen.
    SteadyClock steadyClock;
    ManualClock virtualClock;
    const Clock &clock = commandLine.selfTest() ? static_cast<const Clock &>(virtualClock)
                                                : steadyClock;
    AppContext context(commandLine.dataDir(), clock);
    if (!context.load(&error)) {
        std::fprintf(stderr, "unknot: %s\n", qPrintable(error));
        return CommandLine::Refused;
    }
    // `unknot FILE.unknot`: the app opens with the bundle's import preview.
    if (!commandLine.bundleToOpen().isEmpty())
        context.plans()->previewImport(commandLine.bundleToOpen());


    QQmlApplicationEngine engine;
    std::unique_ptr<SelfTest> selfTest;
    if (commandLine.selfTest())
        selfTest = std::make_unique<SelfTest>(engine, virtualClock, commandLine.screenshotsDir());
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Unknot/qml/Main.qml")));
    if (selfTest)
        return selfTest->run();
    if (engine.rootObjects().isEmpty())
        return CommandLine::Refused;
    if (commandLine.quitAfterFirstFrame())
        quitAfterFirstFrame(engine);
    return QGuiApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("unknot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UNKNOT_VERSION));

    if (CommandLine::wantsHeadless(argc, argv))
        return runHeadless(argc, argv);
    if (CommandLine::wantsSelfTest(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return runInterface(argc, argv);
}
