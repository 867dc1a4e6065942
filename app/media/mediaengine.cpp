#include "media/mediaengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QPluginLoader>
#include <QStringList>
#include <QThread>

namespace {

struct Loaded
{
    QMutex mutex;
    bool tried = false;
    MediaEngine *engine = nullptr;
    QString problem;
};

Loaded &loaded()
{
    static Loaded state;
    return state;
}

// Where the plugin is: beside the program as installed (bin/ → lib/uplift-capture/, the same
// layout in the build tree), else where this build put it (tests and benchmarks run from
// other folders).
QStringList candidates()
{
    QStringList folders;
    if (QCoreApplication::instance())
        folders << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(UPLIFT_MEDIA_RELATIVE_DIR));
    folders << QStringLiteral(UPLIFT_MEDIA_BUILD_DIR);
    QStringList files;
    for (const QString &folder : std::as_const(folders))
        files << QDir(folder).filePath(QStringLiteral(UPLIFT_MEDIA_FILE_NAME));
    return files;
}

} // namespace

MediaEngine *MediaEngine::instance(QString *problem)
{
    Loaded &state = loaded();
    QMutexLocker lock(&state.mutex);
    if (!state.tried) {
        state.tried = true;
        QString errors;
        for (const QString &file : candidates()) {
            if (!QFileInfo::exists(file))
                continue;
            // Never unloaded: the engine serves until the program ends.
            QPluginLoader loader(file);
            loader.setLoadHints(QLibrary::PreventUnloadHint);
            if (auto *engine = qobject_cast<MediaEngine *>(loader.instance())) {
                state.engine = engine;
                break;
            }
            errors = loader.errorString();
        }
        if (!state.engine) {
            state.problem = errors.isEmpty()
                ? QCoreApplication::translate("MediaEngine",
                                              "The video reader of Uplift Capture (%1) is missing: install the "
                                              "program again")
                      .arg(QStringLiteral(UPLIFT_MEDIA_FILE_NAME))
                : QCoreApplication::translate("MediaEngine",
                                              "The video reader of Uplift Capture could not be loaded (%1): install "
                                              "the program again")
                      .arg(errors.left(300));
        }
    }
    if (!state.engine && problem)
        *problem = state.problem;
    return state.engine;
}

void MediaEngine::preloadInBackground()
{
    QThread *thread = QThread::create([] { MediaEngine::instance(); });
    thread->setObjectName(QStringLiteral("media preload"));
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // A program quitting at once does not leave the loader running while it tears down.
    if (QCoreApplication *app = QCoreApplication::instance())
        QObject::connect(app, &QCoreApplication::aboutToQuit, thread, [thread] { thread->wait(); });
    thread->start(QThread::LowPriority);
}
