#pragma once

#include "devices/camerasource.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

// The one platform interface: what noticing cards, cameras and phones and
// ejecting them takes on one system. Linux: LinuxSourceBackend (udisks2 over
// D-Bus where the system bus has it, /proc/self/mountinfo and gvfs's folder
// always). Windows (WPD / Windows.Media.Import) and macOS (ImageCaptureCore)
// would each be one more of these.
class SourceBackend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts watching; sourcesChanged comes with the first full list as soon as it is known.
    virtual void start() = 0;
    // Unmounts the source and, where the system can, powers the device off;
    // answers with ejectFinished (asynchronously; never waits on the device).
    virtual void eject(const CameraSource &source) = 0;

signals:
    // Every camera source there is now (the whole list each time; SourceWatcher tells what changed).
    void sourcesChanged(const QList<CameraSource> &current);
    void ejectFinished(const QString &root, bool ok, const QString &reason);
};

// The cards, cameras and phones that are there, for the window and the CLI.
// A mounted volume counts when it is laid out like a camera's
// (CameraSource::videoFolders); it is added within a second of being mounted
// and removed when it is unmounted or pulled. Runs in the thread it lives in
// (the GUI thread) and never waits there: looking into a volume happens on a
// thread of its own with a deadline.
class SourceWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SourceWatcher(QObject *parent = nullptr); // this system's backend
    explicit SourceWatcher(std::unique_ptr<SourceBackend> backend, QObject *parent = nullptr);
    ~SourceWatcher() override;

    static std::unique_ptr<SourceBackend> platformBackend(); // nullptr where none is built

    void start();
    bool isStarted() const { return m_started; }
    bool hasListed() const { return m_listed; } // the backend gave its first list
    QList<CameraSource> sources() const { return m_sources; }
    CameraSource source(const QString &root) const; // invalid when not there

    // While a copy reads from it a source is not ejected (eject refuses with the reason).
    void setCopying(const QString &root, bool copying);
    bool isCopying(const QString &root) const { return m_copying.contains(root); }
    // Unmounts and powers off; the answer comes as ejectFinished (at once when refused).
    void eject(const QString &root);

signals:
    void sourceAdded(const CameraSource &source);
    void sourceRemoved(const QString &root);
    void sourcesListed(); // after the backend's first list (even an empty one)
    void ejectFinished(const QString &root, bool ok, const QString &reason);

private:
    void update(const QList<CameraSource> &current);

    std::unique_ptr<SourceBackend> m_backend;
    QList<CameraSource> m_sources;
    QSet<QString> m_copying;
    bool m_started = false;
    bool m_listed = false;
};
