#include "sandbox/uploadlistener.h"

UploadListener::UploadListener(const UploadSettings &settings, FaultPlan *faults, QObject *parent)
    : QTcpServer(parent)
    , m_settings(settings)
    , m_faults(faults)
{
}

void UploadListener::incomingConnection(qintptr descriptor)
{
    auto *connection = new UploadConnection(descriptor, m_settings, m_faults, this);
    connect(connection, &UploadConnection::objectStored, this, &UploadListener::objectStored);
}
