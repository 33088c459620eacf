#include "plurals.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Plurals {

bool install()
{
    // One translator for the whole run, owned by the application.
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/unknot_en.qm"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace Plurals
