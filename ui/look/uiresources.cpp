#include "uiresources.h"

#include <QtCore/qglobal.h>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initUiResourcesOnce()
{
    Q_INIT_RESOURCE(ui);
}

void initUiResources()
{
    static const bool done = (initUiResourcesOnce(), true);
    Q_UNUSED(done);
}
