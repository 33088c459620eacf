#include "bodymodel.h"
#include "jsonchecker.h"
#include "strictjson.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <utility>

// Every rule here has a twin in routines/schema/regions.schema.json or
// muscles.schema.json, except the few a JSON Schema cannot express (named in the
// schemas' descriptions); tests/schema/check_body_schema.py keeps the two in
// agreement over the files in tests/data/body.

namespace {

constexpr int kMaxDepth = 16;
constexpr int kMaxIdLength = 64;
using Field = JsonChecker::Field;

const QStringList kRegionFields = {QStringLiteral("id"),      QStringLiteral("name"),
                                   QStringLiteral("phrase"),  QStringLiteral("group"),
                                   QStringLiteral("view"),    QStringLiteral("sided"),
                                   QStringLiteral("caution"), QStringLiteral("outline")};
const QStringList kMuscleFields = {QStringLiteral("id"),         QStringLiteral("name"),
                                   QStringLiteral("referral"),   QStringLiteral("location"),
                                   QStringLiteral("access"),     QStringLiteral("endangerment"),
                                   QStringLiteral("cautions"),   QStringLiteral("doses"),
                                   QStringLiteral("techniques"), QStringLiteral("sources")};
const QStringList kTechniqueFields = {QStringLiteral("type"),          QStringLiteral("title"),
                                      QStringLiteral("instructions"),  QStringLiteral("equipment"),
                                      QStringLiteral("position"),      QStringLiteral("bothSides"),
                                      QStringLiteral("onRibsOrSpine"), QStringLiteral("cues")};
const QStringList kViews = {QStringLiteral("front"), QStringLiteral("back")};
const QStringList kAccessLevels = {QStringLiteral("yes"), QStringLiteral("care"),
                                   QStringLiteral("no")};
const QStringList kTechniqueTypes = {QStringLiteral("roll"), QStringLiteral("hold"),
                                     QStringLiteral("stretch")};
const QStringList kPositions = {QStringLiteral("standing"),    QStringLiteral("sitting"),
                                QStringLiteral("kneeling"),    QStringLiteral("lying-back"),
                                QStringLiteral("lying-front"), QStringLiteral("lying-side")};
const QStringList kEquipment = {QStringLiteral("none"),      QStringLiteral("ball"),
                                QStringLiteral("two-balls"), QStringLiteral("foam-roller"),
                                QStringLiteral("wall"),      QStringLiteral("doorframe"),
                                QStringLiteral("chair"),     QStringLiteral("strap")};

// Each technique with the access field and the dose that go with it.
struct TechniqueKind
{
    StepType type;
    const char *name;
    const char *accessField;
};
// In the order of the access object; the doses object lists hold first.
constexpr std::array kTechniqueKinds = {
    TechniqueKind{StepType::Roll, "roll", "roller"},
    TechniqueKind{StepType::Hold, "hold", "ball"},
    TechniqueKind{StepType::Stretch, "stretch", "stretch"},
};
constexpr std::array kDoseKinds = {kTechniqueKinds[1], kTechniqueKinds[0], kTechniqueKinds[2]};

// Endangerment sites (domain reference 3c, plus the muscle-specific ones of section 1).
constexpr std::array<std::pair<const char *, const char *>, 14> kSites = {{
    {"anterior_neck", "the front of the neck"},
    {"posterior_triangle", "the hollow above the collarbone"},
    {"axilla", "the armpit"},
    {"cubital_fossa", "the crease at the front of the elbow"},
    {"femoral_triangle", "the crease of the groin"},
    {"popliteal_fossa", "the hollow behind the knee"},
    {"kidney_area", "the kidney area below the lowest ribs"},
    {"abdomen", "the belly"},
    {"eyes_throat", "the eyes and the throat"},
    {"spine", "the spine"},
    {"bony_prominence", "bony points"},
    {"temporal_artery", "the pulse at the temple"},
    {"kneecap", "the kneecap"},
    {"shin_bone", "the shin bone"},
}};

QStringList siteIds()
{
    QStringList ids;
    for (const auto &[id, text] : kSites)
        ids.append(QLatin1String(id));
    return ids;
}

// The parsed file, or nullopt after reporting why it cannot be read as JSON.
std::optional<QJsonValue> readDocument(const QString &path, JsonChecker &checker)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        checker.error({}, QStringLiteral("file cannot be opened: %1").arg(file.errorString()));
        return std::nullopt;
    }
    if (file.size() > BodyModel::kMaxFileBytes) {
        checker.error({}, QStringLiteral("file is larger than 1 MiB"));
        return std::nullopt;
    }
    StrictJson::Error error;
    std::optional<QJsonValue> root = StrictJson::parse(file.readAll(), kMaxDepth, &error);
    if (!root)
        checker.error(error.where, error.message);
    return root;
}

