#pragma once

// capture_ui is a static library: the linker drops resources.qrc's
// initialiser unless something references it. Call before using ":/icons".
// Safe to call more than once.
void initUiResources();
