#pragma once

#include "api/client/apireply.h"
#include "api/messages/capturespec.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

// Filters of GET /captures; empty members are not sent.
struct CaptureQuery
{
    QString athleteId;
    bool apiOnly = false; // source=api
    QString status; // awaiting_upload | processing | completed | error
    QString activity;
    QString movement;
    int maxResults = 0; // 0 = every page
};

// Filters of GET /athletes.
struct AthleteQuery
{
    QString sortedBy; // first_name | last_name | date_of_birth
    QMap<QString, QString> filters; // custom attribute = exact value
    int maxResults = 0; // 0 = every page
};

// The Uplift REST API over one QNetworkAccessManager. Every call returns an
// ApiReply at once and never blocks.
class UpliftClient : public QObject
{
    Q_OBJECT

public:
    explicit UpliftClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    static QUrl defaultBaseUrl(); // https://api.uplift.ai/v1

    // https only; plain http only for loopback hosts (the sandbox). Returns
    // false and keeps the old URL otherwise.
    bool setBaseUrl(const QUrl &url, QString *problem = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // For handing the same key to another client of this process (never log it).
    QString apiKey() const { return m_apiKey; }
    // Transfer timeout of every request: no byte moving for this long fails it.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    // Overall deadline of every answer: status, headers and body complete
    // within this long of the request's last byte, or the request is
    // abandoned as a timeout (retried under the usual budget). The transfer
    // timeout alone cannot end a server that trickles a byte a second.
    void setAnswerDeadline(int milliseconds) { m_answerDeadlineMs = std::max(1, milliseconds); }
    int answerDeadline() const { return m_answerDeadlineMs; }
    // Size cap of every answer's body; beyond it the request fails as an
    // answer this program cannot use, and stops reading.
    static constexpr qint64 DefaultMaxAnswerBytes = 64 * 1024 * 1024;
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = std::max<qint64>(1, bytes); }
    qint64 maxAnswerBytes() const { return m_maxAnswerBytes; }
    // limit= sent on list calls (captures accept 1..500).
    void setPageSize(int size) { m_pageSize = std::clamp(size, 1, 500); }
    int pageSize() const { return m_pageSize; }
    // A list call (every page) stops at this many items, whatever the server
    // claims to hold; the pages stop earlier when one brings nothing new or
    // the offset passes the promised total.
    static constexpr int DefaultMaxListItems = 100000;
    void setMaxListItems(int items) { m_maxListItems = std::max(1, items); }
    int maxListItems() const { return m_maxListItems; }

    // POST /captures; validates the spec first and sends nothing if it fails.
    ApiReply *createCapture(const CaptureSpec &spec, const QDateTime &now = QDateTime::currentDateTimeUtc());
    ApiReply *getCapture(const QString &captureId);
    // GET /captures, every page (or up to maxResults), in the server's order.
    ApiReply *listCaptures(const CaptureQuery &query = {});
    // GET /athletes, every page.
    ApiReply *listAthletes(const AthleteQuery &query = {});
    ApiReply *createAthlete(const Athlete &athlete);
    // POST /athletes/{id} with only the members that change.
    ApiReply *updateAthlete(const QString &athleteId, const QJsonObject &changes);

    static bool isAllowedUrl(const QUrl &url);

private:
    using Success = std::function<void(const QByteArray &body)>;
    struct Call
    {
        QByteArray method;
        QUrl url;
        QByteArray body = {};
        bool withAuth = true;
        int redirects = 0;
    };

    QUrl endpoint(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    ApiReply *newReply();
    bool refuseWithoutKey(ApiReply *reply);
    // Finishes the reply with the error on the next turn of the event loop, so that
    // the caller can connect to it first (as with any reply that went to the network).
    static void finishLater(ApiReply *reply, const ApiError &error);
    void send(ApiReply *reply, Call call, Success onSuccess);
    void handleFinished(ApiReply *reply, QNetworkReply *network, const QByteArray &body, Call call, Success onSuccess);
    void fetchCapturePage(ApiReply *reply, CaptureQuery query, int offset, std::shared_ptr<QSet<QString>> seen);
    void fetchAthletePage(ApiReply *reply, AthleteQuery query, int offset, std::shared_ptr<QSet<QString>> seen);
    int pageLimit(int maxResults, int fetched) const;
    // Appends the page's items not seen before, up to the hard cap; returns how many.
    template<typename T, typename Id>
    int takeNew(const QList<T> &page, QList<T> *all, QSet<QString> *seen, Id idOf) const
    {
        int fresh = 0;
        for (const T &item : page) {
            if (all->size() >= m_maxListItems)
                break;
            const QString id = idOf(item);
            if (seen->contains(id))
                continue;
            seen->insert(id);
            all->append(item);
            ++fresh;
        }
        return fresh;
    }
    // fullPage: a page this long means "maybe more" when no total is given (0: never).
    bool morePages(int maxResults, int fetched, int fresh, int offset, int pageSize, int total, int fullPage) const;
    void finishAthlete(ApiReply *reply, const QByteArray &body);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    int m_timeoutMs = 30000;
    int m_answerDeadlineMs = 60000;
    qint64 m_maxAnswerBytes = DefaultMaxAnswerBytes;
    int m_pageSize = 100;
    int m_maxListItems = DefaultMaxListItems;
};
