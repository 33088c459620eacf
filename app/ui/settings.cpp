#include "settings.h"

#include "audio/speaker.h"

#include <QDir>
#include <QLocale>

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
