#pragma once

#include "bodymodel.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A person's answers to the yes/no health screen (domain reference, section 3g,
// with the red flags of 3e and the rules of 3b and 3d), and what they change:
// some answers call for care instead of a routine, the others take content out or
// cap pressure and time. Kept in settings as a list of flag names
// ("blood-thinners", "recent-injury:knee.front"); docs/planner.md lists them all.
class SafetyProfile
{
public:
    enum class Flag {
        ChestPain,
        ClotSigns,
        SuddenHeadache,
        BladderBowel,
        WorseningNumbness,
        Fever,
        RecentClot,
        BloodThinners,
        Osteoporosis,
        Pregnant,
        RecentInjury,
        Numbness,
        NewHeadache,
        Neuropathy,
        Cancer,
        VaricoseVeins,
        WidespreadPain,
    };

    // One question of the screen, in the order the screen asks them.
    struct Question
    {
        Flag flag;
        QString name;           // the flag's name: "chest-pain"
        QString question;       // "Do you have chest pain ...?"
        QString why;            // why the app asks
        QString effect;         // what a yes changes
        bool blocks = false;    // a yes shows advice instead of routines
        bool asksWhere = false; // recent-injury: a yes names the regions
    };

    // Advice shown instead of routines.
    struct Block
    {
        QString flag;
        QString title;       // "Please get medical help now"
        QString advice;      // what to do, in plain words
        bool urgent = false; // seek care now (false: not today, rest)
    };

    static const QList<Question> &questions();
    static const Question &question(Flag flag);

    // Reads flag names as toStrings() writes them; nullopt with a sentence in
    // error for an unknown flag or region (with a suggestion for a near miss).
    static std::optional<SafetyProfile> fromStrings(const QStringList &flags, const BodyModel &body,
                                                    QString *error);
    QStringList toStrings() const;

    bool has(Flag flag) const { return m_flags.contains(flag); }
    bool isEmpty() const { return m_flags.isEmpty(); }
    const QStringList &injuredRegions() const { return m_injuredRegions; }

    // The answers that call for care instead of a routine, in screen order.
    QList<Block> blocks() const;

    // Why the whole muscle is left out; empty when it may be worked.
    QString excludesMuscle(const BodyModel::Muscle &muscle) const;
    // Why a technique is left out for this muscle; empty when it may be used.
    QString excludesTechnique(const BodyModel::Muscle &muscle,
                              const BodyModel::Technique &technique) const;
    // Why a marked area is set aside instead of planned; empty when it is planned.
    QString setsAsideArea(const BodyModel::Region &region) const;

    // Caps on the dose: target discomfort out of 10 for holds and rolls on this
    // muscle, and seconds and repetitions (0 when nothing caps them).
    int maxIntensity(const BodyModel::Muscle &muscle) const;
    int maxHoldSeconds() const;
    int maxHoldReps() const;
    int maxRollSeconds() const;

    // Lines for a planned routine's cautions, and advice for the person.
    QStringList cautions() const;
    QStringList advice() const;

private:
    bool gentle() const;
    bool onLegs(const BodyModel::Muscle &muscle) const;

    QList<Flag> m_flags; // in screen order
    QStringList m_injuredRegions;
    QStringList m_injuredGroups;
};
