#include "routineformat.h"
#include "strictjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

// Every rule here has a twin in routines/schema/routine.schema.json and a line in
// docs/routine-format.md; tests/schema/check_schema.py keeps the app and the schema
// in agreement over the files in tests/data.

namespace {

constexpr qint64 kBytesPerMiB = 1024 * 1024;
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

struct TextRule
{
    int maxLength;
    bool blankAllowed = false;
};
const TextRule kTitleText{120};
const TextRule kLongText{2000}; // description, instructions
const TextRule kAuthorText{120, true};
const TextRule kCautionText{500};
const TextRule kCueText{200};

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

// ---- paths and values as they appear in messages ----------------------------------

QString fieldPath(const QString &objectPath, const QString &key)
{
    return objectPath.isEmpty() ? key : objectPath + QLatin1Char('.') + key;
}

QString itemPath(const QString &listPath, qsizetype index)
{
    return listPath + QStringLiteral("[%1]").arg(index);
}

// JSON string syntax, used both to write files and to quote values in messages,
// where it keeps a line break inside a value from breaking the one-line format.
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString quoted(const QString &text)
{
    constexpr qsizetype kShownCharacters = 40;
    const QList<uint> codePoints = text.toUcs4();
    if (codePoints.size() <= kShownCharacters)
        return escaped(text);
    return escaped(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()),
                                     kShownCharacters) +
                   QChar(0x2026));
}

QString numberText(double number)
{
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("the text ") + quoted(value.toString());
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("null");
    }
}

QString notThis(const QJsonValue &value)
{
    return QStringLiteral(", not ") + describe(value);
}

// "a, b or c"
QString orList(const QStringList &choices)
{
    return choices.mid(0, choices.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") +
           choices.constLast();
}

// ---- text measures that the schema shares ------------------------------------------

// Lengths count code points, as JSON Schema's maxLength does, so an emoji is one character.
qsizetype characterCount(const QString &text)
{
    return text.toUcs4().size();
}

// The Unicode White_Space characters, the same set the schema's "visibleText" excludes.
bool isWhiteSpace(uint c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

bool hasVisibleCharacter(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(),
                       [](uint c) { return !isWhiteSpace(c); });
}

// ---- suggestions for typos ---------------------------------------------------------

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] =
                std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// " (did you mean "x"?)" for the closest candidate when it looks like a typo: at most two
// edits, and fewer edits than half the name, so "x" is not taken for "id". Ties go to the
// earlier candidate, so callers pass their candidates in a fixed order.
QString didYouMean(const QString &name, const QStringList &candidates)
{
    const QString *best = nullptr;
    int bestDistance = 3;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(name, candidate);
        if (distance < bestDistance && 2 * distance < name.size()) {
            best = &candidate;
            bestDistance = distance;
        }
    }
    return best ? QStringLiteral(" (did you mean %1?)").arg(quoted(*best)) : QString();
}

// ---- results -----------------------------------------------------------------------

// A file refused as a whole: one problem, nothing else judged.
RoutineFormat::Result refusal(const QString &where, const QString &message)
{
    RoutineFormat::Result result;
    result.problems.append({where, message});
    return result;
}

QString tooLargeMessage(qint64 bytes)
{
    // Rounded up to a tenth, so a file just over the limit never reads as "1.0 MiB".
    const double tenths = std::ceil(double(bytes) * 10 / kBytesPerMiB);
    return QStringLiteral("file is %1 MiB; routine files are limited to %2 MiB")
        .arg(QString::number(tenths / 10, 'f', 1))
        .arg(RoutineFormat::kMaxFileBytes / kBytesPerMiB);
}

