#pragma once

#include <QObject>

// Keeps the screen from dimming or locking while a session runs, where the
// platform allows it: the freedesktop ScreenSaver inhibitor over the session
// D-Bus on Linux desktops, FLAG_KEEP_SCREEN_ON on Android. Elsewhere, or with
// no session bus, it quietly does nothing.
class ScreenAwake : public QObject
{
    Q_OBJECT
public:
    explicit ScreenAwake(QObject *parent = nullptr);
    ~ScreenAwake() override;

    void setKeepAwake(bool keepAwake);
    bool keepingAwake() const { return m_keepingAwake; }

private:
    bool inhibit();
    void release();

    bool m_keepingAwake = false;
    uint m_cookie = 0;
};
