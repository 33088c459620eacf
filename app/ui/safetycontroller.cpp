#include "safetycontroller.h"
#include "settings.h"

namespace {

const QString kYes = QStringLiteral("yes");
const QString kNo = QStringLiteral("no");

const SafetyProfile::Question *questionNamed(const QString &name)
{
    for (const SafetyProfile::Question &question : SafetyProfile::questions()) {
        if (question.name == name)
            return &question;
    }
    return nullptr;
}

} // namespace

SafetyController::SafetyController(Settings *settings, const BodyModel &body, QObject *parent)
    : QObject(parent), m_settings(settings), m_body(body)
{
    connect(m_settings, &Settings::changed, this, &SafetyController::reload);
    if (!m_body.regions().isEmpty())
        reload();
}

void SafetyController::assumeNoAnswersForThisRun(bool assume)
{
    m_assumeNo = assume;
    reload();
}

// Reads the answers kept; answers that no longer read (a flag or region from
// another version) count as not answered, so that the screen asks again.
void SafetyController::reload()
{
    SafetyProfile profile;
    QString error;
    if (m_settings->safetyAnswered()) {
        if (std::optional<SafetyProfile> kept =
                SafetyProfile::fromStrings(m_settings->safetyFlags(), m_body, &error))
            profile = *kept;
        else
            qWarning("settings.ini: safety/flags: %s; the health questions are asked again",
                     qPrintable(error));
    } else if (m_assumeNo) {
        profile = *SafetyProfile::fromStrings({}, m_body, &error);
    }
    if (profile.answered() == m_profile.answered() && profile.toStrings() == m_profile.toStrings())
        return;
    m_profile = profile;
    if (!m_profile.answered()) { // asked again from the start
        m_draft.clear();
        m_draftInjuries.clear();
        m_editing = false;
        Q_EMIT draftChanged();
    }
    Q_EMIT changed();
}

bool SafetyController::urgent() const
{
    const QList<SafetyProfile::Block> blocks = m_profile.blocks();
    return std::any_of(blocks.cbegin(), blocks.cend(),
                       [](const SafetyProfile::Block &block) { return block.urgent; });
}

QVariantList SafetyController::blocks() const
{
    QVariantList list;
    for (const SafetyProfile::Block &block : m_profile.blocks()) {
        const SafetyProfile::Question *question = questionNamed(block.flag);
        list.append(QVariantMap{{QStringLiteral("flag"), block.flag},
                                {QStringLiteral("title"), block.title},
                                {QStringLiteral("advice"), block.advice},
                                {QStringLiteral("urgent"), block.urgent},
                                {QStringLiteral("question"), question->question}});
    }
    return list;
}

QVariantList SafetyController::changes() const
{
    QVariantList list;
    for (const SafetyProfile::Question &question : SafetyProfile::questions()) {
        if (question.blocks || !m_profile.has(question.flag))
            continue;
        QString effect = question.effect;
        if (question.asksWhere) {
            QStringList names;
            for (const QString &id : m_profile.injuredRegions())
                names.append(m_body.region(id)->name);
            effect = tr("%1 Where: %2.").arg(effect, names.join(QStringLiteral(", ")));
        }
        list.append(QVariantMap{{QStringLiteral("name"), question.name},
                                {QStringLiteral("question"), question.question},
                                {QStringLiteral("effect"), effect}});
    }
    return list;
}

QVariantList SafetyController::questions() const
{
    QVariantList list;
    bool previousBlocks = false;
    for (const SafetyProfile::Question &question : SafetyProfile::questions()) {
        // The questions that call for care come first, under their own heading.
        QString heading;
        if (list.isEmpty() || question.blocks != previousBlocks)
            heading = question.blocks ? tr("Right now") : tr("Your health");
        previousBlocks = question.blocks;
        list.append(QVariantMap{{QStringLiteral("name"), question.name},
                                {QStringLiteral("question"), question.question},
                                {QStringLiteral("why"), question.why},
                                {QStringLiteral("effect"), question.effect},
                                {QStringLiteral("blocks"), question.blocks},
                                {QStringLiteral("asksWhere"), question.asksWhere},
                                {QStringLiteral("heading"), heading}});
    }
    return list;
}

QVariantList SafetyController::regionChoices() const
{
    QVariantList list;
    for (const BodyModel::Region &region : m_body.regions())
        list.append(QVariantMap{{QStringLiteral("value"), region.id},
                                {QStringLiteral("text"), region.name}});
    return list;
}

QStringList SafetyController::draftInjuryNames() const
{
    QStringList names;
    for (const QString &id : m_draftInjuries) {
        const BodyModel::Region *region = m_body.region(id);
        names.append(region ? region->name : id);
    }
    return names;
}

int SafetyController::unansweredCount() const
{
    int count = 0;
    for (const SafetyProfile::Question &question : SafetyProfile::questions())
        count += m_draft.contains(question.name) ? 0 : 1;
    return count;
}

QString SafetyController::draftProblem() const
{
    if (const int left = unansweredCount(); left > 0)
        return tr("%n question(s) still to answer.", nullptr, left);
    if (m_draft.value(QStringLiteral("recent-injury")) == kYes && m_draftInjuries.isEmpty())
        return tr("Choose where the recent injury is, or answer no.");
    return {};
}

void SafetyController::edit()
{
    m_draft.clear();
    m_draftInjuries.clear();
    if (m_settings->safetyAnswered() && m_profile.answered()) {
        for (const SafetyProfile::Question &question : SafetyProfile::questions())
            m_draft.insert(question.name, m_profile.has(question.flag) ? kYes : kNo);
        m_draftInjuries = m_profile.injuredRegions();
    }
    m_editing = true;
    Q_EMIT draftChanged();
}

void SafetyController::cancelEditing()
{
    if (!m_editing)
        return;
    m_editing = false;
    Q_EMIT draftChanged();
}

void SafetyController::setAnswer(const QString &name, bool yes)
{
    const SafetyProfile::Question *question = questionNamed(name);
    if (!question)
        return;
    m_draft.insert(name, yes ? kYes : kNo);
    if (question->asksWhere && !yes)
        m_draftInjuries.clear();
    Q_EMIT draftChanged();
}

void SafetyController::addInjury(const QString &region)
{
    if (!m_body.region(region) || m_draftInjuries.contains(region))
        return;
    m_draftInjuries.append(region);
    m_draft.insert(QStringLiteral("recent-injury"), kYes);
    Q_EMIT draftChanged();
}

void SafetyController::removeInjury(const QString &region)
{
    if (m_draftInjuries.removeAll(region) > 0)
        Q_EMIT draftChanged();
}

QStringList SafetyController::draftFlags() const
{
    QStringList flags;
    for (const SafetyProfile::Question &question : SafetyProfile::questions()) {
        if (m_draft.value(question.name) != kYes)
            continue;
        if (!question.asksWhere) {
            flags.append(question.name);
            continue;
        }
        for (const QString &region : m_draftInjuries)
            flags.append(question.name + QLatin1Char(':') + region);
    }
    return flags;
}

bool SafetyController::save()
{
    if (!draftProblem().isEmpty())
        return false;
    QString error;
    const std::optional<SafetyProfile> profile =
        SafetyProfile::fromStrings(draftFlags(), m_body, &error);
    if (!profile)
        return false;
    m_editing = false;
    m_settings->setSafetyAnswers(profile->toStrings());
    Q_EMIT draftChanged();
    return true;
}
