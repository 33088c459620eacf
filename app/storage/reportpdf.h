#pragma once

#include "report.h"

#include <QString>

// Draws a Report as an A4 PDF that a therapist can read at a glance
// (docs/plan-bundle.md, "Reports"): a title page with who, when and the figures
// that matter, then one section per page (or more): the sessions against the
// plan with pain before and after as a table and a chart, minutes per body area,
// the pain ratings of each area over time, stop reasons and notes. Every page
// has a footer with its number. QPdfWriter needs a QGuiApplication for its
// fonts; `unknot --report` makes one on the offscreen platform.
namespace ReportPdf {
// The section headings, in page order after the title page.
QStringList sectionTitles();
// Writes the file whole or not at all, owner-only; false with a sentence in error.
bool write(const Report &report, const QString &path, QString *error);
} // namespace ReportPdf
