#include "devices/sourcewatcher.h"

#if defined(Q_OS_LINUX)
#include "devices/linux/linuxsourcebackend.h"
#endif

#include <QTimer>

std::unique_ptr<SourceBackend> SourceWatcher::platformBackend()
{
#if defined(Q_OS_LINUX)
    return std::make_unique<LinuxSourceBackend>();
#else
    return nullptr;
#endif
}

SourceWatcher::SourceWatcher(QObject *parent)
    : SourceWatcher(platformBackend(), parent)
{
}

SourceWatcher::SourceWatcher(std::unique_ptr<SourceBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{
    qRegisterMetaType<CameraSource>();
    if (m_backend) {
        m_backend->setParent(nullptr);
        connect(m_backend.get(), &SourceBackend::sourcesChanged, this, &SourceWatcher::update);
        connect(m_backend.get(), &SourceBackend::ejectFinished, this, &SourceWatcher::ejectFinished);
    }
}

SourceWatcher::~SourceWatcher() = default;

void SourceWatcher::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_backend) {
        m_backend->start();
    } else {
        QTimer::singleShot(0, this, [this]() { update({}); });
    }
}

CameraSource SourceWatcher::source(const QString &root) const
{
    for (const CameraSource &s : m_sources) {
        if (s.root == root)
            return s;
    }
    return {};
}

void SourceWatcher::setCopying(const QString &root, bool copying)
{
    if (copying)
        m_copying.insert(root);
    else
        m_copying.remove(root);
}

void SourceWatcher::eject(const QString &root)
{
    const CameraSource s = source(root);
    QString refused;
    if (!s.isValid())
        refused = tr("%1 is no longer there.").arg(root);
    else if (m_copying.contains(root))
        refused = tr("Clips are still being copied from %1: wait until the import is done, or stop it first.")
                      .arg(s.displayName());
    else if (!m_backend)
        refused = tr("This system cannot eject %1 from Uplift Capture.").arg(s.displayName());
    if (!refused.isEmpty()) {
        QTimer::singleShot(0, this, [this, root, refused]() { emit ejectFinished(root, false, refused); });
        return;
    }
    m_backend->eject(s);
}

void SourceWatcher::update(const QList<CameraSource> &current)
{
    QList<CameraSource> previous = m_sources;
    m_sources = current;
    for (const CameraSource &old : previous) {
        const auto still
            = std::find_if(current.cbegin(), current.cend(), [&](const CameraSource &s) { return s.root == old.root; });
        if (still == current.cend() || *still != old)
            emit sourceRemoved(old.root);
    }
    for (const CameraSource &now : current) {
        const auto before = std::find_if(previous.cbegin(), previous.cend(),
                                         [&](const CameraSource &s) { return s.root == now.root; });
        if (before == previous.cend() || *before != now)
            emit sourceAdded(now);
    }
    if (!m_listed) {
        m_listed = true;
        emit sourcesListed();
    }
}
