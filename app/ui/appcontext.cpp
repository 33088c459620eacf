#include "appcontext.h"
#include "playercontroller.h"
#include "routinelistmodel.h"

#include "datadir.h"

namespace {
const QString kBuiltInFolder = QStringLiteral(":/routines");
}

AppContext::AppContext(const QString &dataDir, const Clock &clock, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_settings(new Settings(dataDir, this)),
      m_routines(new RoutineListModel(this)),
      m_player(new PlayerController(clock, m_body, this))
{
    Q_ASSERT(!s_instance);
    s_instance = this;
}

AppContext::~AppContext()
{
    s_instance = nullptr;
}

bool AppContext::load(QString *errorText)
{
    if (!m_body.load(kBuiltInFolder, errorText))
        return false;
    m_library.load(kBuiltInFolder, DataDir::routinesFolder(m_dataDir), m_body.vocabulary());
    m_routines->setLibrary(&m_library, &m_body);
    m_player->setLibrary(&m_library);
    Q_EMIT problemsChanged();
    return true;
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
