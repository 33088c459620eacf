#pragma once

// English plural forms ("1 session", "3 sessions") for every tr()/qsTr() text
// written with %n. Qt prints "3 session(s)" unless a translation supplies the
// forms; i18n/unknot_en.ts does, made by scripts/update-plurals.py.
namespace Plurals {
// Installs the translation on the running application; false if it is missing.
bool install();
} // namespace Plurals
