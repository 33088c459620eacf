#include "safetyprofile.h"
#include "jsonchecker.h"

#include <algorithm>

namespace {

using Flag = SafetyProfile::Flag;

const QString kRecentInjury = QStringLiteral("recent-injury");

// Leg regions by group: pregnancy, varicose veins and a recent clot rule out work here.
const QStringList kLegGroups = {QStringLiteral("thigh"), QStringLiteral("knee"),
                                QStringLiteral("calf"), QStringLiteral("shin"),
                                QStringLiteral("ankle")};
const QString kHeadGroup = QStringLiteral("head");
const QString kChest = QStringLiteral("chest");
const QString kFootGroup = QStringLiteral("foot");

constexpr int kGentleIntensity = 3;  // "a gentle level" (3g)
constexpr int kLighterIntensity = 4; // "reduced / lighter pressure" (3b)
constexpr int kGentleHoldSeconds = 45;
constexpr int kGentleRollSeconds = 45;

SafetyProfile::Question blocking(Flag flag, const char *name, const QString &question,
                                 const QString &why, const QString &effect)
{
    return {flag, QLatin1String(name), question, why, effect, true, false};
}

SafetyProfile::Question content(Flag flag, const char *name, const QString &question,
                                const QString &why, const QString &effect)
{
    return {flag, QLatin1String(name), question, why, effect, false, false};
}

QList<SafetyProfile::Question> makeQuestions()
{
    QList<SafetyProfile::Question> list = {
        blocking(
            Flag::ChestPain, "chest-pain",
            QStringLiteral("Do you have chest pain or pressure, breathlessness, fainting or "
                           "coughing up blood, or a heart problem that is being looked into?"),
            QStringLiteral("Chest pain can come from the heart or the lungs. Chest and "
                           "shoulder muscles can feel the same, but only a doctor can tell "
                           "them apart."),
            QStringLiteral("No routines until a doctor has checked it.")),
        blocking(Flag::ClotSigns, "clot-signs",
                 QStringLiteral("Is one of your legs swollen, warm, red or painful right now, on "
                                "one side only?"),
                 QStringLiteral("These can be signs of a blood clot (DVT). Pressing or rolling on "
                                "a clot is dangerous."),
                 QStringLiteral("No routines: get medical care today.")),
        blocking(Flag::SuddenHeadache, "sudden-headache",
                 QStringLiteral("Do you have a sudden, very severe headache (the worst ever), or a "
                                "headache with fever and a stiff neck, with weakness, confusion "
                                "or changes in speech or vision, or after a blow to the head?"),
                 QStringLiteral("These headaches need a doctor straight away; self-treatment "
                                "could hide something serious."),
                 QStringLiteral("No routines: get emergency care now.")),
        blocking(Flag::StrokeSigns, "stroke-signs",
                 QStringLiteral("Do you have new dizziness, double vision, slurred speech, trouble "
                                "swallowing, sudden falls, or numbness in your face?"),
                 QStringLiteral("These can be signs of a problem with the blood supply to the "
                                "brain, which needs a doctor at once; neck work could make it "
                                "worse."),
                 QStringLiteral("No routines: get emergency care now.")),
        blocking(Flag::BladderBowel, "bladder-bowel",
                 QStringLiteral("Along with back pain, do you have new trouble controlling your "
                                "bladder or bowel, numbness around your bottom or genitals, or "
                                "weakness in both legs?"),
                 QStringLiteral("Together with back pain these can mean pressure on the nerves at "
                                "the base of the spine, which needs treatment within hours."),
                 QStringLiteral("No routines: get emergency care now.")),
        blocking(Flag::WorseningNumbness, "worsening-numbness",
                 QStringLiteral("Is numbness, tingling or weakness in your arms or legs getting "
                                "worse quickly or spreading?"),
                 QStringLiteral("Quickly worsening nerve symptoms need a doctor before any "
                                "pressure work."),
                 QStringLiteral("No routines: get medical care today.")),
        blocking(Flag::PossibleFracture, "possible-fracture",
                 QStringLiteral("Have you had a fall, an accident or a hard knock in the last few "
                                "days, and could a bone be broken?"),
                 QStringLiteral("A broken bone needs to be checked first; pressure, rolling or "
                                "stretching could make it worse."),
                 QStringLiteral("No routines: get medical care today.")),
        blocking(Flag::Fever, "fever",
                 QStringLiteral("Do you have a fever, or do you feel unwell today?"),
                 QStringLiteral("Massage and pressure work are not advised with a fever or an "
                                "infection."),
                 QStringLiteral("No session today.")),
        content(Flag::RecentClot, "recent-clot",
                QStringLiteral("Have you had a blood clot (DVT) in the last 3 months?"),
                QStringLiteral("Pressing, rolling or stretching a leg that had a clot can be "
                               "unsafe until your doctor says otherwise."),
                QStringLiteral("Nothing on the legs: no rolling, pressure or stretches there.")),
        content(Flag::BloodThinners, "blood-thinners",
                QStringLiteral("Do you take blood thinners (such as warfarin, heparin or "
                               "apixaban), or do you have a bleeding disorder?"),
                QStringLiteral("You bruise more easily, so pressure has to stay gentle."),
                QStringLiteral("Pressure at most 3 out of 10, holds at most 45 seconds, and a "
                               "bruise check afterwards.")),
        content(Flag::Osteoporosis, "osteoporosis",
                QStringLiteral("Do you have osteoporosis, have you broken a bone in a minor "
                               "fall, or have you taken steroid tablets for more than 3 months?"),
                QStringLiteral("Bones, and with steroids the connective tissue, can be fragile: "
                               "body weight on a ball or roller can hurt the ribs or spine."),
                QStringLiteral("No roller or ball with your body weight on the ribs or the "
                               "spine, pressure at most 4 out of 10, and gentle stretches only.")),
        content(Flag::Pregnant, "pregnant", QStringLiteral("Are you pregnant?"),
                QStringLiteral("Pregnancy raises the risk of blood clots in the legs, and some "
                               "positions and areas are best avoided."),
                QStringLiteral("No ball or roller on the legs, no hip-flexor (psoas) or belly "
                               "work, and nothing lying on your back or front.")),
        {Flag::RecentInjury, kRecentInjury,
         QStringLiteral("Have you had an injury, an operation or a broken bone in the last 12 "
                        "weeks? Where?"),
         QStringLiteral("A healing area needs rest, not pressure, rolling or stretching."),
         QStringLiteral("That area is set aside, and nothing presses on the muscles lying "
                        "there."),
         false, true},
        content(Flag::Numbness, "numbness",
                QStringLiteral("Do you have numbness, tingling or weakness in your arms or legs?"),
                QStringLiteral("It can come from a nerve, which pressure can irritate; a "
                               "clinician should look at it."),
                QStringLiteral("Pressure at most 4 out of 10, and advice to have it checked.")),
        content(Flag::NewHeadache, "new-headache",
                QStringLiteral("Is your headache new, or different from your usual headaches?"),
                QStringLiteral("A new or changed headache should be checked by a doctor before "
                               "you treat it yourself."),
                QStringLiteral("Head areas are left out of the plan until a doctor has seen "
                               "you.")),
        content(Flag::Neuropathy, "neuropathy",
                QStringLiteral("Do you have diabetes with less feeling in your feet, or another "
                               "nerve problem in your feet?"),
                QStringLiteral("With less feeling you cannot judge pressure, and the skin can be "
                               "hurt without you noticing."),
                QStringLiteral("Light pressure on the feet (at most 3 out of 10) and a skin "
                               "check afterwards.")),
        content(Flag::Cancer, "cancer", QStringLiteral("Do you have cancer, or have you had it?"),
                QStringLiteral("Pressure work may not suit areas near a tumour or treated with "
                               "radiotherapy."),
                QStringLiteral("Advice to ask your doctor first, and to keep away from tumour and "
                               "radiotherapy areas.")),
        content(Flag::VaricoseVeins, "varicose-veins",
                QStringLiteral("Do you have varicose veins?"),
                QStringLiteral("Pressing or rolling on varicose veins can damage them."),
                QStringLiteral("No ball or roller on the legs; stretches stay.")),
        content(Flag::WidespreadPain, "widespread-pain",
                QStringLiteral("Have you had pain in many parts of your body for more than 3 "
                               "months (for example fibromyalgia)?"),
                QStringLiteral("Widespread pain often flares after strong pressure; shorter, "
                               "lighter sessions suit it better."),
                QStringLiteral("A gentle profile: pressure at most 3 out of 10, holds and rolls "
                               "at most 45 seconds, one hold per muscle.")),
    };
    return list;
}

SafetyProfile::Block blockFor(Flag flag)
{
    const QString name = SafetyProfile::question(flag).name;
    switch (flag) {
    case Flag::ChestPain:
        return {name, QStringLiteral("Please get medical help first"),
                QStringLiteral("Chest pain, pressure, breathlessness or fainting need a doctor "
                               "before any self-treatment. If you have them now, especially with "
                               "sweating or pain spreading to the arm or jaw, call emergency "
                               "services."),
                true};
    case Flag::ClotSigns:
        return {name, QStringLiteral("Please get medical care today"),
                QStringLiteral("A leg that is swollen, warm, red or painful on one side can be a "
                               "blood clot. Do not massage, roll or stretch it, and get medical "
                               "care today. Call emergency services if you also have sudden "
                               "breathlessness or chest pain, or cough up blood."),
                true};
    case Flag::SuddenHeadache:
        return {name, QStringLiteral("Please get emergency care now"),
                QStringLiteral("A sudden, very severe headache, or a headache with fever and a "
                               "stiff neck, with weakness, confusion or changes in speech or "
                               "vision, or after a blow to the head, needs a doctor straight "
                               "away. Call emergency services or go to an emergency department."),
                true};
    case Flag::StrokeSigns:
        return {name, QStringLiteral("Please get emergency care now"),
                QStringLiteral("New dizziness, double vision, slurred speech, trouble swallowing, "
                               "sudden falls, or numbness of the face or limbs can be signs of a "
                               "stroke or of a problem with the arteries of the neck. Call "
                               "emergency services now, and do no neck work or pressure work."),
                true};
    case Flag::BladderBowel:
        return {name, QStringLiteral("Please get emergency care now"),
                QStringLiteral("Back pain with new bladder or bowel trouble, numbness around your "
                               "bottom or genitals, or weakness in both legs needs to be checked "
                               "within hours. Go to an emergency department now."),
                true};
    case Flag::WorseningNumbness:
        return {name, QStringLiteral("Please get medical care today"),
                QStringLiteral("Numbness, tingling or weakness that is getting worse quickly or "
                               "spreading needs a doctor before any pressure work. Get medical "
                               "care today."),
                true};
    case Flag::PossibleFracture:
        return {name, QStringLiteral("Please get medical care today"),
                QStringLiteral("Pain after a fall, an accident or a hard knock that could be a "
                               "broken bone needs a doctor's check today. Do not press, roll or "
                               "stretch the area. Call emergency services after a serious "
                               "accident, or if you cannot move the limb or stand on it."),
                true};
    case Flag::Fever:
        return {name, QStringLiteral("Not today"),
                QStringLiteral("Rest today and come back when you feel well. See a doctor if the "
                               "fever is high or lasts more than a few days."),
                false};
    default:
        return {};
    }
}

std::optional<Flag> flagNamed(const QString &name)
{
    for (const SafetyProfile::Question &question : SafetyProfile::questions()) {
        if (question.name == name)
            return question.flag;
    }
    return std::nullopt;
}

QStringList flagNames()
{
    QStringList names;
    for (const SafetyProfile::Question &question : SafetyProfile::questions())
        names.append(question.name);
    return names;
}

} // namespace

