import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A raised surface that groups related content.
Pane {
    padding: 16
    Material.elevation: 2
    Material.background: Material.theme === Material.Dark ? "#2b2f31" : "#ffffff"
}
