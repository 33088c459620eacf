#include "routineformat.h"
#include "strictjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

// Every rule here has a twin in routines/schema/routine.schema.json and a line in
// docs/routine-format.md; tests/schema/check_schema.py keeps the app and the schema
// in agreement over the files in tests/data.

namespace {

using Field = JsonChecker::Field;
using Need = JsonChecker::Need;
using JsonText::notThis;
using JsonText::quoted;

constexpr int kMaxIdLength = 64;

// Field names in the documented order: problems are reported and files written in it.
const QStringList kRoutineFields = {
    QStringLiteral("format"),      QStringLiteral("id"),       QStringLiteral("title"),
    QStringLiteral("description"), QStringLiteral("author"),   QStringLiteral("areas"),
    QStringLiteral("equipment"),   QStringLiteral("cautions"), QStringLiteral("steps"),
};
const QStringList kStepFields = {
    QStringLiteral("type"),   QStringLiteral("title"),     QStringLiteral("instructions"),
    QStringLiteral("muscle"), QStringLiteral("side"),      QStringLiteral("seconds"),
    QStringLiteral("reps"),   QStringLiteral("intensity"), QStringLiteral("pace"),
    QStringLiteral("cues"),   QStringLiteral("image"),
};
const QStringList kCueFields = {QStringLiteral("at"), QStringLiteral("text")};

const QStringList kStepTypes = {
    QStringLiteral("hold"), QStringLiteral("roll"), QStringLiteral("stretch"),
    QStringLiteral("move"), QStringLiteral("rest"),
};
const QStringList kSides = {
    QStringLiteral("left"),
    QStringLiteral("right"),
    QStringLiteral("both"),
    QStringLiteral("none"),
};
const QStringList kEquipment = {
    QStringLiteral("none"),        QStringLiteral("ball"),  QStringLiteral("two-balls"),
    QStringLiteral("foam-roller"), QStringLiteral("wall"),  QStringLiteral("doorframe"),
    QStringLiteral("chair"),       QStringLiteral("strap"),
};

// Longest texts, in characters.
constexpr int kTitleLength = 120;     // also the author
constexpr int kLongTextLength = 2000; // description, instructions
constexpr int kCautionLength = 500;
constexpr int kCueLength = 200;

struct ListRule
{
    int min;
    int max;
    const char *plural;
    const char *tooFewMessage;
};
const ListRule kAreasList{1, 20, "body regions", "must list at least 1 body region"};
const ListRule kEquipmentList{1, 8, "kinds of equipment",
                              "must list at least 1 kind of equipment; "
                              "write [\"none\"] when nothing is needed"};
const ListRule kCautionsList{
    1, 20, "cautions", "must list at least 1 caution; leave the field out when there are none"};
const ListRule kStepsList{1, 100, "steps", "must list at least 1 step"};
const ListRule kCuesList{0, 20, "cues", ""};

// A file refused as a whole: one problem, nothing else judged.
RoutineFormat::Result refusal(const QString &where, const QString &message)
{
    RoutineFormat::Result result;
    result.problems.append({where, message});
    return result;
}

QString tooLargeMessage(qint64 bytes)
{
    return QStringLiteral("file is %1 MiB; routine files are limited to %2 MiB")
        .arg(JsonText::mebibytes(bytes))
        .arg(RoutineFormat::kMaxFileBytes / (1024 * 1024));
}

QStringList sorted(const QSet<QString> &ids)
{
    QStringList list(ids.cbegin(), ids.cend());
    list.sort();
    return list;
}

// ---- validation --------------------------------------------------------------------

class Validator
{
public:
    explicit Validator(const Vocabulary &vocabulary)
        : m_regionIds(sorted(vocabulary.regions)), m_muscleIds(sorted(vocabulary.muscles))
    {}

    RoutineFormat::Result validate(const QJsonValue &root)
    {
        if (!root.isObject())
            return refusal({}, QStringLiteral("file must hold one JSON object { ... } with the "
                                              "routine's fields") +
                                   notThis(root));
        const QJsonObject object = root.toObject();
        if (const std::optional<QString> newer = JsonChecker::newerFormatMessage(
                object, QStringLiteral("format"), Routine::kFormat, QStringLiteral("routine")))
            return refusal(QStringLiteral("format"), *newer);
        RoutineFormat::Result result;
        Routine routine = readRoutine(object);
        if (!m_checker.hasErrors())
            result.routine = std::move(routine);
        result.problems = m_checker.problems();
        return result;
    }

private:
    // Sorted, so that suggestions do not depend on hash order.
    const QStringList m_regionIds;
    const QStringList m_muscleIds;
    JsonChecker m_checker;