// The top-level object and the list it holds under `key`, checked for its format.
std::optional<QJsonArray> readTopList(const QJsonValue &root, const QString &key,
                                      const QString &plural, JsonChecker &checker,
                                      const QStringList &otherKeys = {})
{
    if (!root.isObject()) {
        checker.error({}, QStringLiteral("file must hold one JSON object { ... } with "
                                         "\"format\" and \"%1\"")
                              .arg(key));
        return std::nullopt;
    }
    const QJsonObject object = root.toObject();
    const Field format = JsonChecker::member(object, {}, QStringLiteral("format"));
    if (checker.present(format) && (!format.value.isDouble() || format.value.toDouble() != 1))
        checker.error(format.where, QStringLiteral("must be 1"));
    std::optional<QJsonArray> list =
        checker.list(JsonChecker::member(object, {}, key), 1, 100, plural);
    checker.unknownFields(object, {}, QStringList{QStringLiteral("format"), key} + otherKeys);
    return list;
}

BodyModel::Access accessFromName(const QString &name)
{
    if (name == QLatin1String("yes"))
        return BodyModel::Access::Yes;
    if (name == QLatin1String("care"))
        return BodyModel::Access::Care;
    return BodyModel::Access::No;
}

// An outline on the body map (see BodyPath), or nullopt after reporting why not.
std::optional<BodyPath> readPath(const Field &field, JsonChecker &checker)
{
    const std::optional<QString> text = checker.text(field, BodyPath::kMaxLength);
    if (!text)
        return std::nullopt;
    std::optional<BodyPath> path = BodyPath::parse(*text);
    if (!path)
        checker.error(field.where,
                      QStringLiteral("is not a path the body map can draw: ") + BodyPath::rule());
    return path;
}

// A path per view, from an object with the keys "front" and/or "back"; `required`
// names the view that must be there (empty: none).
std::optional<QMap<QString, BodyPath>> readViews(const Field &field, const QString &whose,
                                                 const QStringList &required, const QString &why,
                                                 JsonChecker &checker)
{
    const std::optional<QJsonObject> object = checker.object(field, whose);
    if (!object)
        return std::nullopt;
    const qsizetype before = checker.problemCount();
    QMap<QString, BodyPath> paths;
    for (const QString &view : kViews) {
        const Field member = JsonChecker::member(*object, field.where, view);
        if (member.value.isUndefined()) {
            if (required.contains(view))
                checker.error(member.where, QStringLiteral("required") + why);
        } else if (std::optional<BodyPath> path = readPath(member, checker)) {
            paths.insert(view, *path);
        }
    }
    checker.unknownFields(*object, field.where, kViews);
    if (checker.problemCount() > before)
        return std::nullopt;
    return paths;
}

class RegionsReader
{
public:
    explicit RegionsReader(JsonChecker &checker) : m_checker(checker) {}

    QList<BodyModel::Region> read(const QJsonValue &root)
    {
        QList<BodyModel::Region> regions;
        const std::optional<QJsonArray> items =
            readTopList(root, QStringLiteral("regions"), QStringLiteral("regions"), m_checker,
                        {QStringLiteral("map")});
        for (qsizetype i = 0; items && i < items->size(); ++i) {
            if (std::optional<BodyModel::Region> region =
                    readRegion(JsonChecker::item(*items, QStringLiteral("regions"), i)))
                regions.append(*region);
        }
        if (root.isObject())
            readMap(JsonChecker::member(root.toObject(), {}, QStringLiteral("map")));
        return regions;
    }

    const QMap<QString, BodyPath> &silhouettes() const { return m_silhouettes; }

private:
    JsonChecker &m_checker;
    QHash<QString, QString> m_firstUse; // id -> where it was first defined
    QMap<QString, BodyPath> m_silhouettes;

    void readMap(const Field &field)
    {
        m_silhouettes = readViews(field, QStringLiteral("map's"), kViews, {}, m_checker)
                            .value_or(QMap<QString, BodyPath>());
    }

