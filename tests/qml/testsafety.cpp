#include "testsafety.h"

#include "ui/appcontext.h"

void TestSafety::firstUse()
{
    AppContext *context = AppContext::instance();
    context->safety()->assumeNoAnswersForThisRun(false);
    context->settings()->forgetSafetyAnswers();
}

void TestSafety::answer(const QStringList &flags)
{
    AppContext::instance()->settings()->setSafetyAnswers(flags);
}

void TestSafety::reset()
{
    AppContext *context = AppContext::instance();
    context->safety()->cancelEditing();
    context->settings()->forgetSafetyAnswers();
    context->safety()->assumeNoAnswersForThisRun(true);
}