const QList<SafetyProfile::Question> &SafetyProfile::questions()
{
    static const QList<Question> list = makeQuestions();
    return list;
}

const SafetyProfile::Question &SafetyProfile::question(Flag flag)
{
    const QList<Question> &list = questions();
    return *std::find_if(list.cbegin(), list.cend(),
                         [flag](const Question &question) { return question.flag == flag; });
}

std::optional<SafetyProfile> SafetyProfile::fromStrings(const QStringList &flags,
                                                        const BodyModel &body, QString *error)
{
    QStringList regionIds;
    for (const BodyModel::Region &region : body.regions())
        regionIds.append(region.id);
    regionIds.sort();

    QList<Flag> given;
    SafetyProfile profile;
    profile.m_answered = true;
    for (const QString &text : flags) {
        const QString name = text.section(QLatin1Char(':'), 0, 0);
        const QString where = text.section(QLatin1Char(':'), 1);
        const std::optional<Flag> flag = flagNamed(name);
        if (!flag) {
            *error = QStringLiteral("%1 is not a safety flag").arg(JsonText::quoted(name)) +
                     JsonChecker::didYouMean(name, flagNames()) +
                     QStringLiteral("; the flags are ") + flagNames().join(QStringLiteral(", "));
            return std::nullopt;
        }
        if (*flag == Flag::RecentInjury) {
            const BodyModel::Region *region = body.region(where);
            if (!region) {
                *error = where.isEmpty()
                             ? QStringLiteral("recent-injury needs the injured region, such as "
                                              "recent-injury:knee.front")
                             : QStringLiteral("recent-injury: %1 is not a known body region")
                                       .arg(JsonText::quoted(where)) +
                                   JsonChecker::didYouMean(where, regionIds);
                return std::nullopt;
            }
            if (!profile.m_injuredRegions.contains(region->id))
                profile.m_injuredRegions.append(region->id);
        } else if (text.contains(QLatin1Char(':'))) {
            *error = QStringLiteral("%1 takes no region; write just %1").arg(name);
            return std::nullopt;
        }
        given.append(*flag);
    }
    for (const Question &question : questions()) {
        if (given.contains(question.flag))
            profile.m_flags.append(question.flag);
    }
    profile.m_injuredRegions.sort();
    return profile;
}

