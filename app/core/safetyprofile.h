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
// A default-constructed profile is a screen not answered yet: nothing is ruled out,
// but what needs a "no" first (the chest, after the cardiac question) is set aside.
class SafetyProfile
{
public:
    enum class Flag {
        ChestPain,
        ClotSigns,
        SuddenHeadache,
        StrokeSigns,
        BladderBowel,
        WorseningNumbness,
        PossibleFracture,
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

    // Reads the answers of a screen that was answered, as toStrings() writes them:
    // the flags answered "yes", every other question answered "no". nullopt with a
    // sentence in error for an unknown flag or region (with a suggestion for a near miss).
    static std::optional<SafetyProfile> fromStrings(const QStringList &flags, const BodyModel &body,
                                                    QString *error);
    QStringList toStrings() const;

    // The screen was answered: a question whose flag is missing was answered "no".
    bool answered() const { return m_answered; }
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

    // Why the steps of a routine (from the library, a therapist, the planner) do not
    // suit these answers, one "Step title: reason" line each, and why the areas it
    // is made for are set aside ("Made for your temple: ..."); empty when it suits.
    QStringList conflictsOf(const Routine &routine, const BodyModel &body) const;
    // The template a routine step follows: the muscle's own of that title, or one
    // read from the step's words (its position, its tool, and so whether it puts
    // body weight on the ribs or the spine as the muscle's template in that position does).
    static BodyModel::Technique techniqueOf(const BodyModel::Muscle &muscle, const Step &step);
    // "lying-back", "lying-front", "lying-side", "kneeling", "sitting", "standing",
    // or empty, from how instructions begin ("Lie on your back ...").
    static QString positionIn(const QString &instructions);

    // Caps on the dose: target discomfort out of 10 for holds and rolls on this
    // muscle, and seconds and repetitions (0 when nothing caps them).
    int maxIntensity(const BodyModel::Muscle &muscle) const;
    int maxHoldSeconds() const;
    int maxHoldReps() const;
    int maxRollSeconds() const;
    // No dose above the reference's defaults (shorter, lighter sessions): stretches
    // keep their default seconds and repetitions.
    bool defaultDosesAtMost() const;

    // Lines for a planned routine's cautions, and advice for the person.
    QStringList cautions() const;
    QStringList advice() const;

private:
    bool gentle() const;
    bool onLegs(const BodyModel::Muscle &muscle) const;

    QList<Flag> m_flags; // in screen order
    QStringList m_injuredRegions;
    bool m_answered = false;
};
