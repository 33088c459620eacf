#include "screenawake.h"

#include <QCoreApplication>

#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#endif

#ifdef Q_OS_ANDROID
#include <QJniObject>
#include <QtCore/qcoreapplication_platform.h>
#endif

namespace {
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
// A short timeout: a stuck screen saver service must never freeze the player.
constexpr int kDBusTimeoutMs = 500;

QDBusMessage callScreenSaver(const QString &method, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"),
        QStringLiteral("org.freedesktop.ScreenSaver"), method);
    message.setArguments(arguments);
    return QDBusConnection::sessionBus().call(message, QDBus::Block, kDBusTimeoutMs);
}
#endif

#ifdef Q_OS_ANDROID
void setKeepScreenOnFlag(bool on)
{
    constexpr int kFlagKeepScreenOn = 128; // WindowManager.LayoutParams.FLAG_KEEP_SCREEN_ON
    QNativeInterface::QAndroidApplication::runOnAndroidMainThread([on] {
        QJniObject activity = QNativeInterface::QAndroidApplication::context();
        QJniObject window = activity.callObjectMethod("getWindow", "()Landroid/view/Window;");
        if (window.isValid())
            window.callMethod<void>(on ? "addFlags" : "clearFlags", "(I)V", kFlagKeepScreenOn);
    });
}
#endif
} // namespace

ScreenAwake::ScreenAwake(QObject *parent) : QObject(parent) {}

ScreenAwake::~ScreenAwake()
{
    setKeepAwake(false);
}

void ScreenAwake::setKeepAwake(bool keepAwake)
{
    if (keepAwake == m_keepingAwake)
        return;
    if (keepAwake)
        m_keepingAwake = inhibit();
    else {
        release();
        m_keepingAwake = false;
    }
}

bool ScreenAwake::inhibit()
{
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    if (!QDBusConnection::sessionBus().isConnected())
        return false;
    const QDBusReply<uint> reply = callScreenSaver(
        QStringLiteral("Inhibit"),
        {QCoreApplication::applicationName(), QStringLiteral("A guided session is running")});
    if (!reply.isValid())
        return false;
    m_cookie = reply.value();
    return true;
#elif defined(Q_OS_ANDROID)
    setKeepScreenOnFlag(true);
    return true;
#else
    return false;
#endif
}

void ScreenAwake::release()
{
    if (!m_keepingAwake)
        return;
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    callScreenSaver(QStringLiteral("UnInhibit"), {m_cookie});
#elif defined(Q_OS_ANDROID)
    setKeepScreenOnFlag(false);
#endif
}
