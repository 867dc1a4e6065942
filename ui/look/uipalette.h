#pragma once

#include <QString>

// Light and dark palettes for the Fusion style. Qt 6.4 has no colour-scheme
// API: the system palette is used as it comes, and these are the fallback and
// what screenshots and tests ask for (UPLIFT_COLOR_SCHEME=light|dark).
namespace UiPalette {

// "light" or "dark": switches to Fusion with that palette; anything else
// keeps the platform's style and palette. Returns true when applied.
bool apply(const QString &scheme);
bool applyFromEnvironment();
bool isDark();

} // namespace UiPalette