    static Field member(const QJsonObject &object, const QString &path, const char *key,
                        Need need = Need::Required)
    {
        return JsonChecker::member(object, path, QLatin1String(key), need);
    }

    std::optional<QJsonArray> list(const Field &field, const ListRule &rule)
    {
        return m_checker.list(field, rule.min, rule.max, QLatin1String(rule.plural),
                              QLatin1String(rule.tooFewMessage));
    }

    template <typename ReadItem>
    QStringList uniqueList(const Field &field, const ListRule &rule, ReadItem readItem)
    {
        return m_checker.uniqueItems<QString>(field, rule.min, rule.max, QLatin1String(rule.plural),
                                              readItem, QLatin1String(rule.tooFewMessage));
    }

    QString text(const Field &field, int maxLength,
                 JsonChecker::Blank blank = JsonChecker::Blank::NotAllowed)
    {
        return m_checker.text(field, maxLength, blank).value_or(QString());
    }

    // ---- the routine ----

    Routine readRoutine(const QJsonObject &object)
    {
        const auto top = [&](const char *key, Need need = Need::Required) {
            return member(object, {}, key, need);
        };
        Routine routine;
        readFormat(top("format"));
        routine.id = readId(top("id"));
        routine.title = text(top("title"), kTitleLength);
        routine.description = text(top("description"), kLongTextLength);
        routine.author =
            text(top("author", Need::Optional), kTitleLength, JsonChecker::Blank::Allowed);
        routine.areas = uniqueList(top("areas"), kAreasList, [&](const Field &item) {
            return m_checker.knownId(item, m_regionIds, QStringLiteral("body region"),
                                     QStringLiteral("neck.back"));
        });
        routine.equipment = readEquipment(top("equipment"));
        routine.cautions = readCautions(top("cautions", Need::Optional));
        routine.steps = readSteps(top("steps"));
        m_checker.unknownFields(object, {}, kRoutineFields);
        return routine;
    }

    void readFormat(const Field &format)
    {
        if (m_checker.present(format) &&
            (!format.value.isDouble() || format.value.toDouble() != Routine::kFormat))
            m_checker.error(format.where, QStringLiteral("must be %1").arg(Routine::kFormat) +
                                              notThis(format.value));
    }

    QString readId(const Field &id)
    {
        if (!m_checker.present(id))
            return {};
        if (!id.value.isString()) {
            m_checker.error(id.where, QStringLiteral("must be text such as \"neck-release\"") +
                                          notThis(id.value));
            return {};
        }
        static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9-]*")));
        const QString text = id.value.toString();
        if (text.isEmpty())
            m_checker.error(id.where,
                            QStringLiteral("must not be empty; use lowercase letters, digits and "
                                           "dashes, such as \"neck-release\""));
        else if (!pattern.match(text).hasMatch())
            m_checker.error(id.where,
                            quoted(text) + QStringLiteral(" may only contain lowercase letters, "
                                                          "digits and dashes, and must start "
                                                          "with a letter or digit"));
        else if (text.size() > kMaxIdLength)
            m_checker.error(id.where,
                            QStringLiteral("must be at most %1 characters long (it has %2)")
                                .arg(kMaxIdLength)
                                .arg(text.size()));
        else
            return text;
        return {};
    }

    QStringList readEquipment(const Field &equipment)
    {
        const QStringList items = uniqueList(equipment, kEquipmentList, [&](const Field &item) {
            return m_checker.choice(item, kEquipment, QStringLiteral("kind of equipment"));
        });
        if (items.contains(QLatin1String("none")) && items.size() > 1)
            m_checker.error(equipment.where,
                            QStringLiteral("\"none\" cannot be combined with other "
                                           "equipment; remove \"none\" or the others"));
        return items;
    }

    QStringList readCautions(const Field &cautions)
    {
        QStringList texts;
        const std::optional<QJsonArray> items = list(cautions, kCautionsList);
        for (qsizetype i = 0; items && i < items->size(); ++i)
            texts.append(text(JsonChecker::item(*items, cautions.where, i), kCautionLength));
        return texts;
    }

    QList<Step> readSteps(const Field &steps)
    {
        QList<Step> result;
        const std::optional<QJsonArray> items = list(steps, kStepsList);
        for (qsizetype i = 0; items && i < items->size(); ++i)
            result.append(readStep(JsonChecker::item(*items, steps.where, i)));
        return result;
    }

    // ---- a step ----