QStringList SafetyProfile::toStrings() const
{
    QStringList out;
    for (const Flag flag : m_flags) {
        if (flag != Flag::RecentInjury) {
            out.append(question(flag).name);
            continue;
        }
        for (const QString &region : m_injuredRegions)
            out.append(kRecentInjury + QLatin1Char(':') + region);
    }
    return out;
}

QList<SafetyProfile::Block> SafetyProfile::blocks() const
{
    QList<Block> out;
    for (const Flag flag : m_flags) {
        if (question(flag).blocks)
            out.append(blockFor(flag));
    }
    return out;
}

bool SafetyProfile::onLegs(const BodyModel::Muscle &muscle) const
{
    return std::any_of(muscle.locationGroups.cbegin(), muscle.locationGroups.cend(),
                       [](const QString &group) { return kLegGroups.contains(group); });
}

bool SafetyProfile::gentle() const
{
    return has(Flag::BloodThinners) || has(Flag::WidespreadPain);
}

QString SafetyProfile::excludesMuscle(const BodyModel::Muscle &muscle) const
{
    // "Exclude the area" (3g): the muscles that lie there, not the whole part of the body.
    for (const QString &region : muscle.location) {
        if (m_injuredRegions.contains(region))
            return QStringLiteral("left out: it lies where you had a recent injury");
    }
    if (has(Flag::RecentClot) && onLegs(muscle))
        return QStringLiteral("left out: no leg work in the 3 months after a blood clot");
    if (has(Flag::Pregnant) && muscle.endangerment.contains(QLatin1String("abdomen")))
        return QStringLiteral("left out in pregnancy: no hip-flexor (psoas) or belly work");
    return {};
}

