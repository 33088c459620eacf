#include "reportpdf.h"
#include "privatefile.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {

constexpr int kDpi = 300;
constexpr double kMarginMm = 15;
constexpr double kFooterMm = 10;
constexpr int kMaxPain = 10;

const QColor kInk(0x21, 0x21, 0x21);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kAccent(0x00, 0x69, 0x5c);
const QColor kBefore(0xc6, 0x28, 0x28);
const QColor kAfter(0x15, 0x65, 0xc0);
const QColor kGrid(0xdd, 0xdd, 0xdd);
const QColor kStripe(0xf4, 0xf6, 0xf6);
const QColor kBar(0x4d, 0xb6, 0xac);

// The report reads the same wherever it is made: English words and dates.
const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

QString dateText(const QDate &date)
{
    return english().toString(date, QStringLiteral("d MMM yyyy"));
}

QString longDateText(const QDate &date)
{
    return english().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString minutesText(qint64 ms)
{
    return QString::number(std::round(double(ms) / 6000.0) / 10.0, 'f', 1);
}

QString statusText(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Completed:
        return QStringLiteral("done");
    case SessionStatus::Stopped:
        return QStringLiteral("stopped");
    case SessionStatus::Interrupted:
        return QStringLiteral("not finished");
    }
    return {};
}

QString painPair(const std::optional<int> &before, const std::optional<int> &after)
{
    const auto text = [](const std::optional<int> &value) {
        return value ? QString::number(*value) : QStringLiteral("–");
    };
    return text(before) + QStringLiteral(" → ") + text(after);
}

QString feelingText(Feeling feeling)
{
    switch (feeling) {
    case Feeling::Better:
        return QStringLiteral("better");
    case Feeling::Same:
        return QStringLiteral("the same");
    case Feeling::Worse:
        return QStringLiteral("worse");
    }
    return {};
}

using Draw = std::function<void(QPainter &)>;

// Lays content out top to bottom into pages of drawing commands, so that the
// page count is known before the footers ("Page 2 of 5") are drawn.
class Pages
{
public:
    explicit Pages(QPdfWriter &writer) : m_writer(writer)
    {
        const QRectF paint = writer.pageLayout().paintRectPixels(kDpi);
        m_width = paint.width();
        m_bottom = paint.height() - mm(kFooterMm);
        newPage();
    }

    double mm(double millimetres) const { return millimetres * kDpi / 25.4; }
    double width() const { return m_width; }
    double y() const { return m_y; }
    double bottom() const { return m_bottom; }
    qsizetype pageIndex() const { return m_pages.size() - 1; }

    QFont font(double points, bool bold = false) const
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setStyleHint(QFont::SansSerif);
        font.setPointSizeF(points);
        font.setBold(bold);
        // Any letter spacing turns ligatures off, so that "ff" in "Stiff neck" is
        // two letters a reader can search for and copy, not one glyph. (0.05 px
        // at 300 dpi is invisible; less rounds down to no spacing at all.)
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
        return font;
    }

    double textHeight(const QString &text, const QFont &font, double width) const
    {
        const QFontMetricsF metrics(font, &m_writer);
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    }

    void newPage()
    {
        m_pages.append(QList<Draw>());
        m_y = 0;
    }

    // Starts a new page when `height` does not fit on this one.
    void ensure(double height)
    {
        if (m_y > 0 && m_y + height > m_bottom)
            newPage();
    }

    void gap(double millimetres) { m_y += mm(millimetres); }

    // Draws on the current page at (0, top of the free space), then moves below.
    void block(double height, const std::function<void(QPainter &, double top)> &draw)
    {
        ensure(height);
        const double top = m_y;
        m_pages.last().append([=](QPainter &p) { draw(p, top); });
        m_y += height;
    }

    // Wrapped text from `left`, `width` wide (the rest of the line when negative).
    void text(const QString &text, const QFont &font, const QColor &color, double left = 0,
              double width = -1)
    {
        const double w = width < 0 ? m_width - left : width;
        block(textHeight(text, font, w), [=](QPainter &p, double top) {
            p.setFont(font);
            p.setPen(color);
            p.drawText(QRectF(left, top, w, 1e6), Qt::TextWordWrap, text);
        });
    }

    // A label and its value side by side.
    void pair(const QString &label, const QString &value, double labelWidth)
    {
        const QFont labelFont = font(10, true);
        const QFont valueFont = font(10);
        const double valueWidth = m_width - labelWidth;
        const double height = std::max(textHeight(label, labelFont, labelWidth),
                                       textHeight(value, valueFont, valueWidth));
        block(height + mm(1.5), [=](QPainter &p, double top) {
            p.setFont(labelFont);
            p.setPen(kMuted);
            p.drawText(QRectF(0, top, labelWidth, height), Qt::TextWordWrap, label);
            p.setFont(valueFont);
            p.setPen(kInk);
            p.drawText(QRectF(labelWidth, top, valueWidth, height), Qt::TextWordWrap, value);
        });
    }

    // A section starts on a new page with its heading.
    void section(const QString &title)
    {
        if (m_y > 0)
            newPage();
        text(title, font(17, true), kAccent);
        const double width = m_width;
        const double line = mm(0.4);
        block(mm(5), [=](QPainter &p, double top) {
            p.setPen(QPen(kAccent, line));
            p.drawLine(QPointF(0, top + line), QPointF(width, top + line));
        });
    }

    // `keepWith`: the height of what follows, which must share its page.
    void subheading(const QString &title, double keepWith = 0)
    {
        ensure(mm(16) + keepWith); // never alone at the bottom of a page
        gap(2);
        text(title, font(11.5, true), kInk);
        gap(1.5);
    }

    void render(QPainter &painter, const QString &footer)
    {
        const qsizetype count = m_pages.size();
        for (qsizetype i = 0; i < count; ++i) {
            if (i > 0)
                m_writer.newPage();
            for (const Draw &draw : std::as_const(m_pages[i]))
                draw(painter);
            drawFooter(painter, footer, QStringLiteral("Page %1 of %2").arg(i + 1).arg(count));
        }
    }