    Step readStep(const Field &stepField)
    {
        Step step;
        if (!stepField.value.isObject()) {
            m_checker.error(stepField.where,
                            QStringLiteral("must be an object { ... } with the step's fields") +
                                notThis(stepField.value));
            return step;
        }
        const QJsonObject object = stepField.value.toObject();
        const auto own = [&](const char *key, Need need = Need::Required) {
            return member(object, stepField.where, key, need);
        };
        const std::optional<QString> typeName =
            m_checker.choice(own("type"), kStepTypes, QStringLiteral("step type"));
        const std::optional<StepType> type =
            typeName ? RoutineText::stepTypeFromName(*typeName) : std::nullopt;
        step.type = type.value_or(StepType::Hold);
        step.title = text(own("title"), kTitleLength);
        step.instructions = text(own("instructions"), kLongTextLength);
        step.muscle = readMuscle(own("muscle", Need::Optional), type);
        const std::optional<QString> side =
            m_checker.choice(own("side"), kSides, QStringLiteral("side"));
        step.side = RoutineText::sideFromName(side.value_or(QString())).value_or(Side::None);
        const std::optional<int> seconds = m_checker.wholeNumber(own("seconds"), 1, 1800);
        step.seconds = seconds.value_or(0);
        step.reps = m_checker.wholeNumber(own("reps", Need::Optional), 1, 20).value_or(1);
        const Field intensity = own("intensity", Need::Optional);
        if (allowedOn(intensity, type, {StepType::Hold, StepType::Roll}, "hold and roll"))
            step.intensity = m_checker.wholeNumber(intensity, 0, 10);
        const Field pace = own("pace", Need::Optional);
        if (allowedOn(pace, type, {StepType::Roll}, "roll"))
            step.pace = m_checker.number(pace, 1, 30);
        step.cues = readCues(own("cues", Need::Optional), seconds);
        step.image = readImage(own("image", Need::Optional));
        m_checker.unknownFields(object, stepField.where, kStepFields);
        return step;
    }

    // Every step works a muscle except a rest. With no valid type there is nothing to
    // require, and the type itself has already been reported.
    QString readMuscle(const Field &muscle, std::optional<StepType> type)
    {
        if (type == StepType::Rest) {
            if (!muscle.value.isUndefined())
                m_checker.error(muscle.where,
                                QStringLiteral("is not allowed on a rest step; remove it"));
            return {};
        }
        if (muscle.value.isUndefined()) {
            if (type)
                m_checker.error(
                    muscle.where,
                    QStringLiteral("required on a %1 step").arg(RoutineText::stepTypeName(*type)));
            return {};
        }
        return m_checker
            .knownId(muscle, m_muscleIds, QStringLiteral("muscle"),
                     QStringLiteral("upper_trapezius"))
            .value_or(QString());
    }

    // Reports a field that this type of step does not have; true when it may be read.
    bool allowedOn(const Field &field, std::optional<StepType> type,
                   std::initializer_list<StepType> types, const char *typeNames)
    {
        if (field.value.isUndefined() || !type ||
            std::find(types.begin(), types.end(), *type) != types.end())
            return true;
        m_checker.error(field.where,
                        QStringLiteral("is only allowed on %1 steps; remove it from this %2 step")
                            .arg(QLatin1String(typeNames), RoutineText::stepTypeName(*type)));
        return false;
    }

    QList<SpokenCue> readCues(const Field &cues, std::optional<int> stepSeconds)
    {
        QList<SpokenCue> result;
        const std::optional<QJsonArray> items = list(cues, kCuesList);
        for (qsizetype i = 0; items && i < items->size(); ++i)
            result.append(readCue(JsonChecker::item(*items, cues.where, i), stepSeconds));
        return result;
    }

    SpokenCue readCue(const Field &cueField, std::optional<int> stepSeconds)
    {
        SpokenCue cue;
        if (!cueField.value.isObject()) {
            m_checker.error(cueField.where,
                            QStringLiteral("must be an object such as {\"at\": 10, \"text\": "
                                           "\"Breathe out\"}") +
                                notThis(cueField.value));
            return cue;
        }
        const QJsonObject object = cueField.value.toObject();
        const Field at = member(object, cueField.where, "at");
        const std::optional<int> atSeconds = m_checker.wholeNumber(at, 0, 1799);
        // The schema cannot compare two values, so this stays a warning.
        if (atSeconds && stepSeconds && *atSeconds >= *stepSeconds)
            m_checker.warning(at.where,
                              QStringLiteral("%1 s is at or past the end of this %2 s step, so it "
                                             "will never be spoken")
                                  .arg(*atSeconds)
                                  .arg(*stepSeconds));
        cue.atSeconds = atSeconds.value_or(0);
        cue.text = text(member(object, cueField.where, "text"), kCueLength);
        m_checker.unknownFields(object, cueField.where, kCueFields);
        return cue;
    }

