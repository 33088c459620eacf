#include "commandline.h"
#include "datadir.h"

#include "core/clock.h"
#include "core/cueformat.h"
#include "core/sessionrunner.h"
#include "core/simulation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

const QString kBuiltInFolder = QStringLiteral(":/routines");

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const char *const kHeadlessFlags[] = {"--validate", "--list", "--simulate", "--play",
                                      "--help",     "-h",     "--help-all", "--version", "-v"};

bool hasArgument(int argc, char **argv, const char *flag)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], flag) == 0)
            return true;
    }
    return false;
}

QString clockText(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done: return QStringLiteral("done");
    case Outcome::Skipped: return QStringLiteral("skipped");
    case Outcome::EndedEarly: return QStringLiteral("ended early");
    case Outcome::Stopped: return QStringLiteral("stopped");
    }
    return {};
}

#ifdef Q_OS_UNIX
// Ctrl+C during --play stops the session cleanly instead of killing it, so
// what was done can be reported (and, with the history store, kept).
int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

void stopOnSignals(SessionEngine *engine)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, engine);
    QObject::connect(notifier, &QSocketNotifier::activated, engine, [engine, notifier] {
        char byte;
        [[maybe_unused]] const auto read = ::read(g_signalPipe[0], &byte, 1);
        notifier->setEnabled(false);
        engine->stop(QStringLiteral("interrupted"));
    });
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
}
#else
void stopOnSignals(SessionEngine *) {}
#endif

} // namespace

bool CommandLine::wantsHeadless(int argc, char **argv)
{
    for (const char *flag : kHeadlessFlags) {
        if (hasArgument(argc, argv, flag))
            return true;
    }
    return false;
}

bool CommandLine::wantsSelfTest(int argc, char **argv)
{
    return hasArgument(argc, argv, "--self-test");
}

CommandLine::CommandLine(const QStringList &arguments) : m_arguments(arguments)
{
    m_parser.setApplicationDescription(QStringLiteral(
        "Unknot guides you through foam rolling, pressure holds and stretches, with sound\n"
        "and voice cues, and keeps a private history of what helped.\n"
        "\n"
        "Without a command it opens the app. Exit codes: 0 success, 1 the input was\n"
        "refused (an invalid routine, an unknown id), 2 wrong usage.\n"
        "\n"
        "Examples:\n"
        "  unknot --validate my-routine.json\n"
        "  unknot --simulate stiff-neck\n"
        "  unknot --play tension-headache --speed 10"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {QStringLiteral("validate"),
         QStringLiteral("Check routine files; print one line per problem.")},
        {QStringLiteral("list"), QStringLiteral("List the built-in and your own routines.")},
        {QStringLiteral("json"), QStringLiteral("With --list or --simulate: print JSON.")},
        {QStringLiteral("simulate"),
         QStringLiteral("Run a routine (an id or a file) on a virtual clock and print every cue "
                        "with its time in milliseconds."),
         QStringLiteral("routine")},
        {QStringLiteral("play"),
         QStringLiteral("Run a routine in real time without a window, printing each cue as it "
                        "happens."),
         QStringLiteral("routine")},
        {QStringLiteral("speed"), QStringLiteral("With --play: run X times faster (0.1 to 1000)."),
         QStringLiteral("x"), QStringLiteral("1")},
        {QStringLiteral("right-first"),
         QStringLiteral("With --simulate or --play: do the right side first in two-sided "
                        "steps.")},
        {QStringLiteral("self-test"),
         QStringLiteral("Load the whole interface offscreen, open every page, and fail on any "
                        "QML warning.")},
        {QStringLiteral("screenshots"),
         QStringLiteral("With --self-test: save a PNG of every page at phone and desktop size "
                        "into this folder."),
         QStringLiteral("folder")},
        {QStringLiteral("data-dir"),
         QStringLiteral("Keep your data in this folder (also UNKNOT_DATA_DIR)."),
         QStringLiteral("folder")},
    });
    QCommandLineOption firstFrame(QStringLiteral("quit-after-first-frame"),
                                  QStringLiteral("Benchmarks: quit once the first frame is shown."));
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.addOption(firstFrame);
    m_parser.addPositionalArgument(QStringLiteral("files"),
                                   QStringLiteral("With --validate: the routine files to check."),
                                   QStringLiteral("[files...]"));
}

