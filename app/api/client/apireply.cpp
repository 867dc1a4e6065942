#include "api/client/apireply.h"

#include <QNetworkReply>
#include <QTimer>

ApiReply::ApiReply(QObject *parent)
    : QObject(parent)
{
}

ApiReply::~ApiReply()
{
    // Deleted mid-call: silence the request first, so that its finished signal
    // (abort() emits it at once) cannot reach this half-destroyed object.
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
}

void ApiReply::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_network) {
        m_network->abort(); // its finished handler reports the cancellation
    } else {
        // Between two requests (paging) or before the first: report now, but
        // not from inside the caller's stack.
        QTimer::singleShot(0, this, [this] { finishWith(ApiError::cancelled()); });
    }
}

void ApiReply::finishWith(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
}