    QString readImage(const Field &image)
    {
        if (!m_checker.present(image))
            return {};
        if (!image.value.isString()) {
            m_checker.error(image.where, QStringLiteral("must be a picture path such as \"images/"
                                                        "chin-tuck.svg\"") +
                                             notThis(image.value));
            return {};
        }
        // Pictures live in media/images; the pattern also keeps a path from leaving media/.
        static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
            QStringLiteral("images/[a-z0-9][a-z0-9-]*\\.(svg|png)")));
        const QString path = image.value.toString();
        if (pattern.match(path).hasMatch())
            return path;
        m_checker.error(image.where,
                        quoted(path) + QStringLiteral(" is not a picture path; use "
                                                      "\"images/NAME.svg\" or \"images/NAME.png\", "
                                                      "where NAME has only lowercase letters, "
                                                      "digits and dashes"));
        return {};
    }
};

// ---- writing -------------------------------------------------------------------------

using JsonText::block;
using JsonText::inlineList;
using JsonText::member;

QList<QByteArray> jsonStrings(const QStringList &texts)
{
    QList<QByteArray> out;
    for (const QString &text : texts)
        out.append(JsonText::string(text));
    return out;
}

QByteArray writeCue(const SpokenCue &cue)
{
    return "{\"at\": " + QByteArray::number(cue.atSeconds) +
           ", \"text\": " + JsonText::string(cue.text) + '}';
}

QByteArray writeStep(const Step &step)
{
    using JsonText::string;
    constexpr int kStepIndent = 4; // inside "steps": [ ... ]
    QList<QByteArray> members;
    members.append(member("type", string(RoutineText::stepTypeName(step.type))));
    members.append(member("title", string(step.title)));
    members.append(member("instructions", string(step.instructions)));
    if (!step.muscle.isEmpty())
        members.append(member("muscle", string(step.muscle)));
    members.append(member("side", string(RoutineText::sideName(step.side))));
    members.append(member("seconds", QByteArray::number(step.seconds)));
    if (step.reps != 1)
        members.append(member("reps", QByteArray::number(step.reps)));
    if (step.intensity)
        members.append(member("intensity", QByteArray::number(*step.intensity)));
    if (step.pace)
        members.append(member("pace", JsonText::numberText(*step.pace).toUtf8()));
    if (!step.cues.isEmpty()) {
        QList<QByteArray> cues;
        for (const SpokenCue &cue : step.cues)
            cues.append(writeCue(cue));
        members.append(member("cues", block(cues, '[', ']', kStepIndent + 2)));
    }
    if (!step.image.isEmpty())
        members.append(member("image", string(step.image)));
    return block(members, '{', '}', kStepIndent);
}

} // namespace

QStringList RoutineFormat::Result::lines(const QString &fileName) const
{
    return problemLines(fileName, problems);
}

RoutineFormat::Result RoutineFormat::parse(const QByteArray &bytes, const Vocabulary &vocabulary)
{
    if (bytes.size() > kMaxFileBytes)
        return refusal({}, tooLargeMessage(bytes.size()));
    if (JsonText::isBlank(bytes))
        return refusal({}, QStringLiteral("file is empty; a routine file holds one JSON object "
                                          "with the routine's fields"));
    StrictJson::Error error;
    const std::optional<QJsonValue> root = StrictJson::parse(bytes, kMaxDepth, &error);
    if (!root)
        return refusal(error.where, error.message);
    return Validator(vocabulary).validate(*root);
}

RoutineFormat::Result RoutineFormat::readFile(const QString &path, const Vocabulary &vocabulary)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refusal({}, QStringLiteral("file cannot be opened: %1").arg(file.errorString()));
    // Judged by its size before reading it: a routine is a few kilobytes.
    if (file.size() > kMaxFileBytes)
        return refusal({}, tooLargeMessage(file.size()));
    // Reading one byte past the limit also bounds files that do not know their size.
    return parse(file.read(kMaxFileBytes + 1), vocabulary);
}

QByteArray RoutineFormat::write(const Routine &routine)
{
    using namespace JsonText;
    constexpr int kTopIndent = 2; // members of the top-level object
    QList<QByteArray> members;
    members.append(member("format", QByteArray::number(Routine::kFormat)));
    members.append(member("id", string(routine.id)));
    members.append(member("title", string(routine.title)));
    members.append(member("description", string(routine.description)));
    if (!routine.author.isEmpty())
        members.append(member("author", string(routine.author)));
    members.append(member("areas", inlineList(jsonStrings(routine.areas))));
    members.append(member("equipment", inlineList(jsonStrings(routine.equipment))));
    if (!routine.cautions.isEmpty())
        members.append(
            member("cautions", block(jsonStrings(routine.cautions), '[', ']', kTopIndent)));
    QList<QByteArray> steps;
    for (const Step &step : routine.steps)
        steps.append(writeStep(step));
    members.append(member("steps", block(steps, '[', ']', kTopIndent)));
    return block(members, '{', '}', 0) + '\n';
}