private:
    void drawFooter(QPainter &painter, const QString &left, const QString &right) const
    {
        const QRectF box(0, m_bottom + mm(3), m_width, mm(kFooterMm - 3));
        painter.setPen(QPen(kGrid, mm(0.2)));
        painter.drawLine(box.topLeft(), box.topRight());
        painter.setFont(font(8));
        painter.setPen(kMuted);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, left);
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, right);
    }

    QPdfWriter &m_writer;
    double m_width = 0;
    double m_bottom = 0;
    double m_y = 0;
    QList<QList<Draw>> m_pages;
};

// A table whose cells wrap their text; the header is repeated on every page.
class Table
{
public:
    Table(Pages &pages, const QStringList &headers, const QList<double> &widths)
        : m_pages(pages), m_headers(headers), m_font(pages.font(8.5)),
          m_headerFont(pages.font(8.5, true)), m_padding(pages.mm(1.2))
    {
        double left = 0;
        for (double fraction : widths) {
            m_lefts.append(left);
            m_widths.append(fraction * pages.width());
            left += fraction * pages.width();
        }
    }

    void addRow(const QStringList &cells, const QColor &color = kInk)
    {
        const double height = rowHeight(cells, m_font);
        if (m_headerPage != m_pages.pageIndex() || m_pages.y() + height > m_pages.bottom()) {
            m_pages.ensure(rowHeight(m_headers, m_headerFont) + height);
            drawRow(m_headers, m_headerFont, kMuted, false, true);
            m_headerPage = m_pages.pageIndex();
            m_stripe = false;
        }
        m_stripe = !m_stripe;
        drawRow(cells, m_font, color, m_stripe, false);
    }

private:
    double rowHeight(const QStringList &cells, const QFont &font) const
    {
        double height = 0;
        for (qsizetype i = 0; i < cells.size(); ++i)
            height = std::max(height,
                              m_pages.textHeight(cells[i], font, m_widths[i] - 2 * m_padding));
        return height + 2 * m_padding;
    }

    void drawRow(const QStringList &cells, const QFont &font, const QColor &color, bool shaded,
                 bool header)
    {
        const double height = rowHeight(cells, font);
        const double width = m_pages.width();
        const QList<double> lefts = m_lefts;
        const QList<double> widths = m_widths;
        const double padding = m_padding;
        const double line = m_pages.mm(0.2);
        m_pages.block(height, [=](QPainter &p, double top) {
            if (shaded)
                p.fillRect(QRectF(0, top, width, height), kStripe);
            p.setFont(font);
            p.setPen(color);
            for (qsizetype i = 0; i < cells.size(); ++i)
                p.drawText(QRectF(lefts[i] + padding, top + padding, widths[i] - 2 * padding,
                                  height - 2 * padding),
                           Qt::TextWordWrap, cells[i]);
            if (header) {
                p.setPen(QPen(kMuted, line));
                p.drawLine(QPointF(0, top + height), QPointF(width, top + height));
            }
        });
    }

