#include "bodypath.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace {

// Points per command: M and L take one, Q two, C three, Z none.
int pointsOf(char command)
{
    switch (command) {
    case 'Q':
        return 2;
    case 'C':
        return 3;
    case 'Z':
        return 0;
    default:
        return 1;
    }
}

QString coordinate(double value)
{
    return QString::number(std::round(value * 100) / 100, 'g', 10);
}

} // namespace

QString BodyPath::pattern()
{
    // x from 0 to 200, y from 0 to 480, each with at most one decimal.
    static const QString x = QStringLiteral(
        "(?:200(?:\\.0)?|1[0-9]{2}(?:\\.[0-9])?|[1-9]?[0-9](?:\\.[0-9])?)");
    static const QString y = QStringLiteral("(?:480(?:\\.0)?|4[0-7][0-9](?:\\.[0-9])?|"
                                            "[1-3][0-9]{2}(?:\\.[0-9])?|[1-9]?[0-9](?:\\.[0-9])?)");
    const QString p = x + QLatin1Char(' ') + y;
    return QStringLiteral("M %1(?: M %1| L %1(?: %1)*| Q %1 %1(?: %1 %1)*| C %1 %1 %1(?: %1 %1 %1)*| "
                          "Z)* Z")
        .arg(p);
}

QString BodyPath::rule()
{
    return QStringLiteral("use absolute M, L, Q, C and Z commands and points inside the %1 x %2 "
                          "drawing area, one space apart, at most one decimal, ending with Z, "
                          "such as \"M 90 10 L 110 10 L 100 30 Z\"")
        .arg(kMapWidth)
        .arg(kMapHeight);
}

std::optional<BodyPath> BodyPath::parse(const QString &text)
{
    static const QRegularExpression grammar(QRegularExpression::anchoredPattern(pattern()));
    if (text.size() > kMaxLength || !grammar.match(text).hasMatch())
        return std::nullopt;
    BodyPath path;
    const QStringList parts = text.split(QLatin1Char(' '));
    char command = 'M';
    for (qsizetype i = 0; i < parts.size();) {
        if (parts[i].front().isLetter())
            command = char(parts[i++].front().toLatin1());
        Segment segment{command, {}};
        for (int k = 0; k < pointsOf(command); ++k, i += 2)
            segment.points.append({parts[i].toDouble(), parts[i + 1].toDouble()});
        path.m_segments.append(segment);
    }
    return path;
}

QRectF BodyPath::bounds() const
{
    double left = kMapWidth, top = kMapHeight, right = 0, bottom = 0;
    for (const Segment &segment : m_segments) {
        for (const QPointF &point : segment.points) {
            left = std::min(left, point.x());
            right = std::max(right, point.x());
            top = std::min(top, point.y());
            bottom = std::max(bottom, point.y());
        }
    }
    return right < left ? QRectF() : QRectF(QPointF(left, top), QPointF(right, bottom));
}

BodyPath BodyPath::mirrored() const
{
    BodyPath path = *this;
    for (Segment &segment : path.m_segments) {
        for (QPointF &point : segment.points)
            point.setX(kMapWidth - point.x());
    }
    return path;
}

BodyPath BodyPath::translated(const QPointF &offset) const
{
    BodyPath path = *this;
    for (Segment &segment : path.m_segments) {
        for (QPointF &point : segment.points)
            point += offset;
    }
    return path;
}

QString BodyPath::toString() const
{
    QStringList parts;
    for (const Segment &segment : m_segments) {
        parts.append(QString(QLatin1Char(segment.command)));
        for (const QPointF &point : segment.points)
            parts << coordinate(point.x()) << coordinate(point.y());
    }
    return parts.join(QLatin1Char(' '));
}