    std::optional<BodyModel::Region> readRegion(const Field &field)
    {
        const std::optional<QJsonObject> object =
            m_checker.object(field, QStringLiteral("region's"));
        if (!object)
            return std::nullopt;
        const auto own = [&](const char *key) {
            return JsonChecker::member(*object, field.where, QLatin1String(key));
        };
        static const QRegularExpression idPattern(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z_]*(\\.[a-z][a-z_]*)?")));
        static const QRegularExpression groupPattern(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z_]*")));
        const Field idField = own("id");
        const std::optional<QString> id =
            m_checker.id(idField, idPattern,
                         QStringLiteral("use lowercase words joined by _, with an optional second "
                                        "part after a dot, such as \"head.temple\""),
                         kMaxIdLength);
        const bool unique = id && isFirstUse(*id, idField.where);
        const std::optional<QString> name = m_checker.text(own("name"), 60);
        const std::optional<QString> phrase = m_checker.text(own("phrase"), 80);
        const std::optional<QString> group =
            m_checker.id(own("group"), groupPattern,
                         QStringLiteral("use lowercase letters and _, such as \"upper_back\""), 32);
        const std::optional<QString> view =
            m_checker.choice(own("view"), kViews, QStringLiteral("view"));
        const std::optional<bool> sided = m_checker.boolean(own("sided"));
        const Field cautionField = own("caution");
        const std::optional<QString> caution = cautionField.value.isNull()
                                                   ? std::optional(QString())
                                                   : m_checker.text(cautionField, 500);
        const std::optional<QMap<QString, BodyPath>> outlines = readViews(
            own("outline"), QStringLiteral("outline's"), view ? QStringList{*view} : QStringList(),
            view ? QStringLiteral(", because view is \"%1\"").arg(*view) : QString(), m_checker);
        m_checker.unknownFields(*object, field.where, kRegionFields);
        if (!unique || !name || !phrase || !group || !view || !sided || !caution || !outlines)
            return std::nullopt;
        return BodyModel::Region{*id, *name, *group, *view, *sided, *phrase, *caution, *outlines};
    }

    bool isFirstUse(const QString &id, const QString &where)
    {
        if (const auto first = m_firstUse.constFind(id); first != m_firstUse.cend()) {
            m_checker.error(where, JsonText::quoted(id) +
                                       QStringLiteral(" is already the id of %1").arg(*first));
            return false;
        }
        m_firstUse.insert(id, where.chopped(3)); // "regions[2].id" -> "regions[2]"
        return true;
    }
};

class MusclesReader
{
public:
    MusclesReader(JsonChecker &checker, const QList<BodyModel::Region> &regions)
        : m_checker(checker)
    {
        for (const BodyModel::Region &region : regions) {
            m_regionIds.append(region.id);
            m_groupOf.insert(region.id, region.group);
        }
        m_regionIds.sort();
    }

    QList<BodyModel::Muscle> read(const QJsonValue &root)
    {
        QList<BodyModel::Muscle> muscles;
        const std::optional<QJsonArray> items =
            readTopList(root, QStringLiteral("muscles"), QStringLiteral("muscles"), m_checker);
        for (qsizetype i = 0; items && i < items->size(); ++i) {
            if (std::optional<BodyModel::Muscle> muscle =
                    readMuscle(JsonChecker::item(*items, QStringLiteral("muscles"), i)))
                muscles.append(*muscle);
        }
        return muscles;
    }

private:
    JsonChecker &m_checker;
    QStringList m_regionIds;
    QHash<QString, QString> m_groupOf;
    QHash<QString, QString> m_firstUse;
    // The access levels of the muscle being read, by access field; absent when invalid.
    QHash<QString, QString> m_access;

