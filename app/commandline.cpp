#include "commandline.h"
#include "datadir.h"
#include "bundlecommand.h"
#include "historycommand.h"
#include "plancommand.h"
#include "reportcommand.h"

#include "core/bundleformat.h"
#include "core/clock.h"
#include "core/cueformat.h"
#include "core/sessionrunner.h"
#include "core/simulation.h"
#include "storage/sessionrecorder.h"

#include "audio/cueplayer.h"
#include "ui/settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <memory>

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

const char *const kHeadlessFlags[] = {"--validate", "--list",    "--simulate", "--play",
                                      "--export",   "--export-csv", "--restore", "--plan",
                                      "--import",   "--export-bundle", "--report",
                                      "--help",     "-h",         "--help-all", "--version", "-v"};

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

bool CommandLine::wantsFonts(int argc, char **argv)
{
    return hasArgument(argc, argv, "--report");
}

CommandLine::CommandLine(const QStringList &arguments) : m_arguments(arguments)
{
    m_parser.setApplicationDescription(QStringLiteral(
        "Unknot guides you through foam rolling, pressure holds and stretches, with sound\n"
        "and voice cues, and keeps a private history of what helped.\n"
        "\n"
        "Without a command it opens the app.\n"
        "\n"
        "Exit codes:\n"
        "  0  success: valid, imported, exported, written\n"
        "  1  refused: an invalid routine or plan bundle (--import prints every reason\n"
        "     and changes nothing), an unknown id, a history that cannot be read, a\n"
        "     file that cannot be written\n"
        "  2  wrong usage: an unknown option, a missing value, a --from or --to that is\n"
        "     not a day written YYYY-MM-DD, --from after --to\n"
        "  130  --play was stopped (Ctrl+C) before the routine finished\n"
        "\n"
        "Examples:\n"
        "  unknot --validate my-routine.json\n"
        "  unknot --simulate stiff-neck\n"
        "  unknot --play tension-headache --speed 10\n"
        "  unknot --plan head.temple:6:left,neck.back:4 --minutes 10 --equipment ball\n"
        "  unknot --export history.json\n"
        "  unknot --import neck-plan.unknot\n"
        "  unknot --export-bundle neck-plan neck-plan-v2.unknot\n"
        "  unknot --report --from 2024-05-01 --to 2024-05-31 --pdf report.pdf --csv report.csv"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {QStringLiteral("validate"),
         QStringLiteral("Check routine files, plan bundles and the body files (regions.json, "
                        "muscles.json); print one line per problem.")},
        {QStringLiteral("list"), QStringLiteral("List the built-in and your own routines.")},
        {QStringLiteral("json"),
         QStringLiteral("With --list, --simulate or --plan: print JSON.")},
        {QStringLiteral("plan"),
         QStringLiteral("Plan a routine for where it hurts: region ids, each with an optional "
                        "pain 1-10 (default 5) and side left, right or both, such as "
                        "head.temple:6:left,neck.back:4. Prints the muscles that commonly refer "
                        "pain there, the routines that match, and the planned routine."),
         QStringLiteral("areas")},
        {QStringLiteral("minutes"), QStringLiteral("With --plan: the time budget, 5, 10, 15 or 20."),
         QStringLiteral("n"), QStringLiteral("10")},
        {QStringLiteral("equipment"),
         QStringLiteral("With --plan: what you have, such as ball,two-balls,foam-roller,strap "
                        "(hands, a wall, a doorframe and a chair are taken as given)."),
         QStringLiteral("list")},
        {QStringLiteral("safety"),
         QStringLiteral("With --plan: your health-screen answers, the flags answered yes, such "
                        "as blood-thinners,recent-injury:knee.front, or none (docs/planner.md "
                        "lists them). Without it the screen counts as unanswered and the chest "
                        "is not planned."),
         QStringLiteral("flags")},
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
        {QStringLiteral("no-sound"),
         QStringLiteral("With --play: stay silent. Otherwise --play sounds its cues as the app "
                        "does, with the sound settings of the data folder.")},
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
        {QStringLiteral("export"),
         QStringLiteral("Write your whole history (sessions, steps, pain ratings) to a JSON file "
                        "that --restore can read."),
         QStringLiteral("file")},
        {QStringLiteral("export-csv"),
         QStringLiteral("Write sessions.csv, steps.csv and pain.csv into a folder."),
         QStringLiteral("folder")},
        {QStringLiteral("restore"),
         QStringLiteral("Add the history of a JSON export to yours; what is already there is "
                        "kept, nothing is added twice."),
         QStringLiteral("file")},
        {QStringLiteral("import"),
         QStringLiteral("Import a therapist's plan bundle (.unknot) with its routines; a bundle "
                        "with any problem is refused with every reason and changes nothing."),
         QStringLiteral("file")},
        {QStringLiteral("export-bundle"),
         QStringLiteral("Write a stored plan with its routines to a bundle file given after it: "
                        "--export-bundle PLAN_ID FILE."),
         QStringLiteral("plan-id")},
        {QStringLiteral("report"),
         QStringLiteral("Write a progress report of --from to --to against the active plan: a "
                        "PDF with --pdf, a CSV with --csv (without either, the CSV is printed).")},
        {QStringLiteral("from"), QStringLiteral("With --report: the first day, YYYY-MM-DD."),
         QStringLiteral("date")},
        {QStringLiteral("to"), QStringLiteral("With --report: the last day, YYYY-MM-DD."),
         QStringLiteral("date")},
        {QStringLiteral("pdf"), QStringLiteral("With --report: the PDF file to write."),
         QStringLiteral("file")},
        {QStringLiteral("csv"), QStringLiteral("With --report: the CSV file to write."),
         QStringLiteral("file")},
        {QStringLiteral("data-dir"),
         QStringLiteral("Keep your data in this folder (also UNKNOT_DATA_DIR)."),
         QStringLiteral("folder")},
    });
    QCommandLineOption firstFrame(QStringLiteral("quit-after-first-frame"),
                                  QStringLiteral("Benchmarks: quit once the first frame is shown."));
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.addOption(firstFrame);
    m_parser.addPositionalArgument(QStringLiteral("files"),
                                   QStringLiteral("With --validate: the routine files and plan "
                                                  "bundles to check. With --export-bundle: the "
                                                  "file to write. Alone: a plan bundle (.unknot) "
                                                  "to open in the app for import."),
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
    if (!acceptPositionalArguments())
        return false;
    m_dataDir = DataDir::resolve(m_parser.value(QStringLiteral("data-dir")));
    return true;
}

int CommandLine::runHeadless()
{
    if (m_parser.isSet(QStringLiteral("validate")))
        return validate();
    if (m_parser.isSet(QStringLiteral("export")))
        return HistoryCommand::exportJson(m_dataDir, m_parser.value(QStringLiteral("export")));
    if (m_parser.isSet(QStringLiteral("export-csv")))
        return HistoryCommand::exportCsv(m_dataDir, m_parser.value(QStringLiteral("export-csv")));
    if (!loadContent())
        return Refused;
    if (m_parser.isSet(QStringLiteral("restore")))
        return HistoryCommand::restore(m_dataDir, m_parser.value(QStringLiteral("restore")), m_body,
                                       m_library);
    if (m_parser.isSet(QStringLiteral("import")))
        return BundleCommand(m_dataDir, m_body, m_library, out(), err())
            .importBundle(m_parser.value(QStringLiteral("import")));
    if (m_parser.isSet(QStringLiteral("export-bundle")))
        return BundleCommand(m_dataDir, m_body, m_library, out(), err())
            .exportBundle(m_parser.value(QStringLiteral("export-bundle")),
                          m_parser.positionalArguments().constFirst());
    if (m_parser.isSet(QStringLiteral("report")))
        return ReportCommand(m_dataDir, m_body, out(), err())
            .run({m_parser.value(QStringLiteral("from")), m_parser.value(QStringLiteral("to")),
                  m_parser.value(QStringLiteral("pdf")), m_parser.value(QStringLiteral("csv"))});
    if (m_parser.isSet(QStringLiteral("list")))
        return list();
    if (m_parser.isSet(QStringLiteral("plan")))
        return PlanCommand(m_body, m_library, out(), err())
            .run({m_parser.value(QStringLiteral("plan")), m_parser.value(QStringLiteral("minutes")),
                  m_parser.value(QStringLiteral("equipment")),
                  m_parser.value(QStringLiteral("safety")), m_parser.isSet(QStringLiteral("json"))});
    if (m_parser.isSet(QStringLiteral("simulate")))
        return simulate();
    if (m_parser.isSet(QStringLiteral("play")))
        return play();
    return Usage;
}

// Files are taken by --validate, one by --export-bundle (the file to write),
// and one plan bundle alone (the app opens with its import preview).
bool CommandLine::acceptPositionalArguments()
{
    const QStringList files = m_parser.positionalArguments();
    if (m_parser.isSet(QStringLiteral("export-bundle"))) {
        if (files.size() == 1)
            return true;
        err() << "unknot: --export-bundle takes a plan id and one file to write\n"
                 "Try 'unknot --help'.\n";
        return false;
    }
    if (files.isEmpty() || m_parser.isSet(QStringLiteral("validate")))
        return true;
    const bool bundleAlone =
        files.size() == 1 &&
        files.constFirst().endsWith(QLatin1Char('.') + BundleFormat::fileSuffix()) &&
        !wantsHeadlessCommand();
    if (bundleAlone) {
        m_bundleToOpen = files.constFirst();
        return true;
    }
    err() << "unknot: files are only taken with --validate, --export-bundle, or alone when "
             "they are plan bundles (.unknot)\nTry 'unknot --help'.\n";
    return false;
}

bool CommandLine::wantsHeadlessCommand() const
{
    for (const char *flag : kHeadlessFlags) {
        const QString name = QString::fromLatin1(flag).remove(QRegularExpression(QStringLiteral("^-+")));
        if (m_parser.optionNames().contains(name))
            return true;
    }
    return false;
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
    const BundleRules bundleRules{m_body.vocabulary(),
                                  BundleFormat::imagesIn(QStringLiteral(":/media"))};
    bool allValid = true;
    for (const QString &file : files) {
        // Plan bundles by their suffix, everything else as a routine.
        QStringList lines;
        bool ok = false;
        if (file.endsWith(QLatin1Char('.') + BundleFormat::fileSuffix())) {
            const BundleFormat::Result result = BundleFormat::readFile(file, bundleRules);
            lines = result.lines(file);
            ok = result.ok();
        } else if (const QString kind = bodyFileKind(file); !kind.isEmpty()) {
            lines = validateBodyFile(file, kind);
            ok = lines.isEmpty();
        } else {
            const RoutineFormat::Result result = RoutineFormat::readFile(file, m_body.vocabulary());
            lines = result.lines(file);
            ok = result.ok();
        }
        for (const QString &line : std::as_const(lines))
            out() << line << '\n';
        allValid = allValid && ok;
    }
    return allValid ? Success : Refused;
}

// "regions" or "muscles" for a body model file (an object with that list and no
// steps), else empty: it is read as a routine.
QString CommandLine::bodyFileKind(const QString &file)
{
    QFile in(file);
    if (in.size() > BodyModel::kMaxFileBytes || !in.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    if (root.contains(QLatin1String("steps")))
        return {};
    for (const char *kind : {"regions", "muscles"}) {
        if (root.value(QLatin1String(kind)).isArray())
            return QLatin1String(kind);
    }
    return {};
}

// A regions file is checked with the built-in muscles, a muscles file with the
// built-in regions, as the app would load them.
QStringList CommandLine::validateBodyFile(const QString &file, const QString &kind)
{
    const QString regions = kind == QLatin1String("regions")
                                ? file
                                : kBuiltInFolder + QStringLiteral("/regions.json");
    const QString muscles = kind == QLatin1String("muscles")
                                ? file
                                : kBuiltInFolder + QStringLiteral("/muscles.json");
    BodyModel body;
    return body.loadFiles(regions, muscles);
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

    // Recorded like the app does. Each side is printed only once its record is
    // committed (or, when it cannot be saved, kept in memory and said so).
    HistoryStore store(m_dataDir);
    store.open();
    if (!store.notice().isEmpty())
        err() << "unknot: " << store.notice() << Qt::endl;
    SessionRecorder recorder(&store);

    SteadyClock clock(speed);
    SessionEngine engine(*routine, clock, timelineOptions());
    SessionRunner runner(&engine, clock, speed, 0);
    QObject::connect(&engine, &SessionEngine::cue, [](const Cue &cue) {
        out() << CueFormat::textLine(cue) << Qt::endl;
    });
    QObject::connect(&recorder, &SessionRecorder::sideRecorded,
                     [](const StepRecord &record, bool saved) {
        err() << QStringLiteral("step %1 %2: %3 of %4 s, %5%6\n")
                     .arg(record.step + 1)
                     .arg(RoutineText::sideName(record.side))
                     .arg(record.actualMs / 1000.0, 0, 'f', 1)
                     .arg(record.plannedSeconds)
                     .arg(outcomeName(record.outcome),
                          saved ? QString() : QStringLiteral(", not saved yet"));
        err().flush();
    });
    recorder.attach(&engine);
    Settings settings(m_dataDir);
    std::unique_ptr<CuePlayer> sound;
    if (!m_parser.isSet(QStringLiteral("no-sound"))) {
        sound = std::make_unique<CuePlayer>();
        QObject::connect(sound.get(), &CuePlayer::soundChanged, [&sound] {
            if (!sound->soundAvailable())
                err() << "unknot: " << sound->notice() << Qt::endl;
        });
        sound->setSettings(&settings);
        sound->attach(&engine);
        // The last tone and the word of praise are heard before the program ends.
        QObject::connect(sound.get(), &CuePlayer::finishedPlaying, qApp, &QCoreApplication::quit,
                         Qt::QueuedConnection);
    }
    QObject::connect(&engine, &SessionEngine::finished, qApp, [&sound] {
        if (!sound || sound->playedOut())
            QCoreApplication::quit();
    }, Qt::QueuedConnection);
    stopOnSignals(&engine);
    engine.start();
    QCoreApplication::exec();
    if (store.pendingCount() > 0 && !store.flush())
        err() << "unknot: this session could not be saved: " << store.notice() << Qt::endl;
    return engine.completed() ? Success : 130;
}
