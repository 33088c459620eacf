#pragma once

#include "routineformat.h"

#include <QList>
#include <QString>

// The body as the app knows it: the regions a person can mark (routines/regions.json)
// and the muscles that routines work (routines/muscles.json).
class BodyModel
{
public:
    struct Region
    {
        QString id;
        QString name;
        bool sided = false; // has a left and a right
    };
    struct Muscle
    {
        QString id;
        QString name;
    };

    // Loads both files from a folder (normally ":/routines"). Returns false and
    // sets errorText when either is missing or malformed.
    bool load(const QString &folder, QString *errorText);

    const QList<Region> &regions() const { return m_regions; }
    const QList<Muscle> &muscles() const { return m_muscles; }
    const Region *region(const QString &id) const;
    const Muscle *muscle(const QString &id) const;
    Vocabulary vocabulary() const;

private:
    QList<Region> m_regions;
    QList<Muscle> m_muscles;
};