    std::optional<BodyModel::Muscle> readMuscle(const Field &field)
    {
        const std::optional<QJsonObject> object =
            m_checker.object(field, QStringLiteral("muscle's"));
        if (!object)
            return std::nullopt;
        const auto own = [&](const char *key) {
            return JsonChecker::member(*object, field.where, QLatin1String(key));
        };
        const qsizetype before = m_checker.problemCount();
        BodyModel::Muscle muscle;
        static const QRegularExpression idPattern(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z_]*")));
        const Field idField = own("id");
        const std::optional<QString> id = m_checker.id(
            idField, idPattern,
            QStringLiteral("use lowercase words joined by _, such as \"upper_trapezius\""),
            kMaxIdLength);
        if (id && isFirstUse(*id, idField.where))
            muscle.id = *id;
        muscle.name = m_checker.text(own("name"), 80).value_or(QString());
        muscle.referral = readReferral(own("referral"));
        muscle.location = uniqueRegions(own("location"));
        for (const QString &region : std::as_const(muscle.location)) {
            if (!muscle.locationGroups.contains(m_groupOf.value(region)))
                muscle.locationGroups.append(m_groupOf.value(region));
        }
        readAccess(own("access"), &muscle);
        muscle.endangerment =
            uniqueChoices(own("endangerment"), 14, QStringLiteral("endangerment sites"), siteIds(),
                          QStringLiteral("endangerment site"));
        muscle.cautions = texts(own("cautions"), 10, QStringLiteral("cautions"), 500);
        readDoses(own("doses"), &muscle);
        muscle.techniques = readTechniques(own("techniques"));
        muscle.sources = readSources(own("sources"));
        m_checker.unknownFields(*object, field.where, kMuscleFields);
        if (m_checker.problemCount() > before)
            return std::nullopt;
        return muscle;
    }

    bool isFirstUse(const QString &id, const QString &where)
    {
        if (const auto first = m_firstUse.constFind(id); first != m_firstUse.cend()) {
            m_checker.error(where, JsonText::quoted(id) +
                                       QStringLiteral(" is already the id of %1").arg(*first));
            return false;
        }
        m_firstUse.insert(id, where.chopped(3));
        return true;
    }

    QList<BodyModel::Referral> readReferral(const Field &field)
    {
        QList<BodyModel::Referral> referral;
        const std::optional<QJsonArray> items =
            m_checker.list(field, 1, 50, QStringLiteral("regions"));
        QHash<QString, QString> listedAt;
        for (qsizetype i = 0; items && i < items->size(); ++i) {
            const Field item = JsonChecker::item(*items, field.where, i);
            const std::optional<QJsonObject> object =
                m_checker.object(item, QStringLiteral("referral's"));
            if (!object)
                continue;
            const Field regionField =
                JsonChecker::member(*object, item.where, QStringLiteral("region"));
            const std::optional<QString> region =
                m_checker.knownId(regionField, m_regionIds, QStringLiteral("body region"),
                                  QStringLiteral("neck.back"));
            if (region && listedAt.contains(*region)) {
                m_checker.error(
                    regionField.where,
                    JsonText::quoted(*region) +
                        QStringLiteral(" is already listed in %1").arg(listedAt.value(*region)));
            } else if (region) {
                listedAt.insert(*region, item.where);
            }
            const std::optional<int> weight =
                readWeight(JsonChecker::member(*object, item.where, QStringLiteral("weight")));
            m_checker.unknownFields(*object, item.where,
                                    {QStringLiteral("region"), QStringLiteral("weight")});
            if (region && weight)
                referral.append({*region, *weight});
        }
        return referral;
    }

    std::optional<int> readWeight(const Field &field)
    {
        if (!m_checker.present(field))
            return std::nullopt;
        const double weight = field.value.toDouble();
        if (field.value.isDouble() && (weight == 1 || weight == 2))
            return int(weight);
        m_checker.error(field.where,
                        QStringLiteral("must be 2 (the main zone) or 1 (less common), not %1")
                            .arg(JsonText::describe(field.value)));
        return std::nullopt;
    }

    QStringList uniqueRegions(const Field &field)
    {
        return m_checker.uniqueItems<QString>(
            field, 1, 10, QStringLiteral("regions"), [&](const Field &item) {
                return m_checker.knownId(item, m_regionIds, QStringLiteral("body region"),
                                         QStringLiteral("neck.back"));
            });
    }

    QStringList uniqueChoices(const Field &field, int max, const QString &plural,
                              const QStringList &choices, const QString &what)
    {
        return m_checker.uniqueItems<QString>(field, 0, max, plural, [&](const Field &item) {
            return m_checker.choice(item, choices, what);
        });
    }

    QStringList texts(const Field &field, int max, const QString &plural, int maxLength)
    {
        QStringList values;
        const std::optional<QJsonArray> items = m_checker.list(field, 0, max, plural);
        for (qsizetype i = 0; items && i < items->size(); ++i) {
            if (std::optional<QString> text =
                    m_checker.text(JsonChecker::item(*items, field.where, i), maxLength))
                values.append(*text);
        }
        return values;
    }