    Pages &m_pages;
    QStringList m_headers;
    QFont m_font;
    QFont m_headerFont;
    double m_padding;
    QList<double> m_lefts;
    QList<double> m_widths;
    qsizetype m_headerPage = -1;
    bool m_stripe = false;
};

// The frame of a 0..10 pain chart: grid lines and their labels left of `plot`.
void drawPainAxis(QPainter &p, const QRectF &plot, const Pages &pages)
{
    p.setFont(pages.font(7));
    for (int pain = 0; pain <= kMaxPain; pain += 2) {
        const double y = plot.bottom() - plot.height() * pain / kMaxPain;
        p.setPen(QPen(kGrid, pages.mm(0.2)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        p.drawText(QRectF(plot.left() - pages.mm(8), y - pages.mm(2), pages.mm(6), pages.mm(4)),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(pain));
    }
}

double painY(const QRectF &plot, int pain)
{
    return plot.bottom() - plot.height() * pain / kMaxPain;
}

void drawDot(QPainter &p, const QPointF &center, double radius, const QColor &color)
{
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(center, radius, radius);
    p.setBrush(Qt::NoBrush);
}

void drawLegend(QPainter &p, const Pages &pages, double top,
                const QList<std::pair<QColor, QString>> &entries)
{
    double x = pages.mm(10);
    p.setFont(pages.font(8));
    for (const auto &[color, label] : entries) {
        drawDot(p, QPointF(x + pages.mm(1.2), top + pages.mm(2)), pages.mm(1.2), color);
        p.setPen(kInk);
        const QRectF box(x + pages.mm(3.5), top, pages.mm(60), pages.mm(4));
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, label);
        x += pages.mm(4) + QFontMetricsF(p.font(), p.device()).horizontalAdvance(label) +
             pages.mm(6);
    }
}

// ---- the sections ------------------------------------------------------------------

void titlePage(Pages &pages, const Report &report)
{
    const std::optional<CarePlan> &plan = report.plan();
    pages.text(QStringLiteral("Progress report"), pages.font(28, true), kAccent);
    pages.gap(4);
    pages.text(plan ? plan->client : QStringLiteral("Without a plan"), pages.font(18, true), kInk);
    pages.text(
        QStringLiteral("%1 to %2").arg(longDateText(report.from()), longDateText(report.to())),
        pages.font(13), kInk);
    pages.gap(8);
    const double labelWidth = pages.mm(32);
    if (plan) {
        pages.pair(QStringLiteral("Plan"),
                   QStringLiteral("%1 (version %2)").arg(plan->title).arg(plan->version),
                   labelWidth);
        pages.pair(QStringLiteral("Therapist"),
                   plan->practice.isEmpty()
                       ? plan->therapist
                       : plan->therapist + QStringLiteral(", ") + plan->practice,
                   labelWidth);
        pages.pair(QStringLiteral("Schedule"), PlanText::scheduleText(*plan, english()),
                   labelWidth);
    } else {
        pages.pair(QStringLiteral("Plan"),
                   QStringLiteral("No plan was active when this report was made."), labelWidth);
    }
    pages.gap(8);

    QList<std::pair<QString, QString>> figures; // value, what it counts
    if (plan) {
        const Adherence adherence = report.adherence();
        // Extra sessions count too, so "done" can be more than "planned".
        figures.append({QStringLiteral("%1 / %2").arg(adherence.done).arg(adherence.planned),
                        QStringLiteral("sessions done / planned")});
        figures.append({QStringLiteral("%1 %").arg(adherence.percent()),
                        QStringLiteral("of the plan followed")});
    }
    figures.append({QString::number(report.sessionsWithActivity()),
                    QStringLiteral("sessions in these days")});
    figures.append(
        {minutesText(report.totalActiveMs()), QStringLiteral("minutes of active work")});
    const double boxWidth = pages.width() / double(figures.size());
    const QFont valueFont = pages.font(20, true);
    const QFont labelFont = pages.font(8.5);
    const double gap = pages.mm(1);
    const double boxHeight = pages.mm(26);
    const double valueHeight = pages.mm(14);
    pages.block(boxHeight + pages.mm(2), [=](QPainter &p, double top) {
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const QRectF box(i * boxWidth + gap, top, boxWidth - 2 * gap, boxHeight);
            p.fillRect(box, kStripe);
            p.setPen(kAccent);
            p.setFont(valueFont);
            p.drawText(QRectF(box.left(), box.top(), box.width(), valueHeight),
                       Qt::AlignHCenter | Qt::AlignBottom, figures[i].first);
            p.setPen(kMuted);
            p.setFont(labelFont);
            p.drawText(box.adjusted(2 * gap, valueHeight + gap, -2 * gap, 0),
                       Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, figures[i].second);
        }
    });
    pages.gap(8);
    if (plan && !plan->notes.isEmpty()) {
        pages.text(QStringLiteral("Notes from the therapist"), pages.font(10, true), kMuted);
        pages.text(plan->notes, pages.font(10), kInk);
        pages.gap(6);
    }
    pages.text(QStringLiteral("About this report"), pages.font(10, true), kMuted);
    pages.text(QStringLiteral("This report lists what was recorded in Unknot by the person who "
                              "uses it: the sessions they did, for how long, and their own pain "
                              "ratings from 0 (no pain) to 10 (the worst imaginable). It is a "
                              "record to talk about together, not a diagnosis or an "
                              "assessment."),
               pages.font(9.5), kInk);
    pages.gap(4);
    pages.text(QStringLiteral("Made on %1 with Unknot %2.")
                   .arg(longDateText(QDate::currentDate()), QStringLiteral(UNKNOT_VERSION)),
               pages.font(8.5), kMuted);
}

