// A bare Qt Quick Controls window: the baseline unknot's start-up is measured
// against. It prints a line and quits once its first frame is shown, as
// `unknot --quit-after-first-frame` does.

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.loadData(R"(
        import QtQuick
        import QtQuick.Controls
        ApplicationWindow {
            width: 390; height: 844; visible: true
            Label { anchors.centerIn: parent; text: "Hello" }
        }
    )");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
        std::printf("first frame shown\n");
        std::fflush(stdout);
        QCoreApplication::quit();
    }, Qt::QueuedConnection);
    return QGuiApplication::exec();
}