    void readAccess(const Field &field, BodyModel::Muscle *muscle)
    {
        m_access.clear();
        const std::optional<QJsonObject> object = m_checker.object(field, QStringLiteral("access"));
        if (!object)
            return;
        QStringList known;
        for (const TechniqueKind &kind : kTechniqueKinds) {
            const QString key = QLatin1String(kind.accessField);
            known.append(key);
            const std::optional<QString> level =
                m_checker.choice(JsonChecker::member(*object, field.where, key), kAccessLevels,
                                 QStringLiteral("access level"));
            if (!level)
                continue;
            m_access.insert(key, *level);
            const BodyModel::Access access = accessFromName(*level);
            if (kind.type == StepType::Roll)
                muscle->rollerAccess = access;
            else if (kind.type == StepType::Hold)
                muscle->ballAccess = access;
            else
                muscle->stretchAccess = access;
        }
        m_checker.unknownFields(*object, field.where, known);
    }

    void readDoses(const Field &field, BodyModel::Muscle *muscle)
    {
        const std::optional<QJsonObject> object = m_checker.object(field, QStringLiteral("doses'"));
        if (!object)
            return;
        QStringList known;
        for (const TechniqueKind &kind : kDoseKinds) {
            known.append(QLatin1String(kind.name));
            const Field dose = JsonChecker::member(*object, field.where, QLatin1String(kind.name));
            std::optional<BodyModel::Dose> value = readDose(dose, kind);
            if (kind.type == StepType::Roll)
                muscle->rollDose = value;
            else if (kind.type == StepType::Hold)
                muscle->holdDose = value;
            else
                muscle->stretchDose = value;
        }
        m_checker.unknownFields(*object, field.where, known);
    }

    // A dose must be null exactly when the technique does not suit the muscle.
    std::optional<BodyModel::Dose> readDose(const Field &field, const TechniqueKind &kind)
    {
        const QString accessField = QLatin1String(kind.accessField);
        const QString level = m_access.value(accessField);
        if (field.value.isNull()) {
            if (!level.isEmpty() && level != QLatin1String("no"))
                m_checker.error(field.where,
                                QStringLiteral("needs a dose, because access.%1 is \"%2\"")
                                    .arg(accessField, level));
            return std::nullopt;
        }
        if (level == QLatin1String("no") && !field.value.isUndefined()) {
            m_checker.error(
                field.where,
                QStringLiteral("must be null, because access.%1 is \"no\"").arg(accessField));
            return std::nullopt;
        }
        const std::optional<QJsonObject> object = m_checker.object(field, QStringLiteral("dose's"));
        if (!object)
            return std::nullopt;
        const auto own = [&](const char *key) {
            return JsonChecker::member(*object, field.where, QLatin1String(key));
        };
        BodyModel::Dose dose;
        QStringList known;
        bool ok = true;
        const auto whole = [&](const char *key, int min, int max, int *into) {
            known.append(QLatin1String(key));
            const std::optional<int> value = m_checker.wholeNumber(own(key), min, max);
            ok = ok && value;
            *into = value.value_or(0);
        };
        if (kind.type == StepType::Stretch) {
            whole("seconds", 10, 60, &dose.seconds);
            whole("reps", 1, 4, &dose.reps);
            dose.minSeconds = dose.maxSeconds = dose.seconds;
        } else {
            whole("seconds", 15, 180, &dose.seconds);
            whole("min", 15, 180, &dose.minSeconds);
            whole("max", 15, 180, &dose.maxSeconds);
            if (kind.type == StepType::Roll) {
                known.append(QStringLiteral("pace"));
                const std::optional<double> pace = m_checker.number(own("pace"), 2, 4);
                ok = ok && pace;
                dose.pace = pace.value_or(0);
            }
            whole("intensity", 1, 7, &dose.intensity);
            // The schema cannot compare two values; the app must, or the planner would
            // pick a hold the reference never suggests.
            if (ok && (dose.seconds < dose.minSeconds || dose.seconds > dose.maxSeconds)) {
                m_checker.error(own("seconds").where,
                                QStringLiteral("must lie between min (%1) and max (%2)")
                                    .arg(dose.minSeconds)
                                    .arg(dose.maxSeconds));
                ok = false;
            }
        }
        m_checker.unknownFields(*object, field.where, known);
        return ok ? std::optional(dose) : std::nullopt;
    }

