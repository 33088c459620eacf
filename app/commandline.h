#pragma once

#include "core/bodymodel.h"
#include "core/library.h"
#include "core/timeline.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

// The command line of the one `unknot` binary. Headless commands (--validate,
// --list, --simulate, --play, --import, --report, ...) need no display;
// everything else opens the app.
// Exit codes: 0 success, 1 the input was refused, 2 wrong usage.
class CommandLine
{
public:
    enum ExitCode { Success = 0, Refused = 1, Usage = 2 };

    // Decided before any QCoreApplication exists, to pick the application class.
    static bool wantsHeadless(int argc, char **argv);
    static bool wantsSelfTest(int argc, char **argv);
    // --report draws a PDF, which needs fonts and so a QGuiApplication.
    static bool wantsFonts(int argc, char **argv);

    explicit CommandLine(const QStringList &arguments);

    // Handles --help and --version (exits) and reports usage errors on stderr.
    bool parse();
    int runHeadless();

    QString dataDir() const { return m_dataDir; }
    bool selfTest() const { return m_parser.isSet(QStringLiteral("self-test")); }
    QString screenshotsDir() const { return m_parser.value(QStringLiteral("screenshots")); }
    bool quitAfterFirstFrame() const { return m_parser.isSet(QStringLiteral("quit-after-first-frame")); }
    // A plan bundle given alone: the app opens with its import preview.
    QString bundleToOpen() const { return m_bundleToOpen; }

private:
    int validate();
    static QString bodyFileKind(const QString &file);
    static QStringList validateBodyFile(const QString &file, const QString &kind);
    int list();
    int simulate();
    int play();

    bool acceptPositionalArguments();
    bool wantsHeadlessCommand() const;
    bool loadContent();
    std::optional<Routine> resolveRoutine(const QString &idOrFile);
    TimelineOptions timelineOptions() const;

    QStringList m_arguments;
    QCommandLineParser m_parser;
    QString m_dataDir;
    QString m_bundleToOpen;
    BodyModel m_body;
    Library m_library;
};
