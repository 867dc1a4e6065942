#pragma once

#include "hostilehttpserver.h"

#include "api/messages/capturespec.h"

#include <QDateTime>

// A HostileHttpServer scripted as the Uplift API and its S3 bucket at once:
// POST /captures reserves a capture whose upload_url is this server's
// /bucket, GET /captures lists nothing, GET /captures/{id} says
// awaiting_upload, GET /athletes is empty, POST /bucket stores (204). A test
// replaces the answer of one route to make it hostile, and counts requests.
class HostileUplift : public HostileHttpServer
{
    Q_OBJECT

public:
    using Route = std::function<Answer(const Request &)>;

    explicit HostileUplift(QObject *parent = nullptr);

    QUrl apiUrl() const { return url(QStringLiteral("/v1")); }
    QUrl bucketUrl() const { return url(QStringLiteral("/bucket")); }
    static QString apiKey() { return QStringLiteral("hostile-test-key-0123456789"); }

    // Replace the answer to POST /v1/captures, POST /bucket, GET /v1/captures/{id}.
    void setReserve(Route route) { m_reserve = std::move(route); }
    void setUpload(Route route) { m_upload = std::move(route); }
    void setStatus(Route route) { m_status = std::move(route); }
    // The reservations handed out expire at this time (default: in 30 minutes).
    void setExpiresAt(const QDateTime &at) { m_expiresAt = at; }

    // A valid golf full-swing capture in the session group this server's
    // reservations name (the client refuses a reservation for another group).
    static CaptureSpec golfSpec();
    // A reservation as the spec describes it, for this server's bucket.
    QByteArray reservationJson(const QString &sessionId) const;
    int reservations() const { return count("POST", "/v1/captures"); }
    int uploads() const { return count("POST", "/bucket"); }

private:
    Answer answer(const Request &request);

    Route m_reserve;
    Route m_upload;
    Route m_status;
    QDateTime m_expiresAt;
    int m_nextSession = 1;
};
