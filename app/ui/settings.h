#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QSettings>
#include <QStringList>
#include <QVariantList>

// The person's preferences, remembered between runs in settings.ini inside the
// data folder (so --data-dir keeps test runs and real use apart).
class Settings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext.settings")

    // "system", "light" or "dark".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY changed)
    Q_PROPERTY(bool tonesEnabled READ tonesEnabled WRITE setTonesEnabled NOTIFY changed)
    Q_PROPERTY(bool voiceEnabled READ voiceEnabled WRITE setVoiceEnabled NOTIFY changed)
    // 0.0 to 1.0.
    Q_PROPERTY(double volume READ volume WRITE setVolume NOTIFY changed)
    // -1.0 (slow) to 1.0 (fast), as QTextToSpeech takes it.
    Q_PROPERTY(double voiceRate READ voiceRate WRITE setVoiceRate NOTIFY changed)
    // For the sliders: "80%" and "Normal" / "1.3 × normal".
    Q_PROPERTY(QString volumeText READ volumeText NOTIFY changed)
    Q_PROPERTY(QString voiceRateText READ voiceRateText NOTIFY changed)
    // Speak everything on the player screen a person needs to follow along.
    Q_PROPERTY(bool eyesFree READ eyesFree WRITE setEyesFree NOTIFY changed)
    // A gentle in-and-out rhythm during holds.
    Q_PROPERTY(bool breathPacing READ breathPacing WRITE setBreathPacing NOTIFY changed)
    // What the person has for the planner: "ball", "two-balls", "foam-roller", "strap"
    // (hands, a wall, a doorframe and a chair are taken as given).
    Q_PROPERTY(QStringList equipment READ equipment WRITE setEquipment NOTIFY changed)
    // The choices for equipment: a list of {value, text}.
    Q_PROPERTY(QVariantList equipmentChoices READ equipmentChoices CONSTANT)
    // The Today page's time budget: 5, 10, 15 or 20 minutes.
    Q_PROPERTY(int planMinutes READ planMinutes WRITE setPlanMinutes NOTIFY changed)

public:
    explicit Settings(const QString &dataDir, QObject *parent = nullptr);

    QString theme() const;
    void setTheme(const QString &theme);
    bool tonesEnabled() const;
    void setTonesEnabled(bool enabled);
    bool voiceEnabled() const;
    void setVoiceEnabled(bool enabled);
    double volume() const;
    void setVolume(double volume);
    double voiceRate() const;
    void setVoiceRate(double rate);
    QString volumeText() const;
    QString voiceRateText() const;
    bool eyesFree() const;
    void setEyesFree(bool enabled);
    bool breathPacing() const;
    void setBreathPacing(bool enabled);
    QStringList equipment() const;
    void setEquipment(const QStringList &equipment);
    static QVariantList equipmentChoices();
    int planMinutes() const;
    void setPlanMinutes(int minutes);

    // The health screen (SafetyController reads and writes these): whether it was
    // answered, and the flags answered "yes" (SafetyProfile::toStrings()).
    bool safetyAnswered() const;
    QStringList safetyFlags() const;
    void setSafetyAnswers(const QStringList &flags);
    // As on a fresh install: the screen shows again.
    void forgetSafetyAnswers();

Q_SIGNALS:
    void changed();

private:
    QVariant value(const char *key, const QVariant &fallback) const;
    void store(const char *key, const QVariant &value);

    QSettings m_store;
};
