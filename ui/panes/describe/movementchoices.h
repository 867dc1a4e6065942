#pragma once

#include "mainwindow.h"

#include "api/catalogue/movementcatalogue.h"

#include <functional>

// What the Describe pane offers and checks, from the core: the movement
// catalogue's activities, movements and required dimensions (as choices), and
// the create-capture rules (CaptureSpec::validate plus the catalogue's
// dimension checks) for the live validation next to each field.
class MovementChoices
{
public:
    static MainWindow::Catalogue from(const MovementCatalogue &catalogue);
    static std::function<QList<MainWindow::Validation>(const QJsonObject &)> rules(const MovementCatalogue &catalogue);
};
