// Preferences are kept in the data folder: a second start, reading the same
// folder, finds every one as it was left; broken values fall back safely.

#include "ui/settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsOnTheFirstStart()
    {
        QTemporaryDir dir;
        const Settings settings(dir.path());
        QCOMPARE(settings.theme(), QStringLiteral("system"));
        QVERIFY(settings.tonesEnabled());
        QVERIFY(settings.voiceEnabled());
        QCOMPARE(settings.volume(), 0.8);
        QCOMPARE(settings.voiceRate(), 0.0);
        QVERIFY(!settings.eyesFree());
        QVERIFY(!settings.breathPacing());
    }

    void everyChoiceIsRememberedAcrossARestart()
    {
        QTemporaryDir dir;
        {
            Settings settings(dir.path());
            QSignalSpy changed(&settings, &Settings::changed);
            settings.setTheme(QStringLiteral("dark"));
            settings.setTonesEnabled(false);
            settings.setVoiceEnabled(false);
            settings.setVolume(0.35);
            settings.setVoiceRate(-0.5);
            settings.setEyesFree(true);
            settings.setBreathPacing(true);
            QCOMPARE(changed.count(), 7);
            settings.setVolume(0.35);
            QCOMPARE(changed.count(), 7); // the same value again changes nothing
        }
        const Settings restarted(dir.path());
        QCOMPARE(restarted.theme(), QStringLiteral("dark"));
        QVERIFY(!restarted.tonesEnabled());
        QVERIFY(!restarted.voiceEnabled());
        QCOMPARE(restarted.volume(), 0.35);
        QCOMPARE(restarted.voiceRate(), -0.5);
        QVERIFY(restarted.eyesFree());
        QVERIFY(restarted.breathPacing());

        QTemporaryDir other;
        QCOMPARE(Settings(other.path()).theme(), QStringLiteral("system")); // each folder its own
    }

    void outOfRangeValuesAreKeptInRange()
    {
        QTemporaryDir dir;
        {
            QSettings file(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            file.setValue(QStringLiteral("appearance/theme"), QStringLiteral("purple"));
            file.setValue(QStringLiteral("sound/volume"), 7);
            file.setValue(QStringLiteral("sound/voiceRate"), -3);
        }
        Settings settings(dir.path());
        QCOMPARE(settings.theme(), QStringLiteral("system"));
        QCOMPARE(settings.volume(), 1.0);
        QCOMPARE(settings.voiceRate(), -1.0);
        settings.setVolume(-2);
        QCOMPARE(settings.volume(), 0.0);
    }

    void slidersShowTheirValueInWords()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        QCOMPARE(settings.volumeText(), QStringLiteral("80%"));
        settings.setVolume(0.35);
        QCOMPARE(settings.volumeText(), QStringLiteral("35%"));
        QCOMPARE(settings.voiceRateText(), QStringLiteral("Normal"));
        settings.setVoiceRate(1.0);
        QCOMPARE(settings.voiceRateText(), QStringLiteral("1.6 × normal"));
        settings.setVoiceRate(-1.0);
        QCOMPARE(settings.voiceRateText(), QStringLiteral("0.6 × normal"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