bool CommandLine::parse()
{
    if (!m_parser.parse(m_arguments)) {
        err() << "unknot: " << m_parser.errorText() << "\nTry 'unknot --help'.\n";
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help")))
        m_parser.showHelp(Success);
    if (m_parser.isSet(QStringLiteral("version")))
        m_parser.showVersion();
    if (!m_parser.positionalArguments().isEmpty() && !m_parser.isSet(QStringLiteral("validate"))) {
        err() << "unknot: files are only taken with --validate\nTry 'unknot --help'.\n";
        return false;
    }
    m_dataDir = DataDir::resolve(m_parser.value(QStringLiteral("data-dir")));
    return true;
}

int CommandLine::runHeadless()
{
    if (m_parser.isSet(QStringLiteral("validate")))
        return validate();
    if (!loadContent())
        return Refused;
    if (m_parser.isSet(QStringLiteral("list")))
        return list();
    if (m_parser.isSet(QStringLiteral("simulate")))
        return simulate();
    if (m_parser.isSet(QStringLiteral("play")))
        return play();
    return Usage;
}

bool CommandLine::loadContent()
{
    QString error;
    if (!m_body.load(kBuiltInFolder, &error)) {
        err() << "unknot: " << error << '\n';
        return false;
    }
    m_library.load(kBuiltInFolder, DataDir::routinesFolder(m_dataDir), m_body.vocabulary());
    return true;
}

int CommandLine::validate()
{
    const QStringList files = m_parser.positionalArguments();
    if (files.isEmpty()) {
        err() << "unknot: --validate needs at least one file\n";
        return Usage;
    }
    QString error;
    if (!m_body.load(kBuiltInFolder, &error)) {
        err() << "unknot: " << error << '\n';
        return Refused;
    }
    bool allValid = true;
    for (const QString &file : files) {
        const RoutineFormat::Result result = RoutineFormat::readFile(file, m_body.vocabulary());
        for (const QString &line : result.lines(file))
            out() << line << '\n';
        allValid = allValid && result.ok();
    }
    return allValid ? Success : Refused;
}

int CommandLine::list()
{
    const bool json = m_parser.isSet(QStringLiteral("json"));
    QJsonArray array;
    for (const Library::Entry &entry : m_library.entries()) {
        const Routine &routine = entry.routine;
        const qint64 totalMs = Timeline(routine, {}).totalMs();
        if (json) {
            array.append(QJsonObject{
                {QStringLiteral("id"), routine.id},
                {QStringLiteral("title"), routine.title},
                {QStringLiteral("seconds"), totalMs / 1000},
                {QStringLiteral("steps"), routine.steps.size()},
                {QStringLiteral("areas"), QJsonArray::fromStringList(routine.areas)},
                {QStringLiteral("equipment"), QJsonArray::fromStringList(routine.equipment)},
                {QStringLiteral("source"), entry.builtIn ? QStringLiteral("built-in") : QStringLiteral("user")},
                {QStringLiteral("path"), entry.builtIn ? QString() : entry.path},
            });
            continue;
        }
        out() << QStringLiteral("%1  %2  %3  %4 steps  %5\n")
                     .arg(routine.id, -22)
                     .arg(routine.title, -40)
                     .arg(clockText(totalMs), 6)
                     .arg(routine.steps.size(), 3)
                     .arg(entry.builtIn ? QStringLiteral("built-in") : entry.path);
    }
    if (json)
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    for (const QString &problem : m_library.problems())
        err() << problem << '\n';
    return Success;
}

std::optional<Routine> CommandLine::resolveRoutine(const QString &idOrFile)
{
    if (const Library::Entry *entry = m_library.find(idOrFile))
        return entry->routine;
    if (!QFileInfo::exists(idOrFile)) {
        err() << "unknot: no routine with the id or file name \"" << idOrFile
              << "\"; 'unknot --list' shows the routines there are\n";
        return std::nullopt;
    }
    const RoutineFormat::Result result = RoutineFormat::readFile(idOrFile, m_body.vocabulary());
    for (const QString &line : result.lines(idOrFile))
        err() << line << '\n';
    return result.routine;
}

TimelineOptions CommandLine::timelineOptions() const
{
    TimelineOptions options;
    if (m_parser.isSet(QStringLiteral("right-first")))
        options.firstSide = Side::Right;
    return options;
}

int CommandLine::simulate()
{
    const std::optional<Routine> routine =
        resolveRoutine(m_parser.value(QStringLiteral("simulate")));
    if (!routine)
        return Refused;
    const bool json = m_parser.isSet(QStringLiteral("json"));
    for (const Cue &cue : simulateSession(*routine, timelineOptions())) {
        out() << (json ? QString::fromUtf8(CueFormat::jsonLine(cue)) : CueFormat::textLine(cue))
              << '\n';
    }
    return Success;
}

int CommandLine::play()
{
    bool ok = false;
    const double speed = m_parser.value(QStringLiteral("speed")).toDouble(&ok);
    if (!ok || speed < 0.1 || speed > 1000) {
        err() << "unknot: --speed must be a number from 0.1 to 1000\n";
        return Usage;
    }
    const std::optional<Routine> routine = resolveRoutine(m_parser.value(QStringLiteral("play")));
    if (!routine)
        return Refused;

    SteadyClock clock(speed);
    SessionEngine engine(*routine, clock, timelineOptions());
    SessionRunner runner(&engine, clock, speed, 0);
    QObject::connect(&engine, &SessionEngine::cue, [](const Cue &cue) {
        out() << CueFormat::textLine(cue) << Qt::endl;
    });
    QObject::connect(&engine, &SessionEngine::sideFinished, [](const StepRecord &record) {
        err() << QStringLiteral("step %1 %2: %3 of %4 s, %5\n")
                     .arg(record.step + 1)
                     .arg(RoutineText::sideName(record.side))
                     .arg(record.actualMs / 1000.0, 0, 'f', 1)
                     .arg(record.plannedSeconds)
                     .arg(outcomeName(record.outcome));
        err().flush();
    });
    QObject::connect(&engine, &SessionEngine::finished, qApp, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    stopOnSignals(&engine);
    engine.start();
    QCoreApplication::exec();
    return engine.completed() ? Success : 130;
}