    QList<BodyModel::Technique> readTechniques(const Field &field)
    {
        QList<BodyModel::Technique> techniques;
        const std::optional<QJsonArray> items =
            m_checker.list(field, 1, 10, QStringLiteral("techniques"));
        QStringList types;
        for (qsizetype i = 0; items && i < items->size(); ++i) {
            if (std::optional<BodyModel::Technique> technique =
                    readTechnique(JsonChecker::item(*items, field.where, i))) {
                techniques.append(*technique);
                types.append(RoutineText::stepTypeName(technique->type));
            }
        }
        for (const TechniqueKind &kind : kTechniqueKinds) {
            const QString accessField = QLatin1String(kind.accessField);
            if (items && m_access.value(accessField) == QLatin1String("yes") &&
                !types.contains(QLatin1String(kind.name)))
                m_checker.error(field.where,
                                QStringLiteral("must include a %1 technique, because access.%2 "
                                               "is \"yes\"")
                                    .arg(QLatin1String(kind.name), accessField));
        }
        return techniques;
    }

    std::optional<BodyModel::Technique> readTechnique(const Field &field)
    {
        const std::optional<QJsonObject> object =
            m_checker.object(field, QStringLiteral("technique's"));
        if (!object)
            return std::nullopt;
        const auto own = [&](const char *key) {
            return JsonChecker::member(*object, field.where, QLatin1String(key));
        };
        BodyModel::Technique technique;
        const Field typeField = own("type");
        const std::optional<QString> type =
            m_checker.choice(typeField, kTechniqueTypes, QStringLiteral("technique type"));
        bool ok = type && suitsMuscle(*type, typeField.where);
        technique.type =
            RoutineText::stepTypeFromName(type.value_or(QString())).value_or(StepType::Hold);
        const std::optional<QString> title = m_checker.text(own("title"), 120);
        const std::optional<QString> instructions = m_checker.text(own("instructions"), 2000);
        const std::optional<QStringList> equipment = readEquipment(own("equipment"));
        const std::optional<QString> position =
            m_checker.choice(own("position"), kPositions, QStringLiteral("position"));
        const std::optional<bool> bothSides = m_checker.boolean(own("bothSides"));
        const std::optional<bool> onRibsOrSpine = m_checker.boolean(own("onRibsOrSpine"));
        const std::optional<QList<SpokenCue>> cues = readCues(own("cues"));
        m_checker.unknownFields(*object, field.where, kTechniqueFields);
        ok = ok && title && instructions && equipment && position && bothSides && onRibsOrSpine &&
             cues;
        if (!ok)
            return std::nullopt;
        technique.title = *title;
        technique.instructions = *instructions;
        technique.equipment = *equipment;
        technique.position = *position;
        technique.bothSides = *bothSides;
        technique.onRibsOrSpine = *onRibsOrSpine;
        technique.cues = *cues;
        return technique;
    }

    bool suitsMuscle(const QString &type, const QString &where)
    {
        for (const TechniqueKind &kind : kTechniqueKinds) {
            const QString accessField = QLatin1String(kind.accessField);
            if (type == QLatin1String(kind.name) &&
                m_access.value(accessField) == QLatin1String("no")) {
                m_checker.error(where,
                                QStringLiteral("\"%1\" does not suit this muscle: access.%2 is "
                                               "\"no\"")
                                    .arg(type, accessField));
                return false;
            }
        }
        return true;
    }

    std::optional<QStringList> readEquipment(const Field &field)
    {
        const qsizetype before = m_checker.problemCount();
        const QStringList items = uniqueChoicesAtLeastOne(field);
        if (items.contains(QLatin1String("none")) && items.size() > 1)
            m_checker.error(field.where,
                            QStringLiteral("\"none\" cannot be combined with other "
                                           "equipment; remove \"none\" or the others"));
        if (m_checker.problemCount() > before)
            return std::nullopt;
        return items;
    }

    QStringList uniqueChoicesAtLeastOne(const Field &field)
    {
        return m_checker.uniqueItems<QString>(
            field, 1, 8, QStringLiteral("kinds of equipment"), [&](const Field &item) {
                return m_checker.choice(item, kEquipment, QStringLiteral("kind of equipment"));
            });
    }

