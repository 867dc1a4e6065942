#include "sandbox/uploadreceiver.h"

#include "sandbox/uploadlistener.h"

#include <QHostAddress>

UploadReceiver::UploadReceiver(const UploadSettings &settings, FaultPlan *faults, QObject *parent)
    : QObject(parent)
    , m_listener(new UploadListener(settings, faults))
{
    m_thread.setObjectName(QStringLiteral("sandbox-s3"));
    connect(m_listener, &UploadListener::objectStored, this, &UploadReceiver::objectStored, Qt::QueuedConnection);
    connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
}

UploadReceiver::~UploadReceiver()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait(); // the listener and its connections are deleted by the thread as it ends
    } else {
        delete m_listener;
    }
}

bool UploadReceiver::listen(quint16 port)
{
    // Listen here (so that a busy port is reported at once), then hand the socket
    // over to the thread: QTcpServer's notifier follows the object to its new thread.
    if (!m_listener->listen(QHostAddress::LocalHost, port)) {
        m_error = m_listener->errorString();
        return false;
    }
    m_port = m_listener->serverPort();
    m_listener->moveToThread(&m_thread);
    m_thread.start();
    return true;
}
