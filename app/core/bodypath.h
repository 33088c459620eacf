#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

// An outline on the body map: SVG path data restricted to what the map needs and a
// schema can check (routines/schema/regions.schema.json): absolute M, L, Q, C and Z
// commands, one space between all parts, points with at most one decimal inside the
// kMapWidth x kMapHeight drawing area, closed with Z. "M 90 10 L 110 10 L 100 30 Z".
class BodyPath
{
public:
    static constexpr int kMapWidth = 200;
    static constexpr int kMapHeight = 480;
    static constexpr int kMaxLength = 20000;

    struct Segment
    {
        char command = 'M'; // M, L, Q, C or Z
        QList<QPointF> points;
    };

    // nullopt when the text does not follow the rules above.
    static std::optional<BodyPath> parse(const QString &text);
    // The rules in words, for error messages.
    static QString rule();
    // The regular expression of the rules (the schema holds the same).
    static QString pattern();

    const QList<Segment> &segments() const { return m_segments; }
    // The box around every point, control points included (the curves lie inside it).
    QRectF bounds() const;
    // Left and right swapped: x becomes kMapWidth - x.
    BodyPath mirrored() const;
    BodyPath translated(const QPointF &offset) const;
    // SVG path data; coordinates keep at most two decimals.
    QString toString() const;

private:
    QList<Segment> m_segments;
};
