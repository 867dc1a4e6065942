#include "api/catalogue/movementcatalogue.h"

#include <QtGlobal>

// The words of resources/movements.json, listed for lupdate: a label in the
// file is looked up with QCoreApplication::translate("MovementCatalogue", …),
// and only text lupdate can see reaches the translators. tst_movementcatalogue
// fails when a label in the file is missing here.
QStringList MovementCatalogue::translatableLabels()
{
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("MovementCatalogue", "Golf"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Full swing"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Handedness"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Left"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Right"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Baseball"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Hitting"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Batter handedness"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Pitching"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Throwing hand"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Jump"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Countermovement jump"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Arm position"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Arm swing"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Hands on hips"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Single-leg jump"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Lunge"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Forward lunge"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Lead leg"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Agility"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "5-0-5"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Cutting"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Track and field"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Discus"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Shot put"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Tennis"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Overhand serve"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Stance"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Platform"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Pinpoint"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Stability"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Y-balance (lower quarter)"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "Other"),
        QT_TRANSLATE_NOOP("MovementCatalogue", "General movement"),
    };
    QStringList result;
    for (const char *label : labels)
        result << QString::fromUtf8(label);
    return result;
}