void sessionsTable(Pages &pages, const Report &report)
{
    Table table(pages,
                {QStringLiteral("Date"), QStringLiteral("Routine"), QStringLiteral("In plan"),
                 QStringLiteral("Status"), QStringLiteral("Minutes"),
                 QStringLiteral("Pain before → after"), QStringLiteral("Next day")},
                {0.17, 0.27, 0.09, 0.12, 0.09, 0.12, 0.14});
    struct Row
    {
        QDateTime at;
        QStringList cells;
        bool missed = false;
    };
    QList<Row> rows;
    for (const Report::Session &session : report.sessions()) {
        const QString nextDay = session.checkIn ? QStringLiteral("%1, soreness %2")
                                                      .arg(feelingText(session.checkIn->feeling))
                                                      .arg(session.checkIn->soreness)
                                                : QString();
        rows.append({session.startedAt,
                     {dateText(session.startedAt.date()) + QLatin1Char(' ') +
                          session.startedAt.time().toString(QStringLiteral("HH:mm")),
                      session.routineTitle,
                      session.inPlan ? QStringLiteral("yes") : QStringLiteral("extra"),
                      statusText(session.status), minutesText(session.activeMs),
                      painPair(session.painBefore, session.painAfter), nextDay}});
    }
    for (const Report::MissedDay &missed : report.missedDays())
        rows.append({QDateTime(missed.day, QTime(23, 59, 59)),
                     {dateText(missed.day), missed.routineTitle, QStringLiteral("yes"),
                      QStringLiteral("missed"), QString(), QString(), QString()},
                     true});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.at < b.at; });
    for (const Row &row : std::as_const(rows))
        table.addRow(row.cells, row.missed ? kBefore : kInk);
}