    std::optional<QList<SpokenCue>> readCues(const Field &field)
    {
        const qsizetype before = m_checker.problemCount();
        QList<SpokenCue> cues;
        const std::optional<QJsonArray> items =
            m_checker.list(field, 0, 20, QStringLiteral("cues"));
        for (qsizetype i = 0; items && i < items->size(); ++i) {
            const Field item = JsonChecker::item(*items, field.where, i);
            const std::optional<QJsonObject> object =
                m_checker.object(item, QStringLiteral("cue's"));
            if (!object)
                continue;
            const std::optional<int> at = m_checker.wholeNumber(
                JsonChecker::member(*object, item.where, QStringLiteral("at")), 0, 1799);
            const std::optional<QString> text = m_checker.text(
                JsonChecker::member(*object, item.where, QStringLiteral("text")), 200);
            m_checker.unknownFields(*object, item.where,
                                    {QStringLiteral("at"), QStringLiteral("text")});
            if (at && text)
                cues.append({*at, *text});
        }
        if (!items || m_checker.problemCount() > before)
            return std::nullopt;
        return cues;
    }

    QStringList readSources(const Field &field)
    {
        static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9-]*")));
        return m_checker.uniqueItems<QString>(
            field, 0, 20, QStringLiteral("sources"), [&](const Field &item) {
                return m_checker.id(item, pattern,
                                    QStringLiteral("use a key of the reference's source list, "
                                                   "such as \"T1\""),
                                    20);
            });
    }
};

} // namespace

int BodyModel::Muscle::referralWeight(const QString &region) const
{
    for (const Referral &entry : referral) {
        if (entry.region == region)
            return entry.weight;
    }
    return 0;
}

BodyModel::Access BodyModel::Muscle::access(StepType type) const
{
    switch (type) {
    case StepType::Roll:
        return rollerAccess;
    case StepType::Hold:
        return ballAccess;
    case StepType::Stretch:
        return stretchAccess;
    default:
        return Access::No;
    }
}

std::optional<BodyModel::Dose> BodyModel::Muscle::dose(StepType type) const
{
    switch (type) {
    case StepType::Roll:
        return rollDose;
    case StepType::Hold:
        return holdDose;
    case StepType::Stretch:
        return stretchDose;
    default:
        return std::nullopt;
    }
}

bool BodyModel::load(const QString &folder, QString *errorText)
{
    const QStringList problems = loadFiles(folder + QStringLiteral("/regions.json"),
                                           folder + QStringLiteral("/muscles.json"));
    if (problems.isEmpty())
        return true;
    *errorText = problems.join(QLatin1Char('\n'));
    return false;
}

QStringList BodyModel::loadFiles(const QString &regionsPath, const QString &musclesPath)
{
    JsonChecker regionsChecker;
    QList<Region> regions;
    QMap<QString, BodyPath> silhouettes;
    if (const std::optional<QJsonValue> root = readDocument(regionsPath, regionsChecker)) {
        RegionsReader reader(regionsChecker);
        regions = reader.read(*root);
        silhouettes = reader.silhouettes();
    }
    if (regionsChecker.hasErrors())
        return regionsChecker.lines(regionsPath);

    JsonChecker musclesChecker;
    QList<Muscle> muscles;
    if (const std::optional<QJsonValue> root = readDocument(musclesPath, musclesChecker))
        muscles = MusclesReader(musclesChecker, regions).read(*root);
    if (musclesChecker.hasErrors())
        return musclesChecker.lines(musclesPath);

    m_silhouettes = silhouettes;
    m_regions = regions;
    m_muscles = muscles;
    return {};
}

const BodyModel::Region *BodyModel::region(const QString &id) const
{
    for (const Region &region : m_regions) {
        if (region.id == id)
            return &region;
    }
    return nullptr;
}

const BodyModel::Muscle *BodyModel::muscle(const QString &id) const
{
    for (const Muscle &muscle : m_muscles) {
        if (muscle.id == id)
            return &muscle;
    }
    return nullptr;
}

Vocabulary BodyModel::vocabulary() const
{
    Vocabulary vocabulary;
    for (const Region &region : m_regions)
        vocabulary.regions.insert(region.id);
    for (const Muscle &muscle : m_muscles)
        vocabulary.muscles.insert(muscle.id);
    return vocabulary;
}

const QStringList &BodyModel::endangermentSites()
{
    static const QStringList sites = siteIds();
    return sites;
}

QString BodyModel::endangermentText(const QString &site)
{
    for (const auto &[id, text] : kSites) {
        if (site == QLatin1String(id))
            return QLatin1String(text);
    }
    return {};
}