bool isBlank(const QByteArray &bytes)
{
    const QByteArray text = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    return std::all_of(text.cbegin(), text.cend(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// A newer format may change anything, so nothing else in such a file is judged.
std::optional<QString> newerFormatMessage(const QJsonObject &object)
{
    const QJsonValue format = object.value(QLatin1String("format"));
    const double version = format.toDouble();
    if (!format.isDouble() || std::floor(version) != version || version <= Routine::kFormat)
        return std::nullopt;
    return QStringLiteral("this routine uses format %1, but this version of Unknot reads "
                          "format %2; update Unknot to open it")
        .arg(numberText(version))
        .arg(Routine::kFormat);
}

// ---- validation --------------------------------------------------------------------

enum class Need { Required, Optional };

// One field of an object: where it is, and its value (Undefined when it is absent).
struct Field
{
    QString where;
    QJsonValue value;
    Need need = Need::Required;
};

Field field(const QJsonObject &object, const QString &objectPath, const QString &key, Need need)
{
    return {fieldPath(objectPath, key), object.value(key), need};
}

class Validator
{
public:
    explicit Validator(const Vocabulary &vocabulary)
        : m_vocabulary(vocabulary), m_regionIds(sorted(vocabulary.regions)),
          m_muscleIds(sorted(vocabulary.muscles))
    {}

    RoutineFormat::Result validate(const QJsonValue &root)
    {
        if (!root.isObject())
            return refusal({}, QStringLiteral("file must hold one JSON object { ... } with the "
                                              "routine's fields") +
                                   notThis(root));
        const QJsonObject object = root.toObject();
        if (const std::optional<QString> newer = newerFormatMessage(object))
            return refusal(QStringLiteral("format"), *newer);
        RoutineFormat::Result result;
        Routine routine = readRoutine(object);
        if (!hasErrors())
            result.routine = std::move(routine);
        result.problems = m_problems;
        return result;
    }

private:
    const Vocabulary &m_vocabulary;
    // Sorted, so that suggestions do not depend on hash order.
    const QStringList m_regionIds;
    const QStringList m_muscleIds;
    QList<FormatProblem> m_problems;

    static QStringList sorted(const QSet<QString> &ids)
    {
        QStringList list(ids.cbegin(), ids.cend());
        list.sort();
        return list;
    }

    void error(const QString &where, const QString &message)
    {
        m_problems.append({where, message});
    }

    void warning(const QString &where, const QString &message)
    {
        m_problems.append({where, QStringLiteral("warning: ") + message, true});
    }

    bool hasErrors() const
    {
        return std::any_of(m_problems.cbegin(), m_problems.cend(),
                           [](const FormatProblem &problem) { return !problem.warning; });
    }

    // False when the field is absent; a missing required field is reported.
    bool present(const Field &field)
    {
        if (!field.value.isUndefined())
            return true;
        if (field.need == Need::Required)
            error(field.where, QStringLiteral("required"));
        return false;
    }

    // ---- the routine ----

    Routine readRoutine(const QJsonObject &object)
    {
        const auto top = [&](const char *key, Need need) {
            return field(object, {}, QLatin1String(key), need);
        };
        Routine routine;
        readFormat(top("format", Need::Required));
        routine.id = readId(top("id", Need::Required));
        routine.title = text(top("title", Need::Required), kTitleText);
        routine.description = text(top("description", Need::Required), kLongText);
        routine.author = text(top("author", Need::Optional), kAuthorText);
        routine.areas =
            uniqueList(top("areas", Need::Required), kAreasList, [&](const Field &item) {
                return knownId(item, m_vocabulary.regions, m_regionIds,
                               QStringLiteral("body region"), QStringLiteral("neck.back"));
            });
        routine.equipment = readEquipment(top("equipment", Need::Required));
        routine.cautions = readCautions(top("cautions", Need::Optional));
        routine.steps = readSteps(top("steps", Need::Required));
        reportUnknownFields(object, {}, kRoutineFields);
        return routine;
    }

    void readFormat(const Field &format)
    {
        if (present(format) &&
            (!format.value.isDouble() || format.value.toDouble() != Routine::kFormat))
            error(format.where,
                  QStringLiteral("must be %1").arg(Routine::kFormat) + notThis(format.value));
    }

    QString readId(const Field &id)
    {
        if (!present(id))
            return {};
        if (!id.value.isString()) {
            error(id.where,
                  QStringLiteral("must be text such as \"neck-release\"") + notThis(id.value));
            return {};
        }
        static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9-]*")));
        const QString text = id.value.toString();
        if (text.isEmpty())
            error(id.where, QStringLiteral("must not be empty; use lowercase letters, digits and "
                                           "dashes, such as \"neck-release\""));
        else if (!pattern.match(text).hasMatch())
            error(id.where, quoted(text) + QStringLiteral(" may only contain lowercase letters, "
                                                          "digits and dashes, and must start "
                                                          "with a letter or digit"));
        else if (text.size() > kMaxIdLength)
            error(id.where, QStringLiteral("must be at most %1 characters long (it has %2)")
                                .arg(kMaxIdLength)
                                .arg(text.size()));
        else
            return text;
        return {};
    }

    QStringList readEquipment(const Field &equipment)
    {
        const QStringList items = uniqueList(equipment, kEquipmentList, [&](const Field &item) {
            return choice(item, kEquipment, QStringLiteral("kind of equipment"));
        });
        if (items.contains(QLatin1String("none")) && items.size() > 1)
            error(equipment.where, QStringLiteral("\"none\" cannot be combined with other "
                                                  "equipment; remove \"none\" or the others"));
        return items;
    }

    QStringList readCautions(const Field &cautions)
    {
        QStringList texts;
        const std::optional<QJsonArray> items = list(cautions, kCautionsList);
        for (qsizetype i = 0; items && i < items->size(); ++i)
            texts.append(text({itemPath(cautions.where, i), items->at(i)}, kCautionText));
        return texts;
    }

    QList<Step> readSteps(const Field &steps)
    {
        QList<Step> result;
        const std::optional<QJsonArray> items = list(steps, kStepsList);
        for (qsizetype i = 0; items && i < items->size(); ++i)
            result.append(readStep({itemPath(steps.where, i), items->at(i)}));
        return result;
    }

    // ---- a step ----

    Step readStep(const Field &stepField)
    {
        Step step;
        if (!stepField.value.isObject()) {
            error(stepField.where,
                  QStringLiteral("must be an object { ... } with the step's fields") +
                      notThis(stepField.value));
            return step;
        }
        const QJsonObject object = stepField.value.toObject();
        const auto own = [&](const char *key, Need need) {
            return field(object, stepField.where, QLatin1String(key), need);
        };
        const std::optional<QString> typeName =
            choice(own("type", Need::Required), kStepTypes, QStringLiteral("step type"));
        const std::optional<StepType> type =
            typeName ? RoutineText::stepTypeFromName(*typeName) : std::nullopt;
        step.type = type.value_or(StepType::Hold);
        step.title = text(own("title", Need::Required), kTitleText);
        step.instructions = text(own("instructions", Need::Required), kLongText);
        step.muscle = readMuscle(own("muscle", Need::Optional), type);
        const std::optional<QString> side =
            choice(own("side", Need::Required), kSides, QStringLiteral("side"));
        step.side = RoutineText::sideFromName(side.value_or(QString())).value_or(Side::None);
        const std::optional<int> seconds = wholeNumber(own("seconds", Need::Required), 1, 1800);
        step.seconds = seconds.value_or(0);
        step.reps = wholeNumber(own("reps", Need::Optional), 1, 20).value_or(1);
        const Field intensity = own("intensity", Need::Optional);
        if (allowedOn(intensity, type, {StepType::Hold, StepType::Roll}, "hold and roll"))
            step.intensity = wholeNumber(intensity, 0, 10);
        const Field pace = own("pace", Need::Optional);
        if (allowedOn(pace, type, {StepType::Roll}, "roll"))
            step.pace = number(pace, 1, 30);
        step.cues = readCues(own("cues", Need::Optional), seconds);
        step.image = readImage(own("image", Need::Optional));
        reportUnknownFields(object, stepField.where, kStepFields);
        return step;
    }

    // Every step works a muscle except a rest. With no valid type there is nothing to
    // require, and the type itself has already been reported.
    QString readMuscle(const Field &muscle, std::optional<StepType> type)
    {
        if (type == StepType::Rest) {
            if (!muscle.value.isUndefined())
                error(muscle.where, QStringLiteral("is not allowed on a rest step; remove it"));
            return {};
        }
        if (muscle.value.isUndefined()) {
            if (type)
                error(
                    muscle.where,
                    QStringLiteral("required on a %1 step").arg(RoutineText::stepTypeName(*type)));
            return {};
        }
        return knownId(muscle, m_vocabulary.muscles, m_muscleIds, QStringLiteral("muscle"),
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
        error(field.where,
              QStringLiteral("is only allowed on %1 steps; remove it from this %2 step")
                  .arg(QLatin1String(typeNames), RoutineText::stepTypeName(*type)));
        return false;
    }

    QList<SpokenCue> readCues(const Field &cues, std::optional<int> stepSeconds)
    {
        QList<SpokenCue> result;
        const std::optional<QJsonArray> items = list(cues, kCuesList);
        for (qsizetype i = 0; items && i < items->size(); ++i)
            result.append(readCue({itemPath(cues.where, i), items->at(i)}, stepSeconds));
        return result;
    }

    SpokenCue readCue(const Field &cueField, std::optional<int> stepSeconds)
    {
        SpokenCue cue;
        if (!cueField.value.isObject()) {
            error(cueField.where,
                  QStringLiteral(
                      "must be an object such as {\"at\": 10, \"text\": \"Breathe out\"}") +
                      notThis(cueField.value));
            return cue;
        }
        const QJsonObject object = cueField.value.toObject();
        const Field at = field(object, cueField.where, QStringLiteral("at"), Need::Required);
        const std::optional<int> atSeconds = wholeNumber(at, 0, 1799);
        // The schema cannot compare two values, so this stays a warning.
        if (atSeconds && stepSeconds && *atSeconds >= *stepSeconds)
            warning(at.where, QStringLiteral("%1 s is at or past the end of this %2 s step, so it "
                                             "will never be spoken")
                                  .arg(*atSeconds)
                                  .arg(*stepSeconds));
        cue.atSeconds = atSeconds.value_or(0);
        cue.text =
            text(field(object, cueField.where, QStringLiteral("text"), Need::Required), kCueText);
        reportUnknownFields(object, cueField.where, kCueFields);
        return cue;
    }

    QString readImage(const Field &image)
    {
        if (!present(image))
            return {};
        if (!image.value.isString()) {
            error(image.where,
                  QStringLiteral("must be a picture path such as \"images/chin-tuck.svg\"") +
                      notThis(image.value));
            return {};
        }
        // Pictures live in media/images; the pattern also keeps a path from leaving media/.
        static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
            QStringLiteral("images/[a-z0-9][a-z0-9-]*\\.(svg|png)")));
        const QString path = image.value.toString();
        if (pattern.match(path).hasMatch())
            return path;
        error(image.where,
              quoted(path) + QStringLiteral(" is not a picture path; use "
                                            "\"images/NAME.svg\" or \"images/NAME.png\", "
                                            "where NAME has only lowercase letters, "
                                            "digits and dashes"));
        return {};
    }

    // ---- values ----

    QString text(const Field &field, const TextRule &rule)
    {
        if (!present(field))
            return {};
        if (!field.value.isString()) {
            error(field.where, QStringLiteral("must be text") + notThis(field.value));
            return {};
        }
        const QString value = field.value.toString();
        const qsizetype length = characterCount(value);
        if (!rule.blankAllowed && !hasVisibleCharacter(value))
            error(field.where, QStringLiteral("must not be empty or only spaces"));
        else if (length > rule.maxLength)
            error(field.where, QStringLiteral("must be at most %1 characters long (it has %2)")
                                   .arg(rule.maxLength)
                                   .arg(length));
        else
            return value;
        return {};
    }

    // JSON Schema counts 60.0 as an integer, so the app does too.
    std::optional<int> wholeNumber(const Field &field, int min, int max)
    {
        if (!present(field))
            return std::nullopt;
        const double value = field.value.toDouble();
        if (!field.value.isDouble() || std::floor(value) != value) {
            error(field.where,
                  QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max) +
                      notThis(field.value));
            return std::nullopt;
        }
        if (value < min || value > max) {
            error(field.where, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
            return std::nullopt;
        }
        return int(value);
    }

    std::optional<double> number(const Field &field, int min, int max)
    {
        if (!present(field))
            return std::nullopt;
        if (!field.value.isDouble()) {
            error(field.where, QStringLiteral("must be a number from %1 to %2").arg(min).arg(max) +
                                   notThis(field.value));
            return std::nullopt;
        }
        const double value = field.value.toDouble();
        if (value < min || value > max) {
            error(field.where, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
            return std::nullopt;
        }
        return value;
    }

    std::optional<QString> choice(const Field &field, const QStringList &choices,
                                  const QString &what)
    {
        if (!present(field))
            return std::nullopt;
        if (!field.value.isString()) {
            error(field.where, QStringLiteral("must be ") + orList(choices) + notThis(field.value));
            return std::nullopt;
        }
        const QString name = field.value.toString();
        if (choices.contains(name))
            return name;
        const QString suggestion = didYouMean(name, choices);
        error(field.where,
              QStringLiteral("%1 is not a known %2").arg(quoted(name), what) +
                  (suggestion.isEmpty() ? QStringLiteral("; use ") + orList(choices) : suggestion));
        return std::nullopt;
    }

    std::optional<QString> knownId(const Field &field, const QSet<QString> &ids,
                                   const QStringList &sortedIds, const QString &what,
                                   const QString &example)
    {
        if (!present(field))
            return std::nullopt;
        if (!field.value.isString()) {
            error(field.where, QStringLiteral("must be a %1 id such as \"%2\"").arg(what, example) +
                                   notThis(field.value));
            return std::nullopt;
        }
        const QString id = field.value.toString();
        if (ids.contains(id))
            return id;
        error(field.where, QStringLiteral("%1 is not a known %2").arg(quoted(id), what) +
                               didYouMean(id, sortedIds));
        return std::nullopt;
    }

    // The list itself, or nullopt when the value is not a list. A list of the wrong
    // length is reported and still returned, so that its items are checked too.
    std::optional<QJsonArray> list(const Field &field, const ListRule &rule)
    {
        if (!present(field))
            return std::nullopt;
        if (!field.value.isArray()) {
            const QString expected = rule.min == 0
                                         ? QStringLiteral("must be a list of at most %1 %2")
                                               .arg(rule.max)
                                               .arg(QLatin1String(rule.plural))
                                         : QStringLiteral("must be a list of %1 to %2 %3")
                                               .arg(rule.min)
                                               .arg(rule.max)
                                               .arg(QLatin1String(rule.plural));
            error(field.where, expected + notThis(field.value));
            return std::nullopt;
        }
        const QJsonArray array = field.value.toArray();
        if (array.size() < rule.min)
            error(field.where, QLatin1String(rule.tooFewMessage));
        else if (array.size() > rule.max)
            error(field.where, QStringLiteral("must list at most %1 %2 (it lists %3)")
                                   .arg(rule.max)
                                   .arg(QLatin1String(rule.plural))
                                   .arg(array.size()));
        return array;
    }

    QStringList uniqueList(const Field &field, const ListRule &rule,
                           const std::function<std::optional<QString>(const Field &)> &readItem)
    {
        QStringList values;
        const std::optional<QJsonArray> items = list(field, rule);
        for (qsizetype i = 0; items && i < items->size(); ++i) {
            const Field item{itemPath(field.where, i), items->at(i)};
            const std::optional<QString> value = readItem(item);
            if (value && values.contains(*value))
                error(item.where, quoted(*value) + QStringLiteral(" is already listed"));
            else if (value)
                values.append(*value);
        }
        return values;
    }

    // Unknown fields are usually typos, so they are errors, reported after the known ones.
    void reportUnknownFields(const QJsonObject &object, const QString &path,
                             const QStringList &known)
    {
        const QStringList keys = object.keys(); // sorted
        for (const QString &key : keys) {
            if (!known.contains(key))
                error(path,
                      QStringLiteral("unknown field %1").arg(quoted(key)) + didYouMean(key, known));
        }
    }
};

// ---- writing -------------------------------------------------------------------------

QByteArray jsonString(const QString &text)
{
    return escaped(text).toUtf8();
}

QByteArray member(const char *key, const QByteArray &value)
{
    return '"' + QByteArray(key) + "\": " + value;
}

QList<QByteArray> jsonStrings(const QStringList &texts)
{
    QList<QByteArray> out;
    for (const QString &text : texts)
        out.append(jsonString(text));
    return out;
}

// Items one per line, indented two spaces deeper than the brackets at `indent`.
QByteArray block(const QList<QByteArray> &items, char open, char close, int indent)
{
    if (items.isEmpty())
        return QByteArray(1, open) + close;
    const QByteArray itemIndent(indent + 2, ' ');
    QByteArray out(1, open);
    out += '\n';
    for (qsizetype i = 0; i < items.size(); ++i)
        out += itemIndent + items[i] + (i + 1 < items.size() ? ",\n" : "\n");
    return out + QByteArray(indent, ' ') + close;
}

// Short lists of ids stay on one line.
QByteArray inlineList(const QList<QByteArray> &items)
{
    return '[' + items.join(", ") + ']';
}

QByteArray writeCue(const SpokenCue &cue)
{
    return "{\"at\": " + QByteArray::number(cue.atSeconds) + ", \"text\": " + jsonString(cue.text) +
           '}';
}

QByteArray writeStep(const Step &step)
{
    constexpr int kStepIndent = 4; // inside "steps": [ ... ]
    QList<QByteArray> members;
    members.append(member("type", jsonString(RoutineText::stepTypeName(step.type))));
    members.append(member("title", jsonString(step.title)));
    members.append(member("instructions", jsonString(step.instructions)));
    if (!step.muscle.isEmpty())
        members.append(member("muscle", jsonString(step.muscle)));
    members.append(member("side", jsonString(RoutineText::sideName(step.side))));
    members.append(member("seconds", QByteArray::number(step.seconds)));
    if (step.reps != 1)
        members.append(member("reps", QByteArray::number(step.reps)));
    if (step.intensity)
        members.append(member("intensity", QByteArray::number(*step.intensity)));
    if (step.pace)
        members.append(member("pace", numberText(*step.pace).toUtf8()));
    if (!step.cues.isEmpty()) {
        QList<QByteArray> cues;
        for (const SpokenCue &cue : step.cues)
            cues.append(writeCue(cue));
        members.append(member("cues", block(cues, '[', ']', kStepIndent + 2)));
    }
    if (!step.image.isEmpty())
        members.append(member("image", jsonString(step.image)));
    return block(members, '{', '}', kStepIndent);
}

} // namespace

QStringList RoutineFormat::Result::lines(const QString &fileName) const
{
    QStringList out;
    for (const FormatProblem &problem : problems) {
        out.append(
            problem.where.isEmpty()
                ? QStringLiteral("%1: %2").arg(fileName, problem.message)
                : QStringLiteral("%1: %2: %3").arg(fileName, problem.where, problem.message));
    }
    return out;
}

RoutineFormat::Result RoutineFormat::parse(const QByteArray &bytes, const Vocabulary &vocabulary)
{
    if (bytes.size() > kMaxFileBytes)
        return refusal({}, tooLargeMessage(bytes.size()));
    if (isBlank(bytes))
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
    constexpr int kTopIndent = 2; // members of the top-level object
    QList<QByteArray> members;
    members.append(member("format", QByteArray::number(Routine::kFormat)));
    members.append(member("id", jsonString(routine.id)));
    members.append(member("title", jsonString(routine.title)));
    members.append(member("description", jsonString(routine.description)));
    if (!routine.author.isEmpty())
        members.append(member("author", jsonString(routine.author)));
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
