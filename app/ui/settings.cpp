#include "settings.h"
#include "presentation.h"

#include "core/planner.h"

#include "audio/speaker.h"

#include <QDir>
#include <QLocale>

namespace {
// What a person may own; hands, a wall, a doorframe and a chair are always at hand.
const QStringList kOwnable = {QStringLiteral("ball"), QStringLiteral("two-balls"),
                              QStringLiteral("foam-roller"), QStringLiteral("strap")};
constexpr int kDefaultPlanMinutes = 10;
} // namespace

Settings::Settings(const QString &dataDir, QObject *parent)
    : QObject(parent),
      m_store(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
{
}

QVariant Settings::value(const char *key, const QVariant &fallback) const
{
    return m_store.value(QLatin1String(key), fallback);
}

void Settings::store(const char *key, const QVariant &value)
{
    if (m_store.value(QLatin1String(key)) == value)
        return;
    m_store.setValue(QLatin1String(key), value);
    m_store.sync();
    Q_EMIT changed();
}

QString Settings::theme() const
{
    const QString theme = value("appearance/theme", QStringLiteral("system")).toString();
    const bool known = theme == QLatin1String("light") || theme == QLatin1String("dark");
    return known ? theme : QStringLiteral("system");
}

void Settings::setTheme(const QString &theme) { store("appearance/theme", theme); }
bool Settings::tonesEnabled() const { return value("sound/tones", true).toBool(); }
void Settings::setTonesEnabled(bool enabled) { store("sound/tones", enabled); }
bool Settings::voiceEnabled() const { return value("sound/voice", true).toBool(); }
void Settings::setVoiceEnabled(bool enabled) { store("sound/voice", enabled); }
double Settings::volume() const { return qBound(0.0, value("sound/volume", 0.8).toDouble(), 1.0); }
void Settings::setVolume(double volume) { store("sound/volume", qBound(0.0, volume, 1.0)); }
double Settings::voiceRate() const { return qBound(-1.0, value("sound/voiceRate", 0.0).toDouble(), 1.0); }
void Settings::setVoiceRate(double rate) { store("sound/voiceRate", qBound(-1.0, rate, 1.0)); }
bool Settings::eyesFree() const { return value("sound/eyesFree", false).toBool(); }
void Settings::setEyesFree(bool enabled) { store("sound/eyesFree", enabled); }
bool Settings::breathPacing() const { return value("sound/breathPacing", false).toBool(); }
void Settings::setBreathPacing(bool enabled) { store("sound/breathPacing", enabled); }

QStringList Settings::equipment() const
{
    QStringList owned;
    for (const QString &item : value("planner/equipment", QStringList()).toStringList()) {
        if (kOwnable.contains(item) && !owned.contains(item))
            owned.append(item);
    }
    return owned;
}

void Settings::setEquipment(const QStringList &equipment)
{
    QStringList owned; // in the order of the choices, each once
    for (const QString &item : kOwnable) {
        if (equipment.contains(item))
            owned.append(item);
    }
    store("planner/equipment", owned);
}

QVariantList Settings::equipmentChoices()
{
    QVariantList choices;
    for (const QString &item : kOwnable)
        choices.append(QVariantMap{{QStringLiteral("value"), item},
                                   {QStringLiteral("text"), Presentation::equipmentName(item)}});
    return choices;
}

int Settings::planMinutes() const
{
    const int minutes = value("planner/minutes", kDefaultPlanMinutes).toInt();
    return Planner::budgets().contains(minutes) ? minutes : kDefaultPlanMinutes;
}

void Settings::setPlanMinutes(int minutes)
{
    if (Planner::budgets().contains(minutes))
        store("planner/minutes", minutes);
}

bool Settings::safetyAnswered() const { return value("safety/answered", false).toBool(); }
QStringList Settings::safetyFlags() const { return value("safety/flags", QStringList()).toStringList(); }

void Settings::setSafetyAnswers(const QStringList &flags)
{
    // One change, one signal: the flags first, then the screen counts as answered.
    m_store.setValue(QStringLiteral("safety/flags"), flags);
    m_store.setValue(QStringLiteral("safety/answered"), true);
    m_store.sync();
    Q_EMIT changed();
}

void Settings::forgetSafetyAnswers()
{
    m_store.remove(QStringLiteral("safety"));
    m_store.sync();
    Q_EMIT changed();
}

QString Settings::volumeText() const
{
    return tr("%1%").arg(qRound(volume() * 100));
}

QString Settings::voiceRateText() const
{
    const double speed = speechSpeed(voiceRate());
    if (qAbs(speed - 1.0) < 0.05)
        return tr("Normal");
    return tr("%1 × normal").arg(QLocale().toString(speed, 'f', 1));
}
