#include "appcontext.h"
#include "playercontroller.h"
#include "routinelistmodel.h"

#include "datadir.h"
#include "presentation.h"

namespace {
const QString kBuiltInFolder = QStringLiteral(":/routines");
}

AppContext::AppContext(const QString &dataDir, const Clock &clock, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_settings(new Settings(dataDir, this)),
      m_safety(new SafetyController(m_settings, m_body, this)),
      m_routines(new RoutineListModel(this)),
      m_player(new PlayerController(clock, m_body, this)),
      m_history(new HistoryController(dataDir, m_player, m_library, m_body, this)),
      m_bodyMap(new BodyMapController(m_body, m_library, *m_history->store(), this)),
      m_plans(new PlanController(dataDir, m_history, m_body, m_library, this)),
      m_editor(new EditorController(m_library, m_body, m_player,
                                    DataDir::routinesFolder(dataDir), this)),
      m_today(new TodayController(m_body, m_library, m_settings, m_safety, m_plans, m_history,
                                  m_player, this)),
      m_sound(new CuePlayer(this))
{
    Q_ASSERT(!s_instance);
    s_instance = this;
    m_sound->setSettings(m_settings);
    connect(m_plans, &PlanController::routinesChanged, this, &AppContext::reloadRoutines);
    connect(m_editor, &EditorController::routineSaved, this, &AppContext::reloadRoutines);
    // A restore on a new device brings back the plans and their routine files.
    connect(m_history, &HistoryController::restored, m_plans, &PlanController::restoreRoutineFiles);
    connect(m_player, &PlayerController::sessionStarted, m_sound, &CuePlayer::attach);
    // Restores, merges and saves that waited in memory change the pain log.
    connect(m_history->store(), &HistoryStore::historyChanged, m_bodyMap,
            &BodyMapController::refresh);
    connect(m_today, &TodayController::changed, this, &AppContext::suggestionChanged);
    // The routine list marks the routines that do not suit the safety answers.
    connect(m_safety, &SafetyController::changed, this, [this] {
        m_routines->setSafety(m_safety->profile());
        m_bodyMap->setSafetyProfile(m_safety->profile());
    });
    connect(m_player, &PlayerController::narration, m_sound, &CuePlayer::narrate);
    // Awake for the whole open session, pauses and safety advice included: a
    // person on the floor should not have to get up to wake the screen.
    connect(m_player, &PlayerController::changed, this,
            [this] { m_screenAwake.setKeepAwake(m_player->running()); });
}

AppContext::~AppContext()
{
    s_instance = nullptr;
}

bool AppContext::load(QString *errorText)
{
    if (!m_body.load(kBuiltInFolder, errorText))
        return false;
    m_safety->reload(); // a recent injury names a region of the body model
    m_library.load(kBuiltInFolder, DataDir::routinesFolder(m_dataDir), m_body.vocabulary());
    m_routines->setLibrary(&m_library, &m_body);
    m_routines->setSafety(m_safety->profile());
    m_player->setLibrary(&m_library);
    m_history->open(); // after the library: resuming needs the routines
    m_bodyMap->setSafetyProfile(m_safety->profile());
    m_bodyMap->reload(); // after the history: it reads the pain log
    m_plans->open();   // after the history: plans share its database
    m_editor->setPlanStore(m_plans->store());
    m_routines->setPlanTitles(m_plans->routinePlanTitles());
    m_plans->editor()->refreshChoices();
    m_today->refresh(); // after all of them
    Q_EMIT libraryChanged();
    return true;
}

void AppContext::reloadRoutines()
{
    m_library.load(kBuiltInFolder, DataDir::routinesFolder(m_dataDir), m_body.vocabulary());
    m_routines->setLibrary(&m_library, &m_body);
    m_routines->setPlanTitles(m_plans->routinePlanTitles());
    m_plans->editor()->refreshChoices();
    m_today->refresh();
    Q_EMIT libraryChanged();
}

AppContext *AppContext::create(QQmlEngine *, QJSEngine *)
{
    // Owned by main() or the test setup, never by the QML engine.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString AppContext::version() const
{
    return QStringLiteral(UNKNOT_VERSION);
}

namespace {
QVariantMap choice(const QString &value, const QString &text)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("text"), text}};
}
} // namespace

QString AppContext::suggestedRoutineId() const
{
    return m_today->suggestedRoutineId();
}

QVariantList AppContext::areaGroupChoices() const
{
    QVariantList choices;
    QStringList seen;
    for (const BodyModel::Region &region : m_body.regions()) {
        if (seen.contains(region.group))
            continue;
        seen.append(region.group);
        choices.append(choice(region.group, Presentation::groupName(region.group)));
    }
    return choices;
}

QVariantList AppContext::stepTypeChoices() const
{
    QVariantList choices;
    for (StepType type : {StepType::Hold, StepType::Roll, StepType::Stretch, StepType::Move})
        choices.append(choice(RoutineText::stepTypeName(type), Presentation::stepTypeName(type)));
    return choices;
}

QVariantList AppContext::equipmentChoices() const
{
    QVariantList choices;
    for (const char *id : {"ball", "two-balls", "foam-roller", "wall", "doorframe", "chair", "strap"})
        choices.append(choice(QLatin1String(id), Presentation::equipmentName(QLatin1String(id))));
    return choices;
}
