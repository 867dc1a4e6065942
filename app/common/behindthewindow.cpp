#include "common/behindthewindow.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

void runBehindTheWindow()
{
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread: PRIO_PROCESS with a thread's id sets that thread's alone.
    ::setpriority(PRIO_PROCESS, id_t(::gettid()), 10);
#endif
}