QString SafetyProfile::excludesTechnique(const BodyModel::Muscle &muscle,
                                         const BodyModel::Technique &technique) const
{
    if (const QString reason = excludesMuscle(muscle); !reason.isEmpty())
        return reason;
    const bool pressure = technique.type == StepType::Hold || technique.type == StepType::Roll;
    if (pressure && onLegs(muscle) && has(Flag::Pregnant))
        return QStringLiteral("no ball or roller on the legs in pregnancy");
    if (pressure && onLegs(muscle) && has(Flag::VaricoseVeins))
        return QStringLiteral("no ball or roller on the legs with varicose veins");
    if (has(Flag::Pregnant) && (technique.position == QLatin1String("lying-back") ||
                                technique.position == QLatin1String("lying-front")))
        return QStringLiteral("no lying on your back or front in pregnancy");
    if (has(Flag::Osteoporosis) && technique.onRibsOrSpine)
        return QStringLiteral("no body weight on the ribs or spine with fragile bones");
    return {};
}

QString SafetyProfile::setsAsideArea(const BodyModel::Region &region) const
{
    if (m_injuredRegions.contains(region.id))
        return QStringLiteral("You had a recent injury there: let it heal, and see a clinician "
                              "if it is not getting better.");
    // Table 1a: "cardiac screen mandatory". A "yes" blocks every routine instead.
    if (region.id == kChest && !m_answered)
        return QStringLiteral("Chest pain can come from the heart or the lungs, so the chest is "
                              "only planned once the health question about chest pain has been "
                              "answered \"no\".");
    if (has(Flag::NewHeadache) && region.group == kHeadGroup)
        return QStringLiteral("A new or changed headache should be checked by a doctor before "
                              "you treat it yourself.");
    if (has(Flag::RecentClot) && kLegGroups.contains(region.group))
        return QStringLiteral("After a blood clot, leave the legs alone until your doctor says "
                              "otherwise.");
    return {};
}