// Each rated session as a line from its pain before to its pain after.
void painChangeChart(Pages &pages, const Report &report)
{
    QList<const Report::Session *> rated;
    for (const Report::Session &session : report.sessions()) {
        if (session.painBefore || session.painAfter)
            rated.append(&session);
    }
    constexpr double kChartMm = 72;
    pages.subheading(QStringLiteral("Pain before and after each session"),
                     rated.isEmpty() ? 0 : pages.mm(kChartMm));
    if (rated.isEmpty()) {
        pages.text(QStringLiteral("No pain ratings were given before or after these sessions."),
                   pages.font(10), kInk);
        return;
    }
    pages.block(pages.mm(kChartMm), [rated, &pages](QPainter &p, double top) {
        drawLegend(p, pages, top,
                   {{kBefore, QStringLiteral("before the session")},
                    {kAfter, QStringLiteral("after the session")}});
        const QRectF plot(pages.mm(10), top + pages.mm(9), pages.width() - pages.mm(12),
                          pages.mm(52));
        drawPainAxis(p, plot, pages);
        const double step = plot.width() / rated.size();
        const int every = int(std::ceil(rated.size() / 10.0));
        const double radius = pages.mm(rated.size() > 40 ? 0.8 : 1.3);
        p.setFont(pages.font(6.5));
        for (qsizetype i = 0; i < rated.size(); ++i) {
            const Report::Session &session = *rated[i];
            const double x = plot.left() + step * (i + 0.5);
            if (session.painBefore && session.painAfter) {
                p.setPen(QPen(kMuted, pages.mm(0.35)));
                p.drawLine(QPointF(x, painY(plot, *session.painBefore)),
                           QPointF(x, painY(plot, *session.painAfter)));
            }
            if (session.painBefore)
                drawDot(p, QPointF(x, painY(plot, *session.painBefore)), radius, kBefore);
            if (session.painAfter)
                drawDot(p, QPointF(x, painY(plot, *session.painAfter)), radius, kAfter);
            if (i % every == 0) {
                p.setPen(kMuted);
                p.drawText(QRectF(x - pages.mm(10), plot.bottom() + pages.mm(1), pages.mm(20),
                                  pages.mm(4)),
                           Qt::AlignHCenter | Qt::AlignTop,
                           english().toString(session.startedAt.date(), QStringLiteral("d MMM")));
            }
        }
    });
    double before = 0;
    double after = 0;
    int pairs = 0;
    for (const Report::Session *session : std::as_const(rated)) {
        if (session->painBefore && session->painAfter) {
            before += *session->painBefore;
            after += *session->painAfter;
            ++pairs;
        }
    }
    if (pairs > 0)
        pages.text(QStringLiteral("Mean over the %1 sessions rated before and after: %2 before, "
                                  "%3 after.")
                       .arg(pairs)
                       .arg(before / pairs, 0, 'f', 1)
                       .arg(after / pairs, 0, 'f', 1),
                   pages.font(9.5), kInk);
}

void sessionsSection(Pages &pages, const Report &report)
{
    pages.section(ReportPdf::sectionTitles().at(0));
    if (report.sessions().isEmpty() && report.missedDays().isEmpty())
        pages.text(QStringLiteral("No sessions in these days."), pages.font(10), kInk);
    else
        sessionsTable(pages, report);
    pages.gap(6);
    painChangeChart(pages, report);
}

