#include "bodymodel.h"
#include "strictjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {
std::optional<QJsonArray> readList(const QString &path, const QString &key, QString *errorText)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorText = QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    StrictJson::Error error;
    std::optional<QJsonValue> root = StrictJson::parse(file.readAll(), 16, &error);
    if (!root) {
        *errorText = QStringLiteral("%1: %2: %3").arg(path, error.where, error.message);
        return std::nullopt;
    }
    const QJsonValue list = root->toObject().value(key);
    if (!list.isArray()) {
        *errorText = QStringLiteral("%1: %2: must be a list").arg(path, key);
        return std::nullopt;
    }
    return list.toArray();
}
} // namespace

bool BodyModel::load(const QString &folder, QString *errorText)
{
    std::optional<QJsonArray> regions =
        readList(folder + QStringLiteral("/regions.json"), QStringLiteral("regions"), errorText);
    std::optional<QJsonArray> muscles =
        readList(folder + QStringLiteral("/muscles.json"), QStringLiteral("muscles"), errorText);
    if (!regions || !muscles)
        return false;
    m_regions.clear();
    m_muscles.clear();
    for (const QJsonValue &value : *regions) {
        const QJsonObject object = value.toObject();
        m_regions.append({object.value(QLatin1String("id")).toString(),
                          object.value(QLatin1String("name")).toString(),
                          object.value(QLatin1String("sided")).toBool()});
    }
    for (const QJsonValue &value : *muscles) {
        const QJsonObject object = value.toObject();
        m_muscles.append({object.value(QLatin1String("id")).toString(),
                          object.value(QLatin1String("name")).toString()});
    }
    return true;
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