int SafetyProfile::maxIntensity(const BodyModel::Muscle &muscle) const
{
    int cap = 10;
    if (gentle())
        cap = std::min(cap, kGentleIntensity);
    if (has(Flag::Osteoporosis) || has(Flag::Numbness))
        cap = std::min(cap, kLighterIntensity);
    if (has(Flag::Neuropathy) && muscle.locationGroups.contains(kFootGroup))
        cap = std::min(cap, kGentleIntensity);
    return cap;
}

int SafetyProfile::maxHoldSeconds() const
{
    return gentle() ? kGentleHoldSeconds : 0;
}

int SafetyProfile::maxHoldReps() const
{
    return has(Flag::WidespreadPain) ? 1 : 0;
}

int SafetyProfile::maxRollSeconds() const
{
    return has(Flag::WidespreadPain) ? kGentleRollSeconds : 0;
}

bool SafetyProfile::defaultDosesAtMost() const
{
    return has(Flag::WidespreadPain);
}

QStringList SafetyProfile::conflictsOf(const Routine &routine, const BodyModel &body) const
{
    QStringList out;
    for (const QString &id : routine.areas) {
        const BodyModel::Region *region = body.region(id);
        if (const QString aside = region ? setsAsideArea(*region) : QString(); !aside.isEmpty())
            out.append(QStringLiteral("Made for %1: %2").arg(region->phrase, aside));
    }
    for (const Step &step : routine.steps) {
        const BodyModel::Muscle *muscle = body.muscle(step.muscle);
        if (!muscle)
            continue;
        const QString reason = excludesTechnique(*muscle, techniqueOf(*muscle, step));
        const QString line = QStringLiteral("%1: %2").arg(step.title, reason);
        if (!reason.isEmpty() && !out.contains(line))
            out.append(line);
    }
    return out;
}

BodyModel::Technique SafetyProfile::techniqueOf(const BodyModel::Muscle &muscle, const Step &step)
{
    for (const BodyModel::Technique &technique : muscle.techniques) {
        if (technique.type == step.type && technique.title == step.title)
            return technique;
    }
    BodyModel::Technique read;
    read.type = step.type;
    read.title = step.title;
    read.instructions = step.instructions;
    read.position = positionIn(step.instructions);
    const QString words = (step.title + QLatin1Char(' ') + step.instructions).toLower();
    if (step.type == StepType::Roll || words.contains(QLatin1String("roller")))
        read.equipment.append(QStringLiteral("foam-roller"));
    if (words.contains(QLatin1String("two balls")))
        read.equipment.append(QStringLiteral("two-balls"));
    else if (words.contains(QLatin1String("ball")))
        read.equipment.append(QStringLiteral("ball"));
    // The same kind of tool in the same position loads the body the same way.
    for (const BodyModel::Technique &technique : muscle.techniques) {
        const bool sameTool = std::any_of(
            technique.equipment.cbegin(), technique.equipment.cend(),
            [&read](const QString &item) { return read.equipment.contains(item); });
        if (technique.type == step.type && technique.position == read.position && sameTool)
            read.onRibsOrSpine = read.onRibsOrSpine || technique.onRibsOrSpine;
    }
    return read;
}