void areasSection(Pages &pages, const Report &report)
{
    pages.section(ReportPdf::sectionTitles().at(1));
    if (report.areas().isEmpty()) {
        pages.text(QStringLiteral("No sessions in these days."), pages.font(10), kInk);
        return;
    }
    const qint64 most = std::max<qint64>(1, report.areas().first().activeMs);
    const double nameWidth = pages.width() * 0.36;
    const double barWidth = pages.width() * 0.40;
    const QFont font = pages.font(9);
    for (const Report::Area &area : report.areas()) {
        const QString value = QStringLiteral("%1 min, %2 %3")
                                  .arg(minutesText(area.activeMs))
                                  .arg(area.sessions)
                                  .arg(area.sessions == 1 ? QStringLiteral("session")
                                                          : QStringLiteral("sessions"));
        const double fraction = double(area.activeMs) / most;
        pages.block(pages.mm(8), [=, &pages](QPainter &p, double top) {
            p.setFont(font);
            p.setPen(kInk);
            const QRectF row(0, top, pages.width(), pages.mm(6));
            p.drawText(QRectF(0, top, nameWidth - pages.mm(2), row.height()),
                       Qt::AlignRight | Qt::AlignVCenter, area.name);
            p.fillRect(QRectF(nameWidth, top + pages.mm(1), std::max(pages.mm(0.5),
                                                                     barWidth * fraction),
                              pages.mm(4)),
                       kBar);
            p.drawText(QRectF(nameWidth + barWidth + pages.mm(2), top,
                              pages.width() - nameWidth - barWidth - pages.mm(2), row.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, value);
        });
    }
    pages.gap(4);
    pages.text(QStringLiteral("A session counts for every area its routine works on."),
               pages.font(8.5), kMuted);
}

void painAreaChart(Pages &pages, const Report &report, const Report::PainArea &area)
{
    const QDateTime first(report.from(), QTime(0, 0));
    const QDateTime last(report.to().addDays(1), QTime(0, 0));
    const double span = std::max<qint64>(1, first.msecsTo(last));
    pages.block(pages.mm(66), [=, &pages](QPainter &p, double top) {
        p.setFont(pages.font(10, true));
        p.setPen(kInk);
        p.drawText(QRectF(0, top, pages.width(), pages.mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                   area.name);
        const QRectF plot(pages.mm(10), top + pages.mm(9), pages.width() - pages.mm(12),
                          pages.mm(44));
        drawPainAxis(p, plot, pages);
        QPolygonF line;
        for (const PainPoint &point : area.series.points) {
            const double x = plot.left() + plot.width() * first.msecsTo(point.at) / span;
            line.append(QPointF(x, painY(plot, point.pain)));
        }
        p.setPen(QPen(kAccent, pages.mm(0.45)));
        p.drawPolyline(line);
        for (const QPointF &point : std::as_const(line))
            drawDot(p, point, pages.mm(1.1), kAccent);
        p.setFont(pages.font(7));
        p.setPen(kMuted);
        const QRectF axis(plot.left(), plot.bottom() + pages.mm(1), plot.width(), pages.mm(4));
        p.drawText(axis, Qt::AlignLeft | Qt::AlignTop, dateText(report.from()));
        p.drawText(axis, Qt::AlignRight | Qt::AlignTop, dateText(report.to()));
        const int ratings = int(area.series.points.size());
        p.drawText(axis, Qt::AlignHCenter | Qt::AlignTop,
                   QStringLiteral("%1 %2, latest %3 of 10")
                       .arg(ratings)
                       .arg(ratings == 1 ? QStringLiteral("rating") : QStringLiteral("ratings"))
                       .arg(area.series.points.last().pain));
    });
}

void painSection(Pages &pages, const Report &report)
{
    pages.section(ReportPdf::sectionTitles().at(2));
    if (report.painAreas().isEmpty()) {
        pages.text(QStringLiteral("No pain ratings on the body map in these days."),
                   pages.font(10), kInk);
        return;
    }
    pages.text(QStringLiteral("The ratings given on the body map, from 0 (no pain) to 10."),
               pages.font(9), kMuted);
    pages.gap(3);
    for (const Report::PainArea &area : report.painAreas())
        painAreaChart(pages, report, area);
}

QString whenText(const QDateTime &at)
{
    return dateText(at.date()) + QLatin1Char(' ') + at.time().toString(QStringLiteral("HH:mm"));
}

void notesSection(Pages &pages, const Report &report)
{
    pages.section(ReportPdf::sectionTitles().at(3));
    pages.subheading(QStringLiteral("Steps stopped, skipped or ended early"));
    bool any = false;
    for (const Report::Session &session : report.sessions()) {
        if (session.stopReasons.isEmpty())
            continue;
        any = true;
        pages.text(whenText(session.startedAt) + QStringLiteral(", ") + session.routineTitle,
                   pages.font(9.5, true), kInk);
        for (const QString &reason : session.stopReasons)
            pages.text(QStringLiteral("• ") + reason, pages.font(9.5), kInk, pages.mm(4));
        pages.gap(2);
    }
    if (!any)
        pages.text(QStringLiteral("None in these days."), pages.font(9.5), kInk);
    pages.subheading(QStringLiteral("Notes with pain ratings"));
    for (const Report::Note &note : report.notes())
        pages.text(QStringLiteral("%1, %2: %3").arg(whenText(note.at), note.about, note.text),
                   pages.font(9.5), kInk);
    if (report.notes().isEmpty())
        pages.text(QStringLiteral("None in these days."), pages.font(9.5), kInk);
}

bool fail(QString *error, const QString &path, const QString &reason)
{
    *error = QStringLiteral("%1: cannot be written: %2").arg(path, reason);
    return false;
}

} // namespace

QStringList ReportPdf::sectionTitles()
{
    return {QStringLiteral("Sessions and the plan"), QStringLiteral("Minutes per body area"),
            QStringLiteral("Pain ratings per area over time"),
            QStringLiteral("Stop reasons and notes")};
}

bool ReportPdf::write(const Report &report, const QString &path, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                         QPageLayout::Millimeter));
        const QString client = report.plan() ? report.plan()->client : QString();
        writer.setTitle(client.isEmpty() ? QStringLiteral("Progress report")
                                         : QStringLiteral("Progress report: ") + client);
        writer.setCreator(QStringLiteral("Unknot " UNKNOT_VERSION));
        Pages pages(writer);
        titlePage(pages, report);
        sessionsSection(pages, report);
        areasSection(pages, report);
        painSection(pages, report);
        notesSection(pages, report);
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(error, path, QStringLiteral("the PDF could not be drawn"));
        const QString footer =
            QStringLiteral("Unknot progress report, %1 to %2")
                .arg(dateText(report.from()), dateText(report.to())) +
            (client.isEmpty() ? QString() : QStringLiteral(", ") + client);
        pages.render(painter, footer);
        painter.end();
    }
    return PrivateFile::write(path, buffer.data(), error);
}
