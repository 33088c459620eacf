#pragma once

#include "bodypath.h"
#include "routineformat.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The body as the app knows it: the regions a person can mark (routines/regions.json)
// and the muscles that commonly refer pain to them, with how each can be reached,
// what to keep off, its doses and its step templates (routines/muscles.json).
// Both files are checked as strictly as routine files (schemas in routines/schema/,
// rules in docs/planner.md).
class BodyModel
{
public:
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;

    // How a muscle can be reached with a technique (domain reference, section 1).
    enum class Access { No, Care, Yes };

    struct Region
    {
        QString id;
        QString name;
        QString group;      // "head", "neck", ... for grouping, filters and safety rules
        QString view;       // "front" or "back": where the body map draws it
        bool sided = false; // has a left and a right
        QString phrase;     // "your temple": how a sentence names it
        QString caution;    // shown whenever the region is marked; may be empty
        // How the body map draws it, by view ("front", "back"): always on its own
        // view, sometimes on the other too. A sided region's outline is its left side.
        QMap<QString, BodyPath> outlines;
    };
    struct Referral
    {
        QString region;
        int weight = 1; // 2: the main zone; 1: less common
    };
    // A technique's default dose; seconds stay within minSeconds..maxSeconds.
    struct Dose
    {
        int seconds = 0;
        int minSeconds = 0;
        int maxSeconds = 0;
        int intensity = 0; // hold and roll: target discomfort out of 10
        double pace = 0;   // roll: seconds per pass
        int reps = 1;      // stretch: stretches per side
    };
    // A step template the planner copies into a routine.
    struct Technique
    {
        StepType type = StepType::Hold;
        QString title;
        QString instructions;
        QStringList equipment;      // ["none"] when only hands are needed
        QString position;           // "standing", "sitting", "kneeling", "lying-back", ...
        bool bothSides = false;     // one step works both sides at once
        bool onRibsOrSpine = false; // the tool takes body weight on the ribs or the spine
        QList<SpokenCue> cues;
    };
    struct Muscle
    {
        QString id;
        QString name;
        QList<Referral> referral;
        QStringList location;       // region ids where the muscle lies and the tools press
        QStringList locationGroups; // their groups, each once
        Access rollerAccess = Access::No;
        Access ballAccess = Access::No;
        Access stretchAccess = Access::No;
        QStringList endangerment; // endangerment site ids, never loaded
        QStringList cautions;
        std::optional<Dose> holdDose;
        std::optional<Dose> rollDose;
        std::optional<Dose> stretchDose;
        QList<Technique> techniques;
        QStringList sources;

        // 0 when the muscle does not refer pain to the region.
        int referralWeight(const QString &region) const;
        // Roll: the roller, hold: a ball or fingers, stretch; No for other step types.
        Access access(StepType type) const;
        std::optional<Dose> dose(StepType type) const;
    };

    // Loads and checks both files of a folder (normally ":/routines"). On failure
    // returns false, keeps what was loaded before, and sets errorText to every
    // problem, one "FILE: WHERE: message" line each.
    bool load(const QString &folder, QString *errorText);
    // The same for two given files; returns the problem lines, empty on success.
    // The muscles file is only judged when the regions file is sound.
    QStringList loadFiles(const QString &regionsPath, const QString &musclesPath);

    const QList<Region> &regions() const { return m_regions; }
    const QList<Muscle> &muscles() const { return m_muscles; }
    // The figure behind the regions, by view.
    const QMap<QString, BodyPath> &silhouettes() const { return m_silhouettes; }
    const Region *region(const QString &id) const;
    const Muscle *muscle(const QString &id) const;
    Vocabulary vocabulary() const;

    // Endangerment site ids in the order of the domain reference (section 3c), and
    // each in plain words ("the front of the neck").
    static const QStringList &endangermentSites();
    static QString endangermentText(const QString &site);

private:
    QMap<QString, BodyPath> m_silhouettes;
    QList<Region> m_regions;
    QList<Muscle> m_muscles;
};