QString SafetyProfile::positionIn(const QString &instructions)
{
    static const QList<std::pair<QString, QStringList>> kPositions = {
        {QStringLiteral("lying-back"),
         {QStringLiteral("lie on your back"), QStringLiteral("lying on your back"),
          QStringLiteral("lie down on your back"), QStringLiteral("lie face up"),
          QStringLiteral("lie flat on your back")}},
        {QStringLiteral("lying-front"),
         {QStringLiteral("lie face down"), QStringLiteral("lying face down"),
          QStringLiteral("lie on your front"), QStringLiteral("lie on your stomach"),
          QStringLiteral("lie on your belly")}},
        {QStringLiteral("lying-side"),
         {QStringLiteral("lie on your side"), QStringLiteral("lie on the side"),
          QStringLiteral("lying on your side")}},
        {QStringLiteral("kneeling"),
         {QStringLiteral("kneel"), QStringLiteral("hands and knees")}},
        {QStringLiteral("sitting"), {QStringLiteral("sit ")}},
        {QStringLiteral("standing"), {QStringLiteral("stand ")}},
    };
    const QString text = instructions.toLower();
    QString found;
    qsizetype first = -1;
    for (const auto &[position, phrases] : kPositions) {
        for (const QString &phrase : phrases) {
            const qsizetype at = text.indexOf(phrase);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
                found = position;
            }
        }
    }
    return found;
}

QStringList SafetyProfile::cautions() const
{
    QStringList out;
    if (has(Flag::BloodThinners))
        out.append(QStringLiteral("You take blood thinners or bruise easily: keep every pressure "
                                  "gentle, and check for bruises afterwards. If you bruise, skip "
                                  "that spot next time."));
    if (has(Flag::Osteoporosis))
        out.append(QStringLiteral("With fragile bones, stretch gently, only to a light pull, and "
                                  "never put your body weight on a ball or roller on the ribs or "
                                  "the spine."));
    if (has(Flag::Pregnant))
        out.append(QStringLiteral("In pregnancy, stop and contact your midwife or doctor for "
                                  "bleeding, leaking fluid, a fever, sudden swelling, or if the "
                                  "baby moves less."));
    if (has(Flag::Numbness))
        out.append(QStringLiteral("Move off at once if pressure brings on numbness or tingling."));
    if (has(Flag::Neuropathy))
        out.append(
            QStringLiteral("Use light pressure on your feet and check the skin afterwards."));
    if (has(Flag::Cancer))
        out.append(QStringLiteral("Keep pressure and rolling away from any tumour or "
                                  "radiotherapy area."));
    if (has(Flag::WidespreadPain))
        out.append(QStringLiteral("Keep it light and short; if pain flares afterwards, take a "
                                  "rest day and go gentler next time."));
    return out;
}

QStringList SafetyProfile::advice() const
{
    QStringList out;
    if (has(Flag::Pregnant))
        out.append(QStringLiteral("Check with your midwife or doctor that self-massage is fine "
                                  "for you."));
    if (has(Flag::Numbness))
        out.append(QStringLiteral("Numbness, tingling or weakness can come from a nerve: have it "
                                  "checked by a clinician alongside self-care."));
    if (has(Flag::Cancer))
        out.append(QStringLiteral("Ask your doctor or nurse whether pressure work is fine for "
                                  "you."));
    if (has(Flag::Osteoporosis))
        out.append(QStringLiteral("With osteoporosis or long-term steroids, ask your clinician "
                                  "which exercises suit you."));
    return out;
}
